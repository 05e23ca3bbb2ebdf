package pk.gov.mashwara.text;

/**
 * Why an extraction ended as it did, when the status alone does not say enough. The UI words each reason in
 * the user's language ({@code extraction.reason.*}); the technical detail stays in the log and the admin view.
 */
public enum ExtractionReason {
    /** Text was cut at the write limit. */
    WRITE_LIMIT,
    /** No text layer and no OCR available (or switched off): scanned pages need OCR. */
    SCANNED_NEEDS_OCR,
    /** OCR ran and found nothing readable. */
    NO_READABLE_TEXT,
    /** Password-protected: ask the committee for an unprotected copy. */
    PASSWORD_PROTECTED,
    /** No parser for this format. */
    UNSUPPORTED_FORMAT,
    /** Refused as hostile: too deeply nested, too many embedded files, or expands far beyond its size. */
    REFUSED_LIMITS,
    /** The file is damaged or not what it claims to be. */
    DAMAGED,
    /** Extraction took longer than the time limit, twice. */
    TIMED_OUT,
    /** The extractor process stopped (e.g. ran out of memory), twice. */
    EXTRACTOR_CRASHED,
    /** The stored file could not be found. */
    FILE_MISSING
}
