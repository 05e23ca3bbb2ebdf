package pk.gov.mashwara.draft;

/**
 * Told that the signed-in user has looked at a draft somewhere other than its page or reader (which note it
 * themselves), such as its input read through the API. Implemented by the module that keeps who looked when (the
 * desk, whose "new" marks clear); the draft module and the callers depend on none of them.
 */
public interface DraftLooks {

    /** The signed-in user looked at the draft now; only for a draft they may see. */
    void looked(long draftId);
}
