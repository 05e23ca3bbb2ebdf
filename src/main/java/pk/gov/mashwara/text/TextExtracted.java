package pk.gov.mashwara.text;

import java.time.Instant;

/**
 * The extraction of a version came to an end (any final status). Published after the text is stored, so a
 * listener (the index) can read it through {@link VersionTexts}.
 */
public record TextExtracted(long draftId, int versionNumber, String sha256, ExtractionStatus status, long characters,
        boolean ocr, Instant occurredAt) {
}
