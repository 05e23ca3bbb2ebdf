package pk.gov.mashwara.text;

import java.util.Map;

/**
 * How extraction stands across the portal: versions per status, and whether the extractors run at all.
 *
 * @param ocrAvailable whether scanned pages are OCR'd (tesseract found and OCR switched on)
 */
public record ExtractionOverview(Map<ExtractionStatus, Long> counts, boolean enabled, boolean ocrAvailable) {

    public long count(ExtractionStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
