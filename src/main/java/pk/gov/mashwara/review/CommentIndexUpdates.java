package pk.gov.mashwara.review;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.search.CommentIndexing;

/**
 * Tells the search which draft's comments changed, after the change commits (through the event publication
 * registry, so an update a crash interrupted is delivered again). The search reads them back from
 * {@link ReviewCommentSource}; a resolution changes no comment and needs no update.
 */
@Component
class CommentIndexUpdates {

    private final CommentIndexing indexing;

    CommentIndexUpdates(CommentIndexing indexing) {
        this.indexing = indexing;
    }

    @ApplicationModuleListener
    void on(ThreadStarted event) {
        indexing.reindexDraft(event.draftId());
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        indexing.reindexDraft(event.draftId());
    }

    @ApplicationModuleListener
    void on(ThreadShared event) {
        indexing.reindexDraft(event.draftId());
    }

    @ApplicationModuleListener
    void on(ThreadsCarriedForward event) {
        indexing.reindexDraft(event.draftId());
    }
}
