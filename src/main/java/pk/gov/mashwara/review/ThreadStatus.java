package pk.gov.mashwara.review;

/** Whether a thread still waits for an answer. */
public enum ThreadStatus {
    OPEN, RESOLVED
}
