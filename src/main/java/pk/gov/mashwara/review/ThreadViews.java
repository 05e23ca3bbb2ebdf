package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.review.domain.ReviewComment;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewWindow;
import pk.gov.mashwara.security.MashwaraUser;

/** Turns a thread into what one user sees of it: comments in reply order, and what they may do now. */
@Component
class ThreadViews {

    private final ReviewRules rules;
    private final Clock clock;
    private final Duration editWindow;

    ThreadViews(ReviewRules rules, Clock clock,
            @Value("${mashwara.review.edit-minutes:15}") long editMinutes) {
        this.rules = rules;
        this.clock = clock;
        this.editWindow = Duration.ofMinutes(editMinutes);
    }

    Duration editWindow() {
        return editWindow;
    }

    ThreadView view(ReviewThread t, DraftDetails draft, ReviewWindow window, MashwaraUser user) {
        var now = clock.instant();
        var mayComment = rules.whyNotComment(user, draft, window, now).isEmpty();
        var mayResolve = rules.mayResolve(user, draft, t);
        var passage = t.anchor().map(a -> new Passage(a.exact(), a.prefix(), a.suffix(), a.start(), a.end(), t.getPage()))
                .orElse(null);
        var can = new ThreadView.Permissions(mayComment, mayResolve && t.getStatus() == ThreadStatus.OPEN,
                mayResolve && t.getStatus() == ThreadStatus.RESOLVED, t.isInternal() && rules.isCommitteeOf(user, draft));
        var history = t.getEvents().stream().map(e -> new ThreadHistoryEntry(e.getKind(), e.getActor(),
                e.getOccurredAt(), e.getResolution(), e.getFromVersion(), e.getToVersion(), e.getDetail())).toList();
        return new ThreadView(t.getId(), t.getDraftId(), t.getVersionNumber(), t.getStartedOnVersion(),
                t.getPlacement(), passage, t.isInternal(), t.getStatus(), t.getResolution(), t.getResolutionReason(),
                t.getResolvedBy(), t.getResolvedAt(), t.getStartedBy(), t.getStartedAt(),
                comments(t.getComments(), user, mayComment), history, t.getVersion(), can);
    }

    /** Depth-first: each reply right after the comment it answers (replies in the order they were written). */
    private List<CommentView> comments(List<ReviewComment> all, MashwaraUser user, boolean mayComment) {
        var children = new HashMap<Long, List<ReviewComment>>();
        var roots = new ArrayList<ReviewComment>();
        for (var c : all) {
            if (c.getParentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
            }
        }
        var out = new ArrayList<CommentView>();
        for (var root : roots) {
            add(root, 0, children, out, user, mayComment);
        }
        return out;
    }

    private void add(ReviewComment c, int depth, Map<Long, List<ReviewComment>> children, List<CommentView> out,
            MashwaraUser user, boolean mayComment) {
        var now = clock.instant();
        var mine = c.getAuthorId() == user.id() && c.getRetractedAt() == null;
        out.add(new CommentView(c.getId(), c.getParentId(), depth, c.getAuthor(), c.getAuthorName(),
                c.getRetractedAt() == null ? c.getBody() : null, c.getCreatedAt(), c.getEditedAt(), c.getRetractedAt(),
                c.getRevisions().size(), mayComment && c.isEditableBy(user.id(), now, editWindow),
                mine && mayComment));
        for (var child : children.getOrDefault(c.getId(), List.of())) {
            add(child, depth + 1, children, out, user, mayComment);
        }
    }
}
