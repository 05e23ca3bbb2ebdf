package pk.gov.mashwara.datarequest;

/** Where one addressed body stands on a data request. Overdue is not a state: it is computed from the deadline. */
public enum BodyState {
    ASKED, ACKNOWLEDGED, CLARIFICATION_ASKED, ANSWERED, PARTLY_ANSWERED, DECLINED;

    /** Whether the body still owes something: an answer, or the rest of a partial one. */
    public boolean open() {
        return this != ANSWERED && this != DECLINED;
    }
}
