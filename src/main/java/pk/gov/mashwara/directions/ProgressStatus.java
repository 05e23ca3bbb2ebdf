package pk.gov.mashwara.directions;

/** Where a body (or, rolled up, a direction) stands on a direction. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS,
    /** Done: needs evidence, and counts once the lead body has confirmed it. */
    DONE,
    /** The body cannot proceed, for the reason it gave; the issuing office is told. */
    CANNOT_PROCEED
}
