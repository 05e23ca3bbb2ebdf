package pk.gov.mashwara.engagement;

/** Where a commitment stands: open until followed up to done or lapsed. */
public enum CommitmentStatus {
    OPEN, DONE, LAPSED
}
