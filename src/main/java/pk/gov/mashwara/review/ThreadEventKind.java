package pk.gov.mashwara.review;

/** What happened to a thread, in its history. */
public enum ThreadEventKind {
    STARTED, RESOLVED, REOPENED, CARRIED_FORWARD, MOVED, OUTDATED, SHARED, CLASSIFIED, WORDING_CHANGED
}
