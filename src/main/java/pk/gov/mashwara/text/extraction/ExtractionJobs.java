package pk.gov.mashwara.text.extraction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FileTextExtracted;
import pk.gov.mashwara.text.TextExtracted;
import pk.gov.mashwara.text.extraction.domain.ExtractedText;
import pk.gov.mashwara.text.extraction.domain.ExtractedTextRepository;
import pk.gov.mashwara.text.extraction.domain.ExtractionJob;
import pk.gov.mashwara.text.extraction.domain.ExtractionJobRepository;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * The durable queue: every change of a job is its own short transaction, never held while a file is parsed. A job
 * being extracted is leased to the portal that claimed it (see {@link LeaseOwner}), which renews the lease while it
 * works; only that portal records the outcome.
 */
@Component
@Transactional
class ExtractionJobs {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJobs.class);

    private final ExtractionJobRepository jobs;
    private final ExtractedTextRepository texts;
    private final ApplicationEventPublisher events;
    private final ExtractionSignal signal;
    private final Clock clock;
    /**
     * Leases are kept in the time of the machines, not the portal's clock: that clock may be set (to replay a
     * deadline, in a drill, in tests), and a portal whose clock is ahead would take every other portal's jobs as
     * abandoned. Portals sharing a database keep their machines' clocks in step (NTP), as they must anyway.
     */
    private final Clock leaseClock = Clock.systemUTC();
    private final LeaseOwner owner;
    private final java.time.Duration lease;

    ExtractionJobs(ExtractionJobRepository jobs, ExtractedTextRepository texts, ApplicationEventPublisher events,
            ExtractionSignal signal, Clock clock, LeaseOwner owner, ExtractionProperties properties) {
        this.jobs = jobs;
        this.texts = texts;
        this.events = events;
        this.signal = signal;
        this.clock = clock;
        this.owner = owner;
        this.lease = properties.lease();
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

    /**
     * Queues an attached file once, in a transaction of its own: called after the attaching transaction committed,
     * and at start. Two portals (or two attachments of the same content) may queue the same file at once: the unique
     * key lets one insert win, the other fails with a {@link org.springframework.dao.DataIntegrityViolationException}
     * that the caller takes as "already queued".
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    boolean enqueueFile(String sha256) {
        if (jobs.existsByFileSha256(sha256)) {
            return false;
        }
        jobs.saveAndFlush(ExtractionJob.forFile(sha256, clock.instant()));
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
        var now = clock.instant();
        if (jobs.claim(id, now, owner.id(), leaseClock.instant().plus(lease)) != 1) {
            return Optional.empty();
        }
        return jobs.findById(id).map(j -> new ClaimedJob(j.getId(), j.getDraftId(), j.getVersionNumber(),
                j.getSha256(), j.getAttempts()));
    }

    void progress(long id, String what) {
        jobs.progress(id, owner.id(), what.length() > 64 ? what.substring(0, 64) : what);
    }

    /** Extends this portal's lease on a job it is extracting; false when the job is no longer its. */
    boolean renew(long id) {
        return jobs.renew(id, owner.id(), leaseClock.instant().plus(lease)) == 1;
    }

    /**
     * Stores what the extractor answered, and tells the rest of the portal (the index) after commit. Not when the
     * job is no longer this portal's (its lease ran out and another run took it up): that run records its own.
     */
    void finish(long id, WorkerProtocol.Result result, String text) {
        var job = jobs.findById(id).orElseThrow();
        if (!held(job)) {
            return;
        }
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
        if (!held(job)) {
            return;
        }
        job.workerDied(timedOut, detail, clock.instant());
        if (job.getStatus().isFinal()) {
            texts.findById(id).ifPresent(texts::delete);
            published(job);
        } else {
            signal.wakeAfterCommit();
        }
    }

    /** Jobs whose lease ran out (their portal stopped renewing it: it crashed, hangs or lost the database) go back. */
    int requeueExpired() {
        return requeued(requeueExpired(leaseClock.instant()));
    }

    /** One row at a time by primary key, in the order of the ids (see the repository: no range locks). */
    private int requeueExpired(java.time.Instant now) {
        var requeued = 0;
        for (var id : jobs.expiredIds(now)) {
            requeued += jobs.requeueIfExpired(id, now);
        }
        return requeued;
    }

    private int requeueHeldBy(String holder) {
        var requeued = 0;
        for (var id : jobs.heldIds(holder)) {
            requeued += jobs.requeueIfHeldBy(id, holder);
        }
        return requeued;
    }

    /**
     * At start: besides the jobs whose lease ran out, those held by a portal that is known to be gone (an earlier
     * run on this host, killed) go back to the queue at once. Jobs a live portal holds stay its.
     */
    int recoverAtStart() {
        var requeued = requeueExpired(leaseClock.instant());
        for (var holder : jobs.leaseOwners()) {
            if (owner.isGone(holder)) {
                requeued += requeueHeldBy(holder);
            }
        }
        return requeued(requeued);
    }

    private int requeued(int count) {
        if (count > 0) {
            signal.wakeAfterCommit();
        }
        return count;
    }

    private boolean held(ExtractionJob job) {
        if (job.isLeasedBy(owner.id())) {
            return true;
        }
        log.info("Extraction of {} ended after its lease had passed to {}; left to that run",
                job.subject(), job.getLeaseOwner() == null ? "the queue" : job.getLeaseOwner());
        return false;
    }

    private void published(ExtractionJob job) {
        if (job.isFile()) {
            events.publishEvent(new FileTextExtracted(job.getSha256(), job.getStatus(),
                    job.getFinishedAt() == null ? clock.instant() : job.getFinishedAt()));
            return;
        }
        events.publishEvent(new TextExtracted(job.getDraftId(), job.getVersionNumber(), job.getSha256(), job.getStatus(),
                job.getCharacters(), job.isOcr(), job.getFinishedAt() == null ? clock.instant() : job.getFinishedAt()));
    }
}
