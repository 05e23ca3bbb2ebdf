package pk.gov.mashwara.search.comments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftStatusChanged;

/**
 * A draft's submission widens who may read its comments (and every status is stored for the status filter), so a
 * status change rewrites the draft's comments. Changes to the comments themselves are reported by the module that
 * keeps them, through {@link pk.gov.mashwara.search.CommentIndexing}.
 */
@Component
@ConditionalOnProperty(name = "mashwara.index.enabled", havingValue = "true", matchIfMissing = true)
class CommentIndexListeners {

    private final CommentIndexMaintenance maintenance;

    CommentIndexListeners(CommentIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(DraftStatusChanged event) {
        maintenance.reindexDraft(event.draftId());
    }
}
