package pk.gov.mashwara.review;

import java.time.Instant;
import java.util.List;

/**
 * A thread as the current user may see it, with what they may do with it now (the service checks again).
 *
 * @param passage        null for a thread about the draft as a whole
 * @param version        the optimistic-lock version, passed back when resolving or reopening
 * @param resolver       who resolved it, by name and office; null while it is open
 * @param category       the code of its category (see {@code ReviewService.categories()})
 * @param suggestion     the wording it suggests for its passage, or null
 * @param fromMatrix     for a thread recorded from a comments matrix received by letter, whom and when; else null
 */
public record ThreadView(long id, long draftId, int versionNumber, int startedOnVersion, AnchorState placement,
        Passage passage, boolean internal, ThreadStatus status, Resolution resolution, String resolutionReason,
        String resolvedBy, Instant resolvedAt, String startedBy, Instant startedAt, List<CommentView> comments,
        List<ThreadHistoryEntry> history, long version, Permissions can, Person resolver, String category,
        Severity severity, SuggestionView suggestion, MatrixOrigin fromMatrix) {

    /** A thread written in the portal. */
    public ThreadView(long id, long draftId, int versionNumber, int startedOnVersion, AnchorState placement,
            Passage passage, boolean internal, ThreadStatus status, Resolution resolution, String resolutionReason,
            String resolvedBy, Instant resolvedAt, String startedBy, Instant startedAt, List<CommentView> comments,
            List<ThreadHistoryEntry> history, long version, Permissions can, Person resolver, String category,
            Severity severity, SuggestionView suggestion) {
        this(id, draftId, versionNumber, startedOnVersion, placement, passage, internal, status, resolution,
                resolutionReason, resolvedBy, resolvedAt, startedBy, startedAt, comments, history, version, can,
                resolver, category, severity, suggestion, null);
    }

    /** A thread without a category chosen or a suggestion (filed under "other", "consider"). */
    public ThreadView(long id, long draftId, int versionNumber, int startedOnVersion, AnchorState placement,
            Passage passage, boolean internal, ThreadStatus status, Resolution resolution, String resolutionReason,
            String resolvedBy, Instant resolvedAt, String startedBy, Instant startedAt, List<CommentView> comments,
            List<ThreadHistoryEntry> history, long version, Permissions can, Person resolver) {
        this(id, draftId, versionNumber, startedOnVersion, placement, passage, internal, status, resolution,
                resolutionReason, resolvedBy, resolvedAt, startedBy, startedAt, comments, history, version, can,
                resolver, "OTHER", Severity.CONSIDER, null);
    }

    /** A thread whose resolver is known only by user id. */
    public ThreadView(long id, long draftId, int versionNumber, int startedOnVersion, AnchorState placement,
            Passage passage, boolean internal, ThreadStatus status, Resolution resolution, String resolutionReason,
            String resolvedBy, Instant resolvedAt, String startedBy, Instant startedAt, List<CommentView> comments,
            List<ThreadHistoryEntry> history, long version, Permissions can) {
        this(id, draftId, versionNumber, startedOnVersion, placement, passage, internal, status, resolution,
                resolutionReason, resolvedBy, resolvedAt, startedBy, startedAt, comments, history, version, can,
                resolvedBy == null ? null : Person.unknown(resolvedBy));
    }

    /** What the current user may do with the thread now. */
    public record Permissions(boolean reply, boolean resolve, boolean reopen, boolean share, boolean classify) {

        public Permissions(boolean reply, boolean resolve, boolean reopen, boolean share) {
            this(reply, resolve, reopen, share, false);
        }
    }

    public boolean open() {
        return status == ThreadStatus.OPEN;
    }

    /** The first comment: what the thread is about. */
    public CommentView opening() {
        return comments.getFirst();
    }
}
