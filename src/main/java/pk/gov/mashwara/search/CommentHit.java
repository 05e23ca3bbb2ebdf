package pk.gov.mashwara.search;

import java.time.Instant;

/**
 * One comment that matched.
 *
 * @param internal    an internal note of the draft's committee (found only by that committee)
 * @param passage     the passage the thread is about, as plain text, or null for the whole draft
 * @param snippetHtml the comment with the matches in {@code <mark>}; everything else in it is escaped text, so it
 *                    is safe to show as HTML (and only this field is)
 */
public record CommentHit(long threadId, long commentId, long draftId, int version, String title, String committeeCode,
        String authorName, Instant writtenAt, boolean internal, String passage, String snippetHtml, float score) {

    /** The reader's address of the thread: the version's text with the thread opened. */
    public String readerPath() {
        return "drafts/" + draftId + "/versions/" + version + "/text?thread=" + threadId;
    }
}
