package pk.gov.mashwara.review;

/**
 * Where a thread stands in the text of the version it is on: about the draft as a whole; on its passage
 * (found exactly); on a passage that was changed and found again by fuzzy matching ({@code MOVED}); or
 * {@code OUTDATED}, when the passage it was about is no longer in the text (the thread still shows it).
 */
public enum AnchorState {
    WHOLE_DRAFT, ANCHORED, MOVED, OUTDATED;

    public boolean onText() {
        return this == ANCHORED || this == MOVED;
    }
}
