package pk.gov.mashwara.text;

/**
 * What extraction made of one attached file: its status ({@link ExtractionStatus#PENDING} while it has not run),
 * why it ended so when the status alone does not say, and its text (empty when it has none).
 */
public record FileText(String sha256, ExtractionStatus status, ExtractionReason reason, String text) {

    public FileText {
        text = text == null ? "" : text;
    }

    /** A file that has not been extracted yet. */
    public static FileText pending(String sha256) {
        return new FileText(sha256, ExtractionStatus.PENDING, null, "");
    }
}
