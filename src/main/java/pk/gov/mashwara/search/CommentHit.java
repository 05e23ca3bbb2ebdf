package pk.gov.mashwara.search;

import java.time.Instant;

/**
 * One comment that matched.
 *
 * @param internal    an internal note of the draft's committee (found only by that committee)
 * @param passage     the passage the thread is about, as plain text, or null for the whole draft
 * @param authorHome  where the author, a member of the NSMCWG, comes from (English; {@code authorHomeUr} Urdu),
 *                    or null
 * @param snippetHtml the comment with the matches in {@code <mark>}; everything else in it is escaped text, so it
 *                    is safe to show as HTML (and only this field is)
 */
public record CommentHit(long threadId, long commentId, long draftId, int version, String title, String committeeCode,
        String authorName, Instant writtenAt, boolean internal, String passage, String snippetHtml, float score,
        String authorHome, String authorHomeUr) {

    /** A hit whose author has no home organisation. */
    public CommentHit(long threadId, long commentId, long draftId, int version, String title, String committeeCode,
            String authorName, Instant writtenAt, boolean internal, String passage, String snippetHtml, float score) {
        this(threadId, commentId, draftId, version, title, committeeCode, authorName, writtenAt, internal, passage,
                snippetHtml, score, null, null);
    }

    /** The author's home organisation in the reader's language, or null when the author has none. */
    public String authorHome(java.util.Locale locale) {
        return "ur".equals(locale.getLanguage()) && authorHomeUr != null ? authorHomeUr : authorHome;
    }

    /** The reader's address of the thread: the version's text with the thread opened. */
    public String readerPath() {
        return "drafts/" + draftId + "/versions/" + version + "/text?thread=" + threadId;
    }
}
