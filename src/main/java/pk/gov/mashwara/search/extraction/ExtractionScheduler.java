package pk.gov.mashwara.search.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.search.ExtractionStatus;
import pk.gov.mashwara.search.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.search.extraction.WorkerProcess.Died;
import pk.gov.mashwara.search.extraction.worker.WorkerProtocol;

/**
 * Runs the queue once the portal is ready: puts back what a previous run left unfinished, queues versions
 * that have no job, then claims pending jobs as extractors come free, waking when work is queued and polling
 * in between. Nothing runs when extraction is switched off.
 */
@Component
class ExtractionScheduler {

    private static final Logger log = LoggerFactory.getLogger(ExtractionScheduler.class);

    private final ExtractionJobs jobs;
    private final DraftCatalog catalog;
    private final ExtractionProperties properties;
    private final ExtractionRuntime runtime;
    private final ExtractionSignal signal;
    private final Semaphore freeWorkers;
    private ExecutorService runners;
    private Thread loop;

    ExtractionScheduler(ExtractionJobs jobs, DraftCatalog catalog, ExtractionProperties properties,
            ExtractionRuntime runtime, ExtractionSignal signal) {
        this.jobs = jobs;
        this.catalog = catalog;
        this.properties = properties;
        this.runtime = runtime;
        this.signal = signal;
        this.freeWorkers = new Semaphore(properties.workers());
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.enabled() || loop != null) {
            return;
        }
        runners = Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("extraction-", 1).factory());
        loop = Thread.ofPlatform().name("extraction-scheduler").daemon().start(this::loop);
    }

    private void loop() {
        var lastRecovery = 0L;
        try {
            var requeued = jobs.requeueStuck(properties.stuckAfter());
            var queued = jobs.enqueueMissing(catalog);
            log.info("Extraction started: {} unfinished job(s) put back, {} version(s) queued", requeued, queued);
            while (!Thread.currentThread().isInterrupted()) {
                if (System.nanoTime() - lastRecovery > properties.stuckAfter().toNanos() / 2) {
                    jobs.requeueStuck(properties.stuckAfter());
                    lastRecovery = System.nanoTime();
                }
                dispatch();
                signal.await(properties.pollInterval());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Extraction scheduler stopped", e);
        }
    }

    private void dispatch() throws InterruptedException {
        while (freeWorkers.availablePermits() > 0) {
            var pending = jobs.pending(freeWorkers.availablePermits());
            if (pending.isEmpty()) {
                return;
            }
            for (var id : pending) {
                var claimed = jobs.claim(id);
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

    /** One job, start to end. A failure to record the outcome leaves the job claimed: it is recovered later. */
    void run(ClaimedJob job) {
        var output = runtime.pool().launcher().workDir().resolve("job-" + job.id() + ".txt");
        try {
            var input = catalog.locate(job.sha256());
            var request = new WorkerProtocol.Request(input.toString(), output.toString(), properties.writeLimit(),
                    properties.maxEmbedded(), properties.maxPackageDepth(), properties.maxCompressionRatio(),
                    runtime.ocrLanguages(), (int) properties.ocr().timeout().toSeconds());
            var outcome = runtime.pool().run(request, properties.timeout(), what -> jobs.progress(job.id(), what));
            switch (outcome) {
                case Answered answered -> {
                    var status = ExtractionStatus.valueOf(answered.result().status());
                    var text = status.hasText() ? Files.readString(output, StandardCharsets.UTF_8) : null;
                    jobs.finish(job.id(), answered.result(), text);
                    log.info("Extracted draft {} v{}: {} ({} characters{})", job.draftId(), job.versionNumber(),
                            status, text == null ? 0 : text.length(), answered.result().ocr() ? ", OCR" : "");
                }
                case Died died -> jobs.workerDied(job.id(), died.timedOut(), died.detail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Extraction of draft {} v{} could not be recorded; it will run again", job.draftId(),
                    job.versionNumber(), e);
        } finally {
            try {
                Files.deleteIfExists(output);
            } catch (IOException e) {
                log.warn("Could not delete {}", output);
            }
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (loop != null) {
            loop.interrupt();
            runners.shutdownNow();
            runtime.pool().close();
            runners.awaitTermination(10, TimeUnit.SECONDS);
            loop = null;
        }
    }
}
