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
 */
public record IndexedComment(long threadId, long commentId, long draftId, int versionNumber, Long internalCommitteeId,
        String authorName, String text, Instant writtenAt, String passage) {
}
