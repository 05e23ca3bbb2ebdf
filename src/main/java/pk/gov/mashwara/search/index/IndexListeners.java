package pk.gov.mashwara.search.index;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.text.TextExtracted;

/**
 * Brings the index up to date after changes commit. Through the event publication registry: an update a crash
 * interrupted is delivered again on restart. A new status changes who may see a draft, a new version moves the
 * latest-version flag: both are written into the draft's documents in place, unless more changed with them.
 *
 * <p>Unlike the portal's other listeners these run outside a transaction of their own: they may wait for the
 * index while it is being rebuilt, and a listener waiting with a database connection in hand took the connection
 * the rebuild needed to finish (eight such waits emptied the pool, and the rebuild failed). What they read, they
 * read in short transactions of the services they ask.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "mashwara.index.enabled",
        havingValue = "true", matchIfMissing = true)
class IndexListeners {

    private final IndexMaintenance maintenance;
    private final IndexCatchUp catchUp;

    IndexListeners(IndexMaintenance maintenance, IndexCatchUp catchUp) {
        this.maintenance = maintenance;
        this.catchUp = catchUp;
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(TextExtracted event) {
        // noted first: the catch-up need not write it again when it sees the extraction's end in the database
        catchUp.indexed(event.draftId(), event.versionNumber(), event.occurredAt());
        maintenance.versionExtracted(event.draftId(), event.versionNumber());
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(VersionUploaded event) {
        maintenance.versionAdded(event.draftId(), event.number());
    }

    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(DraftStatusChanged event) {
        maintenance.draftStateChanged(event.draftId());
    }

    /** A new file number is found at once, and hits show the new priority mark. */
    @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
    @TransactionalEventListener
    void on(pk.gov.mashwara.draft.DraftParticularChanged event) {
        maintenance.reindexDraft(event.draftId());
    }
}
