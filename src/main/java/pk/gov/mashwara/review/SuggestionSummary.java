package pk.gov.mashwara.review;

/**
 * An accepted suggestion and its verdict in the latest version it was checked against.
 *
 * @param passage       the passage it is about
 * @param wording       the wording accepted (as proposed or with changes)
 * @param checkedIn     the version of the verdict
 * @param page          the page of the passage on the version it was accepted on, if known
 */
public record SuggestionSummary(long threadId, int versionNumber, Integer page, SuggestionKind kind, String passage,
        String wording, String startedBy, int checkedIn, SuggestionVerdict verdict) {
}
