package pk.gov.mashwara.search.index;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.search.TextExtracted;

/**
 * Brings the index up to date after changes commit. Through the event publication registry: an update a crash
 * interrupted is delivered again on restart. A new status changes who may see a draft, a new version moves the
 * latest-version flag, so both rewrite all of the draft's documents.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "mashwara.index.enabled",
        havingValue = "true", matchIfMissing = true)
class IndexListeners {

    private final IndexMaintenance maintenance;

    IndexListeners(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @ApplicationModuleListener
    void on(TextExtracted event) {
        maintenance.versionExtracted(event.draftId(), event.versionNumber());
    }

    @ApplicationModuleListener
    void on(VersionUploaded event) {
        maintenance.reindexDraft(event.draftId());
    }

    @ApplicationModuleListener
    void on(DraftStatusChanged event) {
        maintenance.reindexDraft(event.draftId());
    }
}
