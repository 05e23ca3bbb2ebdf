package pk.gov.mashwara.review;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
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

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(ThreadStarted event) {
        indexing.reindexDraft(event.draftId());
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(CommentPosted event) {
        indexing.reindexDraft(event.draftId());
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(ThreadShared event) {
        indexing.reindexDraft(event.draftId());
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(ThreadsCarriedForward event) {
        indexing.reindexDraft(event.draftId());
    }

    /** A thread filed under another category or severity: its comments' facets change. */
    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(ThreadClassified event) {
        indexing.reindexDraft(event.draftId());
    }
}
