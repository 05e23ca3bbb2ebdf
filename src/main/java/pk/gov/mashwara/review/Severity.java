package pk.gov.mashwara.review;

/** How strongly a thread asks for a change; a new comment is offered {@link #CONSIDER}. */
public enum Severity {
    MUST_CHANGE, SHOULD_CHANGE, CONSIDER
}
