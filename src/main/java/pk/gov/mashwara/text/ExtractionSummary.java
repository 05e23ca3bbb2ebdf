package pk.gov.mashwara.text;

/**
 * Where the extraction of one version stands, for display next to the version.
 *
 * @param reason   why it ended as it did; null when there is nothing to explain
 * @param progress what the extractor is doing now (e.g. {@code OCR}); null when not extracting
 */
public record ExtractionSummary(int versionNumber, ExtractionStatus status, ExtractionReason reason, long characters,
        boolean truncated, boolean ocr, String progress) {

    public static ExtractionSummary pending(int versionNumber) {
        return new ExtractionSummary(versionNumber, ExtractionStatus.PENDING, null, 0, false, false, null);
    }
}
