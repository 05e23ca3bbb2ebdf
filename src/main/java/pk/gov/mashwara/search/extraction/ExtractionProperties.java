package pk.gov.mashwara.search.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled             whether versions are extracted at all
 * @param workers             how many extractor processes run at once
 * @param workerHeap          the heap limit of each extractor process ({@code -Xmx})
 * @param timeout             how long one file may take before its extractor is killed
 * @param writeLimit          characters kept per version; the rest is cut and the version marked truncated
 * @param maxEmbedded         embedded documents (attachments, archive entries) read per file
 * @param maxPackageDepth     how deeply archives may nest inside each other
 * @param maxCompressionRatio characters of text one byte of file may expand to before it counts as a bomb
 * @param pollInterval        how often the queue is looked at when nothing announced new work
 * @param stuckAfter          a job claimed longer ago than this, and not finished, lost its extractor
 * @param ocr                 optical character recognition of scanned pages
 */
@ConfigurationProperties("mashwara.extraction")
public record ExtractionProperties(boolean enabled, int workers, String workerHeap, Duration timeout, int writeLimit,
        int maxEmbedded, int maxPackageDepth, long maxCompressionRatio, Duration pollInterval, Duration stuckAfter,
        Ocr ocr) {

    /**
     * @param enabled   OCR when tesseract is installed
     * @param languages tesseract's language codes, {@code +}-separated; those not installed are left out
     * @param timeout   how long tesseract may take for one page or image
     */
    public record Ocr(boolean enabled, String languages, Duration timeout) {

        public Ocr {
            languages = languages == null || languages.isBlank() ? "eng+urd" : languages;
            timeout = timeout == null ? Duration.ofSeconds(100) : timeout;
        }
    }

    public ExtractionProperties {
        workers = workers <= 0 ? 1 : workers;
        workerHeap = workerHeap == null || workerHeap.isBlank() ? "512m" : workerHeap;
        timeout = timeout == null ? Duration.ofSeconds(120) : timeout;
        writeLimit = writeLimit <= 0 ? 20_000_000 : writeLimit;
        maxEmbedded = maxEmbedded <= 0 ? 1000 : maxEmbedded;
        maxPackageDepth = maxPackageDepth <= 0 ? 10 : maxPackageDepth;
        maxCompressionRatio = maxCompressionRatio <= 0 ? 100 : maxCompressionRatio;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        // Twice the time limit: a job still running within its limit is never taken for lost
        stuckAfter = stuckAfter == null ? timeout.multipliedBy(2).plusMinutes(1) : stuckAfter;
        ocr = ocr == null ? new Ocr(true, null, null) : ocr;
    }
}
