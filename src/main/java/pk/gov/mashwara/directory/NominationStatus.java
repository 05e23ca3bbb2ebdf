package pk.gov.mashwara.directory;

/**
 * Where a nomination for focal person stands (direction 3): open for the members' views, consensus recorded by the
 * secretary, recommended to the PM, approved by the PM (the nominee is then the focal person); or closed without a
 * focal person: withdrawn (by the nominator or the nominee) before the PM's answer, or not approved by the PM.
 */
public enum NominationStatus {
    OPEN, CONSENSUS, RECOMMENDED, APPROVED, WITHDRAWN, NOT_APPROVED;

    /** Whether the nomination is closed: nothing more is recorded on it. */
    public boolean closed() {
        return this == APPROVED || this == WITHDRAWN || this == NOT_APPROVED;
    }
}
