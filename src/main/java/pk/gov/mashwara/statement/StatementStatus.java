package pk.gov.mashwara.statement;

/** Where a statement stands: proposed (the spokesperson's to edit, consult and decide), issued or declined. */
public enum StatementStatus {
    PROPOSED, ISSUED, DECLINED
}
