package pk.gov.mashwara.draft;

/**
 * Implemented by a module that lets people follow drafts (the notification module); the draft page shows a
 * follow toggle when an implementation exists. The draft module depends on none of them. Both methods act for
 * the signed-in user, on a draft they may see.
 */
public interface DraftFollowing {

    boolean isFollowing(long draftId);

    void setFollowing(long draftId, boolean on);
}
