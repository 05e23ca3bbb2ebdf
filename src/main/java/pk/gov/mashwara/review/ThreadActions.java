package pk.gov.mashwara.review;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.domain.Author;
import pk.gov.mashwara.review.domain.ReviewCategoryRepository;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.review.domain.ReviewWindowRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Starting threads, replying, editing, retracting, resolving and reopening. Each call checks, in this order,
 * that the user can see the draft and the thread, that their role allows the step, and that the review window
 * does (a closed window refuses members here, not only in the views).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ThreadActions {

    private final DraftService drafts;
    private final ReviewThreadRepository threads;
    private final ReviewWindowRepository windows;
    private final ReviewRules rules;
    private final ThreadViews views;
    private final Anchors anchors;
    private final ReviewNotices notices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewCategoryRepository categories;

    ThreadActions(DraftService drafts, ReviewThreadRepository threads, ReviewWindowRepository windows,
            ReviewRules rules, ThreadViews views, Anchors anchors, ReviewNotices notices, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, ReviewCategoryRepository categories) {
        this.categories = categories;
        this.drafts = drafts;
        this.threads = threads;
        this.windows = windows;
        this.rules = rules;
        this.views = views;
        this.anchors = anchors;
        this.notices = notices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public ThreadView start(NewThread request) {
        var user = currentUser.require();
        var draft = drafts.get(request.draftId());
        requireMayComment(user, draft);
        if (draft.latest().number() != request.versionNumber()) {
            throw new ConflictException("error.review.thread.notLatest", draft.latest().number());
        }
        if (request.internal() && !rules.isCommitteeOf(user, draft)) {
            throw new AccessDeniedException("Only the draft's committee can keep a note internal.");
        }
        var category = category(request.category());
        var suggestion = request.suggestion();
        if (suggestion != null && suggestion.kind() == null) {
            throw InvalidInputException.onField("suggestion.kind", "error.review.suggestion.kind");
        }
        if (suggestion != null && request.selection() == null) {
            throw InvalidInputException.onField("suggestion", "error.review.suggestion.needsPassage");
        }
        var anchor = request.selection() == null ? null
                : anchors.anchor(draft.id(), request.versionNumber(), request.selection());
        var page = anchor == null ? null : anchors.page(draft.id(), request.versionNumber(), anchor.start(),
                request.selection().page());
        var now = clock.instant();
        var thread = threads.saveAndFlush(new ReviewThread(draft.id(), request.versionNumber(), anchor, page,
                request.internal() ? draft.committeeId() : null, author(user), request.body(), now, category,
                request.severity(), suggestion == null ? null : suggestion.kind(),
                suggestion == null ? null : suggestion.text()));
        events.publishEvent(new ThreadStarted(thread.getId(), draft.id(), thread.getVersionNumber(),
                thread.isInternal(), user.getUsername(), now));
        notices.started(thread, draft, user);
        return view(thread, draft, user);
    }

    public ThreadView reply(long threadId, long parentCommentId, String body) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        requireMayComment(user, draft);
        var now = clock.instant();
        var reply = thread.reply(parentCommentId, author(user), body, now);
        threads.flush();
        events.publishEvent(new CommentPosted(threadId, reply.getId(), draft.id(), CommentPosted.Change.REPLIED,
                user.getUsername(), now));
        notices.replied(thread, reply, parentCommentId, draft, user);
        return view(thread, draft, user);
    }

    public ThreadView edit(long threadId, long commentId, String body) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        requireMayComment(user, draft);
        var now = clock.instant();
        thread.edit(commentId, user.id(), body, now, views.editWindow());
        threads.flush();
        events.publishEvent(new CommentPosted(threadId, commentId, draft.id(), CommentPosted.Change.EDITED,
                user.getUsername(), now));
        return view(thread, draft, user);
    }

    public ThreadView retract(long threadId, long commentId) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        requireMayComment(user, draft);
        var now = clock.instant();
        thread.retract(commentId, user.id(), now);
        threads.flush();
        events.publishEvent(new CommentPosted(threadId, commentId, draft.id(), CommentPosted.Change.RETRACTED,
                user.getUsername(), now));
        return view(thread, draft, user);
    }

    public ThreadView resolve(long threadId, long expectedVersion, Resolution how, String reason) {
        return resolve(threadId, expectedVersion, how, reason, null);
    }

    /**
     * Resolves a thread; an accepted suggestion with {@code acceptedWording} (not null, and not the proposed
     * wording) is accepted with changes: that wording is the one looked for in later versions.
     */
    public ThreadView resolve(long threadId, long expectedVersion, Resolution how, String reason,
            String acceptedWording) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        requireMayResolve(user, draft, thread, expectedVersion);
        var now = clock.instant();
        thread.resolve(how, reason, acceptedWording, user.getUsername(), now);
        threads.flush();
        var outcome = thread.getSuggestionAcceptedText() == null ? thread.getResolutionReason()
                : "wording accepted with changes: " + thread.getSuggestionAcceptedText()
                        + (thread.getResolutionReason() == null ? "" : "; " + thread.getResolutionReason());
        events.publishEvent(new ThreadResolved(threadId, draft.id(), how, outcome, user.getUsername(), now));
        notices.resolved(thread, draft, user);
        return view(thread, draft, user);
    }

    public ThreadView reopen(long threadId, long expectedVersion, String reason) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        requireMayResolve(user, draft, thread, expectedVersion);
        var now = clock.instant();
        thread.reopen(reason, user.getUsername(), now);
        threads.flush();
        events.publishEvent(new ThreadResolved(threadId, draft.id(), null, reason, user.getUsername(), now));
        notices.resolved(thread, draft, user);
        return view(thread, draft, user);
    }

    /**
     * Files a thread under another category and/or severity (null: unchanged): its author while they may comment,
     * the committee, or the NSMCWG secretary. {@code expectedVersion} as read, so that of two changes one wins.
     */
    public ThreadView classify(long threadId, long expectedVersion, String categoryCode, Severity severity) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        var window = windows.findById(draft.id()).orElse(null);
        var mayComment = rules.whyNotComment(user, draft, window, clock.instant()).isEmpty();
        if (!rules.mayClassify(user, draft, thread, mayComment)) {
            throw new AccessDeniedException("Only the thread's author, the committee or the NSMCWG secretary can "
                    + "change its category or severity.");
        }
        if (thread.getVersion() != expectedVersion) {
            var last = thread.lastActivity();
            throw new ConflictException("error.review.thread.changedMeanwhile", last.actor(), last.at());
        }
        var category = categoryCode == null ? null : category(categoryCode);
        var now = clock.instant();
        if (thread.classify(category, severity, user.getUsername(), now)) {
            threads.flush();
            events.publishEvent(new ThreadClassified(threadId, draft.id(), thread.getCategory(), thread.getSeverity(),
                    user.getUsername(), now));
        }
        return view(thread, draft, user);
    }

    /** An active category's code (null or blank: "other"), or refused. */
    private String category(String code) {
        if (code == null || code.isBlank()) {
            return pk.gov.mashwara.review.domain.ReviewCategory.OTHER;
        }
        var chosen = code.strip().toUpperCase(java.util.Locale.ROOT);
        return categories.findById(chosen).filter(c -> c.isActive()).map(c -> c.getCode())
                .orElseThrow(() -> InvalidInputException.onField("category", "error.review.category.unknown", code));
    }

    /** The committee consents to showing its internal note to everyone who sees the draft. */
    public ThreadView share(long threadId) {
        var user = currentUser.require();
        var thread = visibleThread(threadId, user);
        var draft = drafts.get(thread.getDraftId());
        if (!rules.isCommitteeOf(user, draft)) {
            throw new AccessDeniedException("Only the draft's committee can share its internal note.");
        }
        var wasInternal = thread.isInternal();
        var now = clock.instant();
        thread.share(user.getUsername(), now);
        threads.flush();
        if (wasInternal) {
            events.publishEvent(new ThreadShared(threadId, draft.id(), user.getUsername(), now));
        }
        return view(thread, draft, user);
    }

    private ReviewThread visibleThread(long threadId, MashwaraUser user) {
        // every caller changes the thread: its row is locked first (see findForUpdate)
        var thread = threads.findForUpdate(threadId).orElseThrow(() -> ReviewService.notFound(threadId));
        try {
            drafts.get(thread.getDraftId());
        } catch (NotFoundException e) {
            throw ReviewService.notFound(threadId);
        }
        if (!rules.sees(user, thread)) {
            throw ReviewService.notFound(threadId);
        }
        return thread;
    }

    private void requireMayComment(MashwaraUser user, DraftDetails draft) {
        var window = windows.findById(draft.id()).orElse(null);
        var why = rules.whyNotComment(user, draft, window, clock.instant());
        if (why.isEmpty()) {
            return;
        }
        if (why.get().equals("error.review.notAllowed")) {
            throw new AccessDeniedException("Your role does not allow commenting on this draft.");
        }
        throw new ConflictException(why.get(), window == null ? null : window.getDeadline());
    }

    private void requireMayResolve(MashwaraUser user, DraftDetails draft, ReviewThread thread, long expectedVersion) {
        if (!rules.mayResolve(user, draft, thread)) {
            throw new AccessDeniedException("Only the draft's committee or the NSMCWG secretary can resolve threads.");
        }
        if (thread.getVersion() != expectedVersion) {
            var last = thread.lastActivity();
            throw new ConflictException("error.review.thread.changedMeanwhile", last.actor(), last.at());
        }
    }

    private ThreadView view(ReviewThread thread, DraftDetails draft, MashwaraUser user) {
        return views.view(thread, draft, windows.findById(draft.id()).orElse(null), user);
    }

    private static Author author(MashwaraUser user) {
        return new Author(user.id(), user.getUsername(), user.displayName());
    }
}
