package pk.gov.mashwara.text.extraction;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the lease on each job this portal runs, a third of the lease at a time, so that a renewal or two may fail
 * (the database away for a moment) without the job being taken back. Its one thread starts with the first job.
 */
final class LeaseRenewal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseRenewal.class);

    private final ExtractionJobs jobs;
    private final long everyMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("extraction-leases").daemon().factory());

    LeaseRenewal(ExtractionJobs jobs, Duration lease) {
        this.jobs = jobs;
        this.everyMillis = Math.max(1, lease.toMillis() / 3);
    }

    /** A lease being kept: closing it stops the renewals. */
    interface Kept extends AutoCloseable {
        @Override
        void close();
    }

    /** Keeps the job's lease until the returned handle is closed. */
    Kept keep(ClaimedJob job) {
        var renewal = timer.scheduleAtFixedRate(() -> renew(job), everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        return () -> renewal.cancel(false);
    }

    private void renew(ClaimedJob job) {
        try {
            if (!jobs.renew(job.id())) {
                log.warn("Extraction of {}: the lease was lost (it ran out and the job went back to the queue)",
                        job.subject());
            }
        } catch (RuntimeException e) {
            log.warn("Extraction of {}: the lease could not be renewed: {}", job.subject(), e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
