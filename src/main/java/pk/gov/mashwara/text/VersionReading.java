package pk.gov.mashwara.text;

import java.util.List;

/**
 * The extracted text of one version as the reader shows it, for a user who may see the draft.
 *
 * @param text     the text, or empty when the extraction produced none (see {@code summary})
 * @param versions every version of the draft, newest first, for switching between them
 * @param pages    where the text's pages begin and its running headers and footers, found by {@link RunningLines}
 */
public record VersionReading(long draftId, String draftTitle, ExtractionSummary summary, String text,
        List<ExtractionSummary> versions, TextPages pages) {

    public VersionReading {
        pages = pages == null ? TextPages.NONE : pages;
    }

    public VersionReading(long draftId, String draftTitle, ExtractionSummary summary, String text,
            List<ExtractionSummary> versions) {
        this(draftId, draftTitle, summary, text, versions, TextPages.NONE);
    }

    public int versionNumber() {
        return summary.versionNumber();
    }

    /** The same reading of the same text, held as {@code shared} (the one copy every reader of it keeps). */
    public VersionReading withText(String shared) {
        return new VersionReading(draftId, draftTitle, summary, shared, versions, pages);
    }
}
