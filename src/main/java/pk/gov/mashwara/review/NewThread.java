package pk.gov.mashwara.review;

/**
 * A thread to start on a version: about {@code selection}, or about the draft as a whole when it is null;
 * {@code internal} keeps it within the author's committee (only a committee may do so on its own draft).
 */
public record NewThread(long draftId, int versionNumber, Selection selection, String body, boolean internal) {
}
