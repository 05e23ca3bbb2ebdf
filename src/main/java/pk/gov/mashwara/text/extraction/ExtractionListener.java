package pk.gov.mashwara.text.extraction;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.VersionUploaded;

/**
 * Queues the extraction of every version after its upload committed. The event publication registry
 * re-delivers the event if the portal stops before the job is stored, so no version is missed.
 */
@Component
class ExtractionListener {

    private final ExtractionJobs jobs;

    ExtractionListener(ExtractionJobs jobs) {
        this.jobs = jobs;
    }

    @ApplicationModuleListener
    void on(VersionUploaded event) {
        jobs.enqueue(event.draftId(), event.number(), event.sha256());
    }
}
