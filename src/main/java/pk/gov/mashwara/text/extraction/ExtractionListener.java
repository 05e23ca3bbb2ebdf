package pk.gov.mashwara.text.extraction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.VersionUploaded;

/**
 * Queues the extraction of every version after its upload committed. The event publication registry
 * re-delivers the event if the portal stops before the job is stored, so no version is missed. A version that is
 * gone by then (its draft removed in between) has nothing to extract: the event is done with, quietly.
 */
@Component
class ExtractionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionListener.class);

    private final ExtractionJobs jobs;
    private final DraftCatalog catalog;

    ExtractionListener(ExtractionJobs jobs, DraftCatalog catalog) {
        this.jobs = jobs;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(VersionUploaded event) {
        var exists = catalog.snapshot(event.draftId())
                .filter(d -> d.versions().stream().anyMatch(v -> v.number() == event.number())).isPresent();
        if (!exists) {
            LOG.debug("Version {} of draft {} is gone; nothing to extract", event.number(), event.draftId());
            return;
        }
        jobs.enqueue(event.draftId(), event.number(), event.sha256());
    }
}
