package pk.gov.mashwara.text.extraction;

import java.nio.file.Files;
import java.nio.file.Path;

import pk.gov.mashwara.text.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.text.extraction.WorkerProcess.Died;
import pk.gov.mashwara.text.extraction.worker.ExtractionWorker;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * The portal's extraction path without Spring, for the benchmark (pk.gov.mashwara.bench): the pool of forked
 * extractor processes with the portal's default limits and OCR setting, as {@link ExtractionScheduler} runs a job.
 */
public final class BenchmarkExtraction implements AutoCloseable {

    private final ExtractionProperties properties = new ExtractionProperties(true, 1, null, null, 0, 0, 0, 0, null,
            null, null, null);
    private final WorkerPool pool;
    private final String ocrLanguages;

    /** {@code classPath}: what the extractor processes run with (the benchmark's own class path). */
    public BenchmarkExtraction(int workers, String classPath) throws java.io.IOException {
        var launcher = new WorkerLauncher(ExtractionWorker.class.getName(), properties.workerHeap(), classPath,
                Files.createTempDirectory("mashwara-bench-extract"));
        this.pool = new WorkerPool(launcher, workers);
        this.ocrLanguages = OcrSupport.languages(properties.ocr());
    }

    public String ocrLanguages() {
        return ocrLanguages;
    }

    public String workerHeap() {
        return properties.workerHeap();
    }

    /** Extracts one file in an extractor process; the text, or an exception saying what came of it. */
    public String extract(Path input, String jobName) throws Exception {
        var output = pool.launcher().workDir().resolve(jobName + ".txt");
        try {
            var request = new WorkerProtocol.Request(input.toString(), output.toString(), properties.writeLimit(),
                    properties.maxEmbedded(), properties.maxPackageDepth(), properties.maxCompressionRatio(),
                    ocrLanguages, (int) properties.ocr().timeout().toSeconds());
            return switch (pool.run(request, properties.timeout(), what -> { })) {
                case Answered answered -> {
                    var status = pk.gov.mashwara.text.ExtractionStatus.valueOf(answered.result().status());
                    if (!status.hasText()) {
                        throw new IllegalStateException(input + ": " + status + " " + answered.result().detail());
                    }
                    yield Files.readString(output);
                }
                case Died died -> throw new IllegalStateException(input + ": extractor died: " + died.detail());
            };
        } finally {
            Files.deleteIfExists(output);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
