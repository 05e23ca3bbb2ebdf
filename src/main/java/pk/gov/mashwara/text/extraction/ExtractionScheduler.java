package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.text.extraction.WorkerProcess.Died;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * Runs the queue once the portal is ready: removes what extractors of a portal that is gone left on disk, puts back
 * what a previous run left unfinished (at once when that portal is known to be gone, else when its lease runs out),
 * queues versions that have no job, then claims pending jobs as extractors come free, waking when work is queued and
 * polling in between. The lease on each job it runs is renewed while the job runs, and jobs whose lease ran out
 * are put back periodically. Nothing runs when extraction is switched off.
 * <p>
 * While the application context is stopped (paused, as a test framework pauses the contexts it keeps for later), the
 * scheduler claims no job: the events a job ends with would otherwise wait on that context's paused listeners, while
 * the running portals sharing the database never hear of the text. Jobs already running finish (their events then
 * wait for the context to start again, as everything else in it does); claiming resumes when the context starts
 * again.
 */
@Component
class ExtractionScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExtractionScheduler.class);

    private final ExtractionJobs jobs;
    private final DraftCatalog catalog;
    private final ExtractionProperties properties;
    private final ExtractionRuntime runtime;
    private final ExtractionSignal signal;
    private final LeaseOwner owner;
    private final Semaphore freeWorkers;
    private final LeaseRenewal leases;
    private final MeterRegistry registry;
    /** A long text is taken in on its turn (see {@link pk.gov.mashwara.shared.LargeTexts}). */
    private final pk.gov.mashwara.shared.LargeTexts largeTexts;
    private ExecutorService runners;
    private Thread loop;
    /** Whether jobs may be claimed: false while the context is stopped. */
    private volatile boolean claiming = true;
    /** Held while jobs are claimed, so that once {@link #stop()} returns no further job is claimed. */
    private final Object claims = new Object();

    ExtractionScheduler(ExtractionJobs jobs, DraftCatalog catalog, ExtractionProperties properties,
            ExtractionRuntime runtime, ExtractionSignal signal, LeaseOwner owner) {
        this(jobs, catalog, properties, runtime, signal, owner, new CompositeMeterRegistry(),
                pk.gov.mashwara.shared.LargeTexts.unlimited());
    }

    /** {@code registry}: where each job's time in its extractor is recorded ({@code mashwara.extraction}). */
    @Autowired
    ExtractionScheduler(ExtractionJobs jobs, DraftCatalog catalog, ExtractionProperties properties,
            ExtractionRuntime runtime, ExtractionSignal signal, LeaseOwner owner, MeterRegistry registry,
            pk.gov.mashwara.shared.LargeTexts largeTexts) {
        this.registry = registry;
        this.largeTexts = largeTexts;
        this.jobs = jobs;
        this.catalog = catalog;
        this.properties = properties;
        this.runtime = runtime;
        this.signal = signal;
        this.owner = owner;
        this.freeWorkers = new Semaphore(properties.workers());
        this.leases = new LeaseRenewal(jobs, properties.lease());
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void begin() {
        if (!properties.enabled() || loop != null) {
            return;
        }
        runners = Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("extraction-", 1).factory());
        loop = Thread.ofPlatform().name("extraction-scheduler").daemon().start(this::loop);
    }

    private void loop() {
        var started = false;
        var lastSweep = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (!claiming) {
                    signal.await(properties.pollInterval());
                    continue;
                }
                if (!started) {
                    var removed = WorkDirectories.removeAbandoned(properties.workDir(), owner);
                    var requeued = DeadlockRetry.run("recovering at start", jobs::recoverAtStart);
                    var queued = jobs.enqueueMissing(catalog);
                    started = true;
                    log.info("Extraction started as {}: {} unfinished job(s) put back, {} version(s) queued, {} "
                            + "abandoned working director(ies) removed", owner, requeued, queued, removed);
                }
                if (System.nanoTime() - lastSweep > properties.lease().toNanos() / 2) {
                    DeadlockRetry.run("putting back expired leases", jobs::requeueExpired);
                    lastSweep = System.nanoTime();
                }
                dispatch();
                signal.await(properties.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The database may be away for a while: try again after a pause instead of stopping for good
                log.error("Extraction scheduler: {}; trying again in {}", e.getMessage(), properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void dispatch() throws InterruptedException {
        synchronized (claims) {
            while (claiming && freeWorkers.availablePermits() > 0) {
                var free = freeWorkers.availablePermits();
                var pending = DeadlockRetry.run("reading the queue", () -> jobs.pending(free));
                if (pending.isEmpty()) {
                    return;
                }
                for (var id : pending) {
                    if (!claiming) {
                        return;
                    }
                    var claimed = DeadlockRetry.run("claiming a job", () -> jobs.claim(id));
                    if (claimed.isPresent()) {
                        freeWorkers.acquire();
                        runners.execute(() -> {
                            try {
                                run(claimed.get());
                            } finally {
                                freeWorkers.release();
                                signal.wake();
                            }
                        });
                    }
                }
            }
        }
    }

    /**
     * One job, start to end, its lease renewed while the extractor works. A failure to record the outcome leaves the
     * job claimed: it goes back to the queue when its lease runs out.
     */
    void run(ClaimedJob job) {
        var output = runtime.pool().launcher().workDir().resolve("job-" + job.id() + ".txt");
        try {
            var input = catalog.locate(job.sha256());
            var request = new WorkerProtocol.Request(input.toString(), output.toString(), properties.writeLimit(),
                    properties.maxEmbedded(), properties.maxPackageDepth(), properties.maxCompressionRatio(),
                    runtime.ocrLanguages(), (int) properties.ocr().timeout().toSeconds());
            WorkerProcess.Outcome outcome;
            long start = System.nanoTime();
            try (var lease = leases.keep(job)) {
                outcome = runtime.pool().run(request, properties.timeout(), what -> jobs.progress(job.id(), what));
            }
            timed(outcome, System.nanoTime() - start);
            switch (outcome) {
                case Answered answered -> {
                    var status = ExtractionStatus.valueOf(answered.result().status());
                    // its bytes: its characters for the Latin alphabet, twice them for Urdu (a turn a little early)
                    long size = status.hasText() && Files.exists(output) ? Files.size(output) : 0;
                    var text = largeTexts.inTurn(size, () -> {
                        try {
                            var read = status.hasText() ? Files.readString(output, StandardCharsets.UTF_8) : null;
                            jobs.finish(job.id(), answered.result(), read);
                            return read;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    log.info("Extracted {}: {} ({} characters{})", job.subject(),
                            status, text == null ? 0 : text.length(), answered.result().ocr() ? ", OCR" : "");
                }
                case Died died -> jobs.workerDied(job.id(), died.timedOut(), died.detail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Extraction of {} could not be recorded; it will run again", job.subject(), e);
        } finally {
            try {
                Files.deleteIfExists(output);
            } catch (IOException e) {
                log.warn("Could not delete {}", output);
            }
        }
    }

    /**
     * A job's time in its extractor (waiting for a free one included), tagged with how it ended: the status given
     * (TEXT, NO_TEXT, FAILED, ...), {@code timed-out} or {@code died}.
     */
    private void timed(WorkerProcess.Outcome outcome, long nanos) {
        var ended = switch (outcome) {
            case Answered answered -> answered.result().status();
            case Died died -> died.timedOut() ? "timed-out" : "died";
        };
        Timer.builder("mashwara.extraction").tag("outcome", ended)
                .description("A version's extraction in an extractor process, from asking for a worker to its answer")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The context starts (or starts again after a pause): jobs may be claimed. */
    @Override
    public void start() {
        claiming = true;
        signal.wake();
    }

    /** The context stops or pauses: no new job is claimed once this returns; those running finish. */
    @Override
    public void stop() {
        claiming = false;
        synchronized (claims) {
            // a round of claims under way has ended
        }
    }

    @Override
    public boolean isRunning() {
        return claiming;
    }

    @PreDestroy
    synchronized void close() throws InterruptedException {
        leases.close();
        if (loop != null) {
            loop.interrupt();
            runners.shutdownNow();
            runtime.pool().close();
            runners.awaitTermination(10, TimeUnit.SECONDS);
            loop = null;
        }
    }
}
