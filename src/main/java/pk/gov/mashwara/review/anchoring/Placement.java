package pk.gov.mashwara.review.anchoring;

/** How a thread's passage was found again in a new text. */
public enum Placement {
    /** The quoted passage stands unchanged in the new text. */
    EXACT,
    /** A lightly edited form of the passage (or the passage with other spacing) stands in the new text. */
    MOVED,
    /** The passage is gone, or could not be told apart from other passages with confidence. */
    OUTDATED
}
