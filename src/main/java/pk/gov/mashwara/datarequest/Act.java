package pk.gov.mashwara.datarequest;

/** What a user may do to one addressed body of a request. */
public enum Act {
    /** The body says it has the request. */
    ACKNOWLEDGE,
    /** The body asks what is meant. */
    ASK_CLARIFICATION,
    /** The requester explains. */
    GIVE_CLARIFICATION,
    /** The body's officer hands the request to someone in the body. */
    DELEGATE,
    /** The body answers, wholly or in part. */
    ANSWER,
    /** The body's officer declines, citing a reason. */
    DECLINE,
    /** The NSMCWG escalates a refusal. */
    ESCALATE,
    /** The NSMCWG reminds the body now. */
    REMIND
}
