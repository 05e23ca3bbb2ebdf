package pk.gov.mashwara.search;

import java.time.Instant;

/**
 * One comment as the search indexes it.
 *
 * @param versionNumber       the version the comment's thread is on now (open threads move to new versions)
 * @param internalCommitteeId the committee whose internal note this is, or null when anyone who may see the draft
 *                            may read it
 * @param passage             the passage of the version the thread is about (shown beside the hit, not searched),
 *                            or null for a thread about the whole draft
 * @param authorHome          the home organisation of an author from the NSMCWG, in English and
 *                            ({@code authorHomeUr}) in Urdu, shown beside the name; null when none
 * @param category            the code of the category the thread is filed under, with its name in English and
 *                            ({@code categoryNameUr}) Urdu for the facet; null when not known
 * @param severity            the name of the thread's severity (e.g. {@code MUST_CHANGE}); null when not known
 */
public record IndexedComment(long threadId, long commentId, long draftId, int versionNumber, Long internalCommitteeId,
        String authorName, String text, Instant writtenAt, String passage, String authorHome, String authorHomeUr,
        String category, String categoryName, String categoryNameUr, String severity) {

    /** A comment whose thread's category and severity are not known. */
    public IndexedComment(long threadId, long commentId, long draftId, int versionNumber, Long internalCommitteeId,
            String authorName, String text, Instant writtenAt, String passage, String authorHome, String authorHomeUr) {
        this(threadId, commentId, draftId, versionNumber, internalCommitteeId, authorName, text, writtenAt, passage,
                authorHome, authorHomeUr, null, null, null, null);
    }

    /** A comment whose author has no home organisation. */
    public IndexedComment(long threadId, long commentId, long draftId, int versionNumber, Long internalCommitteeId,
            String authorName, String text, Instant writtenAt, String passage) {
        this(threadId, commentId, draftId, versionNumber, internalCommitteeId, authorName, text, writtenAt, passage,
                null, null);
    }
}
