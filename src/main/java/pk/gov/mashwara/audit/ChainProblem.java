package pk.gov.mashwara.audit;

/** Why the audit chain is broken at an entry. */
public enum ChainProblem {
    /** The entry's fields no longer give its hash: it was changed after it was written. */
    EDITED,
    /** The entry does not follow the one before it: an entry between them was removed, or one was inserted. */
    REMOVED_OR_INSERTED,
    /** The entry has no place in the chain: it was written into the table directly, not by the portal. */
    UNCHAINED,
    /** The chain ends before the entry its head records: the last entries were removed. */
    TRUNCATED
}
