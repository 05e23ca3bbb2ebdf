package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether tesseract is installed, and which of the configured languages it has; asked once at start. Without
 * it, scanned files end as "no text" with the hint that they need OCR, not as errors.
 */
final class OcrSupport {

    private static final Logger log = LoggerFactory.getLogger(OcrSupport.class);

    private OcrSupport() {
    }

    /** The configured languages tesseract has, {@code +}-separated; empty when OCR is off or impossible. */
    static String languages(ExtractionProperties.Ocr config) {
        if (!config.enabled()) {
            log.info("OCR switched off by configuration");
            return "";
        }
        var installed = run("tesseract", "--list-langs");
        if (installed == null) {
            log.info("tesseract not found: scanned files will be reported as needing OCR");
            return "";
        }
        var have = Arrays.stream(installed.split("\\R")).map(String::strip).collect(Collectors.toSet());
        var wanted = Arrays.stream(config.languages().split("\\+")).map(String::strip).filter(have::contains)
                .collect(Collectors.joining("+"));
        if (wanted.isEmpty()) {
            log.warn("tesseract has none of the languages {} (it has {}): OCR off", config.languages(), have);
        } else {
            log.info("OCR with tesseract in {}", wanted);
        }
        return wanted;
    }

    private static String run(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
