package pk.gov.mashwara.statement;

/** How soon the proposer thinks the statement is needed. */
public enum Urgency {
    ROUTINE, URGENT, IMMEDIATE
}
