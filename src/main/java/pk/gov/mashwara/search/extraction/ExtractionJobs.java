package pk.gov.mashwara.search.extraction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.search.ExtractionReason;
import pk.gov.mashwara.search.ExtractionStatus;
import pk.gov.mashwara.search.TextExtracted;
import pk.gov.mashwara.search.extraction.domain.ExtractedText;
import pk.gov.mashwara.search.extraction.domain.ExtractedTextRepository;
import pk.gov.mashwara.search.extraction.domain.ExtractionJob;
import pk.gov.mashwara.search.extraction.domain.ExtractionJobRepository;
import pk.gov.mashwara.search.extraction.worker.WorkerProtocol;

/** The durable queue: every change of a job is its own short transaction, never held while a file is parsed. */
@Component
@Transactional
class ExtractionJobs {

    private final ExtractionJobRepository jobs;
    private final ExtractedTextRepository texts;
    private final ApplicationEventPublisher events;
    private final ExtractionSignal signal;
    private final Clock clock;

    ExtractionJobs(ExtractionJobRepository jobs, ExtractedTextRepository texts, ApplicationEventPublisher events,
            ExtractionSignal signal, Clock clock) {
        this.jobs = jobs;
        this.texts = texts;
        this.events = events;
        this.signal = signal;
        this.clock = clock;
    }

    /** Queues a version once; a version already queued (or done) is left as it is. */
    boolean enqueue(long draftId, int versionNumber, String sha256) {
        if (jobs.existsByDraftIdAndVersionNumber(draftId, versionNumber)) {
            return false;
        }
        jobs.save(new ExtractionJob(draftId, versionNumber, sha256, clock.instant()));
        signal.wakeAfterCommit();
        return true;
    }

    /** Queues every version that has no job yet (versions stored before extraction existed, or while it was off). */
    int enqueueMissing(DraftCatalog catalog) {
        var queued = 0;
        for (var page = 0;; page++) {
            var drafts = catalog.page(page, 100);
            for (var draft : drafts) {
                for (var version : draft.versions()) {
                    if (enqueue(draft.id(), version.number(), version.sha256())) {
                        queued++;
                    }
                }
            }
            if (drafts.size() < 100) {
                return queued;
            }
        }
    }

    @Transactional(readOnly = true)
    List<Long> pending(int max) {
        return jobs.pendingIds(PageRequest.of(0, max));
    }

    Optional<ClaimedJob> claim(long id) {
        if (jobs.claim(id, clock.instant()) != 1) {
            return Optional.empty();
        }
        return jobs.findById(id).map(j -> new ClaimedJob(j.getId(), j.getDraftId(), j.getVersionNumber(),
                j.getSha256(), j.getAttempts()));
    }

    void progress(long id, String what) {
        jobs.progress(id, what.length() > 64 ? what.substring(0, 64) : what);
    }

    /** Stores what the extractor answered, and tells the rest of the portal (the index) after commit. */
    void finish(long id, WorkerProtocol.Result result, String text) {
        var job = jobs.findById(id).orElseThrow();
        var status = ExtractionStatus.valueOf(result.status());
        var reason = result.reason() == null ? null : ExtractionReason.valueOf(result.reason());
        var characters = text == null ? 0 : text.length();
        texts.findById(id).ifPresent(texts::delete);
        if (text != null && status.hasText()) {
            var encoded = TextCodec.encode(text);
            texts.flush();
            texts.save(new ExtractedText(id, encoded.compressed(), encoded.bytes(), result.pageStarts()));
        }
        job.finish(status, reason, result.detail(), characters, result.truncated(), result.ocr(), clock.instant());
        published(job);
    }

    void workerDied(long id, boolean timedOut, String detail) {
        var job = jobs.findById(id).orElseThrow();
        job.workerDied(timedOut, detail, clock.instant());
        if (job.getStatus().isFinal()) {
            texts.findById(id).ifPresent(texts::delete);
            published(job);
        } else {
            signal.wakeAfterCommit();
        }
    }

    /** Jobs whose extractor is gone (the portal stopped or crashed mid-job) go back to the queue. */
    int requeueStuck(java.time.Duration stuckAfter) {
        var stuck = jobs.findByStatusAndClaimedAtBefore(ExtractionStatus.EXTRACTING, clock.instant().minus(stuckAfter));
        stuck.forEach(ExtractionJob::requeue);
        if (!stuck.isEmpty()) {
            signal.wakeAfterCommit();
        }
        return stuck.size();
    }

    private void published(ExtractionJob job) {
        events.publishEvent(new TextExtracted(job.getDraftId(), job.getVersionNumber(), job.getSha256(), job.getStatus(),
                job.getCharacters(), job.isOcr(), clock.instant()));
    }
}
