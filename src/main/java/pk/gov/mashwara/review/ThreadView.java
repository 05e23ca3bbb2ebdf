package pk.gov.mashwara.review;

import java.time.Instant;
import java.util.List;

/**
 * A thread as the current user may see it, with what they may do with it now (the service checks again).
 *
 * @param passage        null for a thread about the draft as a whole
 * @param version        the optimistic-lock version, passed back when resolving or reopening
 */
public record ThreadView(long id, long draftId, int versionNumber, int startedOnVersion, AnchorState placement,
        Passage passage, boolean internal, ThreadStatus status, Resolution resolution, String resolutionReason,
        String resolvedBy, Instant resolvedAt, String startedBy, Instant startedAt, List<CommentView> comments,
        List<ThreadHistoryEntry> history, long version, Permissions can) {

    /** What the current user may do with the thread now. */
    public record Permissions(boolean reply, boolean resolve, boolean reopen, boolean share) {
    }

    public boolean open() {
        return status == ThreadStatus.OPEN;
    }

    /** The first comment: what the thread is about. */
    public CommentView opening() {
        return comments.getFirst();
    }
}
