package pk.gov.mashwara.review;

/**
 * A thread to start on a version: about {@code selection}, or about the draft as a whole when it is null;
 * {@code internal} keeps it within the author's committee (only a committee may do so on its own draft).
 * {@code category} (a code; null: "other") and {@code severity} (null: consider) file it; {@code suggestion}
 * proposes wording for the selected passage (null: none), and then {@code body} may be empty.
 */
public record NewThread(long draftId, int versionNumber, Selection selection, String body, boolean internal,
        String category, Severity severity, SuggestionRequest suggestion) {

    public NewThread(long draftId, int versionNumber, Selection selection, String body, boolean internal) {
        this(draftId, versionNumber, selection, body, internal, null, null, null);
    }
}
