package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.domain.ReviewWindow;
import pk.gov.mashwara.review.domain.ReviewWindowRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The review window: the NSMCWG secretary sets (or moves) the deadline of a submitted draft, which puts it
 * under review. After the deadline members can no longer comment; the committee can still reply and resolve.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ReviewWindows {

    private final DraftService drafts;
    private final ReviewWindowRepository windows;
    private final ReviewRules rules;
    private final ReviewService review;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewWindows(DraftService drafts, ReviewWindowRepository windows, ReviewRules rules, ReviewService review,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.windows = windows;
        this.rules = rules;
        this.review = review;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The secretary closes the comment window now, before its deadline (say, every member has commented): the
     * deadline becomes this moment. Only a draft under review, with its window open, can be closed.
     */
    public ReviewWindowInfo closeNow(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        if (!rules.maySetWindow(user, draft)) {
            throw new AccessDeniedException("Only the NSMCWG secretary can close the review window of a submitted draft.");
        }
        var now = clock.instant();
        var window = windows.findById(draftId).orElse(null);
        if (draft.status() != pk.gov.mashwara.draft.DraftStatus.UNDER_REVIEW || window != null && !window.isOpen(now)) {
            throw new pk.gov.mashwara.shared.ConflictException("error.review.window.notOpen");
        }
        var previous = window == null ? null : window.getDeadline();
        if (window == null) {
            windows.saveAndFlush(new ReviewWindow(draftId, now, user.getUsername(), now));
        } else {
            window.change(now, user.getUsername(), now);
            windows.saveAndFlush(window);
        }
        events.publishEvent(new ReviewDeadlineSet(draftId, now, previous, user.getUsername(), now));
        return review.window(draftId);
    }

    public ReviewWindowInfo setDeadline(long draftId, Instant deadline) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        if (!rules.maySetWindow(user, draft)) {
            throw new AccessDeniedException("Only the NSMCWG secretary can set the review window of a submitted draft.");
        }
        var now = clock.instant();
        if (deadline == null || !deadline.isAfter(now)) {
            throw new InvalidInputException("error.review.window.past");
        }
        // the same range on every database (MariaDB refuses years past 9999, H2 took them)
        InputRules.date(deadline, "deadline");
        var window = windows.findById(draftId).orElse(null);
        var previous = window == null ? null : window.getDeadline();
        if (window == null) {
            windows.saveAndFlush(new ReviewWindow(draftId, deadline, user.getUsername(), now));
        } else {
            window.change(deadline, user.getUsername(), now);
            windows.saveAndFlush(window);
        }
        drafts.beginReview(draftId, null);
        events.publishEvent(new ReviewDeadlineSet(draftId, deadline, previous, user.getUsername(), now));
        return review.window(draftId);
    }
}
