package pk.gov.mashwara.record;

import java.time.Instant;
import java.util.List;

/**
 * What a progress report to an issuing office says, in English, as its PDF and DOCX print it: a covering letter from
 * the reporting office quoting the letter, then a table with one row per direction. The caller gives only what the
 * reader may see; nothing is checked here.
 *
 * @param fromOffice     the reporting office ("Ministry of Information Technology and Telecommunication"), or for a
 *                       consolidated report the compiling office
 * @param toOffice       the issuing office, or null for a consolidated statement the issuing office (or an auditor)
 *                       compiles for its own use: it has no covering letter
 * @param diaryNumber    the reporting office's diary number, or null while the report is a draft
 * @param dated          the report's date as printed ("7 December 2026")
 * @param reference      the letter's reference, printed on every page
 * @param letterLine     how the letter is quoted ("Prime Minister's Office letter No. 1(1)/AS-II/2021 dated 4 October 2021")
 * @param period         the period as printed ("1 November 2026 to 30 November 2026")
 * @param classification the letter's classification, printed on every page
 * @param previous       the date of the last report as printed, or null when this is the first
 * @param changes        what changed since the last report, one line each (empty when first, or nothing changed)
 * @param signatory      the officer who signs, or null while the report is a draft
 * @param generated      who generated it, and when
 * @param consolidated   whether the rows are every acting office's progress (one row per office on each direction,
 *                       the direction's text on its first row only) rather than one office's
 */
public record ProgressReportDocument(String fromOffice, String fromCode, String toOffice, String diaryNumber,
        String dated, String reference, String letterLine, String subject, String period, String classification,
        String previous, List<String> changes, List<Row> rows, String signatory, String generatedBy,
        Instant generatedAt, boolean consolidated) {

    public ProgressReportDocument {
        changes = List.copyOf(changes);
        rows = List.copyOf(rows);
    }

    /** Whether a covering letter to the issuing office goes before the table. */
    public boolean covering() {
        return toOffice != null;
    }

    /** How many directions the rows cover (a consolidated report has several rows for one direction). */
    public long directions() {
        return rows.stream().filter(r -> !r.direction().isEmpty()).count();
    }

    /**
     * One direction: its number, text, time line as written (with the computed due date), who acts, the status,
     * the progress of the period, the evidence, remarks, overdue days and what changed since the last report.
     */
    public record Row(String number, String direction, String timeline, String actionBy, String status,
            String progress, List<Evidence> evidence, String remarks, long overdueDays, String changed) {

        public Row {
            evidence = List.copyOf(evidence);
        }
    }

    /** A file of evidence: its name and SHA-256. */
    public record Evidence(String fileName, String sha256) {
    }
}
