package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * One comment as the reader sees it, in thread order with its depth under the comment it answers. A
 * retracted comment keeps its place but not its text ({@code body} is null).
 *
 * @param authorHome where the author, a member of the NSMCWG, comes from (shown beside the name), or null
 */
public record CommentView(long id, Long parentId, int depth, String author, String authorName, String body,
        Instant createdAt, Instant editedAt, Instant retractedAt, int earlierVersions, boolean editable,
        boolean retractable, pk.gov.mashwara.directory.HomeOrganisation authorHome) {

    /** A comment whose author has no home organisation. */
    public CommentView(long id, Long parentId, int depth, String author, String authorName, String body,
            Instant createdAt, Instant editedAt, Instant retractedAt, int earlierVersions, boolean editable,
            boolean retractable) {
        this(id, parentId, depth, author, authorName, body, createdAt, editedAt, retractedAt, earlierVersions, editable,
                retractable, null);
    }

    /** The longest comment accepted, in characters. */
    public static final int MAX_BODY = 10_000;

    public boolean retracted() {
        return retractedAt != null;
    }
}
