package pk.gov.mashwara.text.extraction;

import java.nio.file.Path;
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
 * @param lease               how long a job stays with the portal that claimed it unless that portal renews the lease
 *                            (it does, a third of this at a time, while it works on the job); a job whose lease ran
 *                            out goes back to the queue
 * @param workDir             where each portal keeps its extractors' outputs and temporary files, in a directory of
 *                            its own; what a portal that is gone left there is removed at start
 * @param ocr                 optical character recognition of scanned pages
 */
@ConfigurationProperties("mashwara.extraction")
public record ExtractionProperties(boolean enabled, int workers, String workerHeap, Duration timeout, int writeLimit,
        int maxEmbedded, int maxPackageDepth, long maxCompressionRatio, Duration pollInterval, Duration lease,
        Path workDir, Ocr ocr) {

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
        lease = lease == null || lease.isNegative() || lease.isZero() ? Duration.ofMinutes(1) : lease;
        workDir = workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), "mashwara-extraction") : workDir;
        ocr = ocr == null ? new Ocr(true, null, null) : ocr;
    }
}
