package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * One comment as the reader sees it, in thread order with its depth under the comment it answers. A
 * retracted comment keeps its place but not its text ({@code body} is null).
 */
public record CommentView(long id, Long parentId, int depth, String author, String authorName, String body,
        Instant createdAt, Instant editedAt, Instant retractedAt, int earlierVersions, boolean editable,
        boolean retractable) {

    /** The longest comment accepted, in characters. */
    public static final int MAX_BODY = 10_000;

    public boolean retracted() {
        return retractedAt != null;
    }
}
