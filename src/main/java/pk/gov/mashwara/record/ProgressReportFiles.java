package pk.gov.mashwara.record;

import pk.gov.mashwara.record.pdf.ProgressReportPdf;

/**
 * Writes a progress report as an A4 PDF (the review record's fonts and quality: the reference and classification on
 * every page, "page X of Y", Urdu shaped) and as an editable Word document (Apache POI, the table landscape). It
 * checks nothing: callers give it only what the reader may see.
 */
public final class ProgressReportFiles {

    private ProgressReportFiles() {
    }

    public static byte[] pdf(ProgressReportDocument report) {
        return ProgressReportPdf.write(report);
    }

    public static byte[] docx(ProgressReportDocument report) {
        return ProgressReportDocx.write(report);
    }
}
