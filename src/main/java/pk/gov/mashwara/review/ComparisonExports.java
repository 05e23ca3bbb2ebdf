package pk.gov.mashwara.review;

/**
 * Implemented by the module that writes a comparison of two versions out as a redline (the record module); the
 * comparison page offers the files when an implementation exists. The review module depends on none of them.
 */
public interface ComparisonExports {

    /** A redline as a Word document with tracked changes, for the signed-in user; audited. */
    ExportedFile docx(long draftId, int from, int to);

    /** A redline as a PDF, struck and underlined, with change bars; audited. */
    ExportedFile pdf(long draftId, int from, int to);

    /** A generated file, whole in memory (a redline is bounded). */
    record ExportedFile(String fileName, String mediaType, byte[] content) {
    }
}
