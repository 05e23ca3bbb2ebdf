package pk.gov.mashwara.review;

/** What a suggestion of wording does to its thread's passage. */
public enum SuggestionKind {
    /** The passage is to read as the proposed text. */
    REPLACE,
    /** The passage is to go. */
    DELETE,
    /** The proposed text is to follow the passage. */
    INSERT_AFTER;

    public boolean hasText() {
        return this != DELETE;
    }
}
