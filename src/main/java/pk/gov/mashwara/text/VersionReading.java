package pk.gov.mashwara.text;

import java.util.List;

/**
 * The extracted text of one version as the reader shows it, for a user who may see the draft.
 *
 * @param text     the text, or empty when the extraction produced none (see {@code summary})
 * @param versions every version of the draft, newest first, for switching between them
 */
public record VersionReading(long draftId, String draftTitle, ExtractionSummary summary, String text,
        List<ExtractionSummary> versions) {

    public int versionNumber() {
        return summary.versionNumber();
    }
}
