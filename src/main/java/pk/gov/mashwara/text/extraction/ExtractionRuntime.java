package pk.gov.mashwara.text.extraction;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.text.extraction.worker.ExtractionWorker;

/**
 * What extraction runs with, settled once: the pool of extractor processes (started on first use, working in this
 * portal's own directory, see {@link WorkDirectories}) and the OCR languages tesseract has.
 */
@Component
class ExtractionRuntime {

    private final ExtractionProperties properties;
    private final LeaseOwner owner;
    private volatile WorkerPool pool;
    private volatile String ocrLanguages;

    ExtractionRuntime(ExtractionProperties properties, LeaseOwner owner) {
        this.properties = properties;
        this.owner = owner;
    }

    WorkerPool pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = new WorkerPool(WorkerLauncher.forThisJvm(ExtractionWorker.class.getName(),
                            properties.workerHeap(), WorkDirectories.create(properties.workDir(), owner)),
                            properties.workers());
                }
            }
        }
        return pool;
    }

    String ocrLanguages() {
        if (ocrLanguages == null) {
            ocrLanguages = OcrSupport.languages(properties.ocr());
        }
        return ocrLanguages;
    }

    boolean ocrAvailable() {
        return !ocrLanguages().isEmpty();
    }
}
