package pk.gov.mashwara.record;

/** Words the PDF and the DOCX of a progress report share, so that both say the same. */
public final class ProgressReportText {

    private ProgressReportText() {
    }

    /** The heading over the table. */
    public static String tableHeading(ProgressReportDocument report) {
        return (report.consolidated() ? "Consolidated progress of the acting offices on the directions of "
                : "Progress on the directions of ") + report.letterLine() + ", from " + report.period();
    }

    /** Who compiled a statement that has no covering letter, and when. */
    public static String compiledBy(ProgressReportDocument report) {
        return "Compiled by " + report.generatedBy() + ", " + report.fromOffice() + ", on " + report.dated()
                + ", from the progress each office recorded in Mashwara.";
    }
}
