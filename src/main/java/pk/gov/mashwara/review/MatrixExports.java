package pk.gov.mashwara.review;

import java.time.LocalDate;
import java.util.Locale;

import pk.gov.mashwara.review.ComparisonExports.ExportedFile;

/**
 * Implemented by the module that writes and reads comments matrices (the record module); the review panel offers
 * them when an implementation exists. The review module depends on none of them.
 */
public interface MatrixExports {

    /**
     * The comments matrix of one version ({@code versionNumber}) or, null, of every version, as XLSX, in the
     * reader's language (Urdu for an Urdu locale, English otherwise: headings, status words, the lines above the
     * table); audited.
     */
    ExportedFile xlsx(long draftId, Integer versionNumber, Locale locale);

    /** The same as a landscape Word table; audited. */
    ExportedFile docx(long draftId, Integer versionNumber, Locale locale);

    /** The matrix in English. */
    default ExportedFile xlsx(long draftId, Integer versionNumber) {
        return xlsx(draftId, versionNumber, Locale.ENGLISH);
    }

    /** The Word matrix in English. */
    default ExportedFile docx(long draftId, Integer versionNumber) {
        return docx(draftId, versionNumber, Locale.ENGLISH);
    }

    /**
     * Records the rows of a matrix received on {@code receivedOn} (an XLSX as {@link #xlsx} writes it in either
     * language, or with the same headings) as threads on the version, all or none.
     */
    MatrixImportResult importXlsx(long draftId, int versionNumber, LocalDate receivedOn, byte[] content);
}
