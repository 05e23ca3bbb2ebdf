package pk.gov.mashwara.search;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.search.comments.CommentIndexMaintenance;

/**
 * Tells the search that the comments of a draft changed (a thread started or shared, a reply, an edit, a
 * retraction, threads moved to a new version), so that it reads them again from their {@link CommentSource}.
 * For the module that keeps the comments, after its changes commit (from an event listener); it passes no data,
 * only which draft to read again, so it needs no user.
 */
@Component
public class CommentIndexing {

    private final CommentIndexMaintenance maintenance;

    CommentIndexing(CommentIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** Rewrites the draft's comments in the index as the database has them now (held while it is rebuilt). */
    public void reindexDraft(long draftId) {
        maintenance.reindexDraft(draftId);
    }
}
