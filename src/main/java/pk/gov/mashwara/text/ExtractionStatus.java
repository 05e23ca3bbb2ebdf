package pk.gov.mashwara.text;

/** Where the text extraction of one version stands, in terms a user can act on. */
public enum ExtractionStatus {
    /** Queued; extraction has not started. */
    PENDING,
    /** Being extracted now. */
    EXTRACTING,
    /** All text extracted. */
    DONE,
    /** Text extracted up to the write limit; the rest was not. */
    TRUNCATED,
    /** The file has no text layer (e.g. scanned pages without OCR). */
    NO_TEXT,
    /** Password-protected: ask the committee for an unprotected copy. */
    ENCRYPTED,
    /** A format the extractor cannot read. */
    UNSUPPORTED,
    /** Extraction failed; the reason is recorded in plain words. */
    FAILED;

    /** Whether the version has text that can be read and searched. */
    public boolean hasText() {
        return this == DONE || this == TRUNCATED;
    }

    /** How the status reads at a glance wherever it is shown: fine, under way, worth a look, or a problem. */
    public pk.gov.mashwara.draft.VersionAnnotation.Tone tone() {
        return switch (this) {
            case DONE -> pk.gov.mashwara.draft.VersionAnnotation.Tone.SUCCESS;
            case PENDING, EXTRACTING -> pk.gov.mashwara.draft.VersionAnnotation.Tone.INFO;
            case TRUNCATED, NO_TEXT -> pk.gov.mashwara.draft.VersionAnnotation.Tone.WARNING;
            case ENCRYPTED, UNSUPPORTED, FAILED -> pk.gov.mashwara.draft.VersionAnnotation.Tone.ERROR;
        };
    }

    /** Whether extraction has come to an end (successfully or not). */
    public boolean isFinal() {
        return this != PENDING && this != EXTRACTING;
    }
}
