package pk.gov.mashwara.search;

import java.util.Optional;

/**
 * The extracted text of versions, for the module's own background work (indexing). It does not check who
 * asks: user-facing reads go through a service that checks the draft's visibility first.
 */
public interface VersionTexts {

    /** The stored text of a version, when extraction produced text. */
    Optional<String> text(long draftId, int versionNumber);

    /** Where the extraction of a version stands; {@code PENDING} for a version not yet seen. */
    ExtractionStatus status(long draftId, int versionNumber);

    /** Whether the stored text was (partly) produced by OCR. */
    boolean ocr(long draftId, int versionNumber);
}
