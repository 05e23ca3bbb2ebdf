package pk.gov.mashwara.review;

/** Whether an accepted suggestion is in a later version of the draft. */
public enum SuggestionVerdict {
    INCORPORATED, INCORPORATED_WITH_CHANGES, NOT_FOUND
}
