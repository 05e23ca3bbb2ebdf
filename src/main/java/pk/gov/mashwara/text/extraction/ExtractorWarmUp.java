package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.text.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * Starts the extractor processes as the last step of the portal's start and has each extract a one-page PDF, so that the first
 * upload after a start finds a worker with Tika and PDFBox loaded instead of waiting for a Java process to start
 * and load them (several seconds on a busy machine). On by default; {@code mashwara.extraction.warm-at-start=false}
 * leaves the workers to be started on first use (the tests' contexts do, to spare the CPU).
 */
@Component
class ExtractorWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ExtractorWarmUp.class);
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final ExtractionProperties properties;
    private final ExtractionRuntime runtime;
    private final boolean atStart;
    private final AtomicInteger warmed = new AtomicInteger();

    ExtractorWarmUp(ExtractionProperties properties, ExtractionRuntime runtime,
            @Value("${mashwara.extraction.warm-at-start:true}") boolean atStart) {
        this.properties = properties;
        this.runtime = runtime;
        this.atStart = atStart;
    }

    /**
     * Part of the start: the portal reports itself ready (and {@code SpringApplication.run} returns) once the
     * extractors have answered, so that an upload right after the start does not wait for one to start. A worker
     * that does not answer within {@link #WITHIN} is left to start on first use, and the start goes on.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.enabled() && atStart) {
            warmAll();
        }
    }

    /** How many extractors have answered their warm-up document. */
    int warmedWorkers() {
        return warmed.get();
    }

    /**
     * One warm-up per place in the pool: the pool hands its places out in turn, so each run starts (and warms) the
     * next extractor. A job that arrives meanwhile waits for a place, as it would have waited for the start.
     */
    void warmAll() {
        var pool = runtime.pool();
        var dir = pool.launcher().workDir();
        var input = dir.resolve("warm-up.pdf");
        try {
            Files.createDirectories(dir);
            Files.write(input, document());
        } catch (IOException e) {
            log.warn("Extractors not warmed at start (they start on first use): {}", e.getMessage());
            return;
        }
        try {
            for (int i = 0; i < pool.size(); i++) {
                long start = System.nanoTime();
                var output = dir.resolve("warm-up-" + i + ".txt");
                var outcome = pool.run(new WorkerProtocol.Request(input.toString(), output.toString(), 10_000, 1, 1,
                        properties.maxCompressionRatio(), "", 10), WITHIN, what -> {
                        });
                Files.deleteIfExists(output);
                if (outcome instanceof Answered) {
                    warmed.incrementAndGet();
                    log.info("Extractor {} of {} started and warmed in {} ms", i + 1, pool.size(),
                            (System.nanoTime() - start) / 1_000_000);
                } else {
                    log.warn("Extractor warm-up did not answer ({}); extractors start on first use", outcome);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Extractor warm-up: {}", e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(input);
            } catch (IOException e) {
                log.debug("Could not delete {}", input);
            }
        }
    }

    /** A one-page PDF with a line of text: the commonest kind of upload, so its parser is loaded too. */
    static byte[] document() throws IOException {
        try (var document = new PDDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 720);
                stream.showText("Mashwara extractor warm-up.");
                stream.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
