package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.domain.ReviewWindow;
import pk.gov.mashwara.review.domain.ReviewWindowRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The review window: when NSMCWG members may comment on a draft under review. The NSMCWG secretary sets its
 * deadline when opening the review (the routing action {@code open-review}, which asks for it), moves it while
 * the draft is under review, and closes it, at the latest, by closing the review ({@code close-review}). After
 * the deadline members can no longer comment; the committee can still reply and resolve.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ReviewWindows {

    /** How far ahead a deadline may be set: a review is weeks long, not years. */
    public static final Duration LONGEST = Duration.ofDays(366);

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
     * When comments close on the draft, or empty when no window is set. A date of the draft's routing, not of its
     * content: pendency, the desks and the reminders count the review's deadline from it, whoever counts.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> deadlineOf(long draftId) {
        return windows.findById(draftId).map(w -> w.getDeadline());
    }

    /**
     * The secretary closes the comment window now, before its deadline (say, every member has commented): the
     * deadline becomes this moment. Only a draft under review, with its window open, can be closed.
     */
    public ReviewWindowInfo closeNow(long draftId) {
        var user = currentUser.require();
        var draft = secretarys(draftId, user);
        var now = clock.instant();
        var window = windows.findById(draftId).orElse(null);
        if (draft.status() != DraftStatus.UNDER_REVIEW || window != null && !window.isOpen(now)) {
            throw new ConflictException("error.review.window.notOpen");
        }
        save(draftId, window, now, user, now);
        return review.window(draftId);
    }

    /**
     * Routing use, within the action {@code close-review}: comments close now if the window is still open;
     * nothing changes when it has closed already. Whether it was open.
     */
    public boolean closeIfOpen(long draftId) {
        var user = currentUser.require();
        secretarys(draftId, user);
        var now = clock.instant();
        var window = windows.findById(draftId).orElse(null);
        if (window != null && !window.isOpen(now)) {
            return false;
        }
        save(draftId, window, now, user, now);
        return true;
    }

    /**
     * The secretary sets the deadline. A submitted draft is put under review with it (the routing action
     * {@code open-review}, as if taken from the draft page, asked for by {@link ReviewOpeningRequested}); a draft
     * under review has its deadline moved.
     *
     * @throws InvalidInputException on the field {@code deadline}, when it is not in the future or more than
     *                               {@link #LONGEST} ahead
     */
    public ReviewWindowInfo setDeadline(long draftId, Instant deadline) {
        var user = currentUser.require();
        var draft = secretarys(draftId, user);
        var now = clock.instant();
        check(deadline, now, "deadline");
        if (draft.status() == DraftStatus.SUBMITTED) {
            // opening the review moves the draft: that is the routing action open-review, taken by the routing
            // module (which this module may not call) on this request, at once and in this transaction; it sets
            // the window through open() below
            events.publishEvent(new ReviewOpeningRequested(draftId, draft.version(), deadline));
        } else {
            save(draftId, windows.findById(draftId).orElse(null), deadline, user, now);
        }
        return review.window(draftId);
    }

    /**
     * Routing use, within the action {@code open-review}: the window of the review being opened, in the same
     * transaction, so that the draft is under review with its deadline, or neither.
     *
     * @param field the name the deadline was given under, for the message if it is refused
     */
    public void open(long draftId, Instant deadline, String field) {
        var user = currentUser.require();
        secretarys(draftId, user);
        var now = clock.instant();
        check(deadline, now, field);
        save(draftId, windows.findById(draftId).orElse(null), deadline, user, now);
    }

    /** Refuses a deadline that is missing, not in the future, or further ahead than {@link #LONGEST}. */
    public static void check(Instant deadline, Instant now, String field) {
        if (deadline == null) {
            throw InvalidInputException.onField(field, "error.review.window.missing");
        }
        if (!deadline.isAfter(now)) {
            throw InvalidInputException.onField(field, "error.review.window.past");
        }
        if (deadline.isAfter(now.plus(LONGEST))) {
            throw InvalidInputException.onField(field, "error.review.window.tooFar", LONGEST.toDays());
        }
        // the same range on every database (MariaDB refuses years past 9999, H2 took them)
        InputRules.date(deadline, field);
    }

    private DraftDetails secretarys(long draftId, MashwaraUser user) {
        var draft = drafts.get(draftId);
        if (!rules.maySetWindow(user, draft)) {
            throw new AccessDeniedException("Only the NSMCWG secretary can set the review window of a submitted draft.");
        }
        return draft;
    }

    private void save(long draftId, ReviewWindow window, Instant deadline, MashwaraUser user, Instant now) {
        var previous = window == null ? null : window.getDeadline();
        if (window == null) {
            windows.saveAndFlush(new ReviewWindow(draftId, deadline, user.getUsername(), now));
        } else {
            window.change(deadline, user.getUsername(), now);
            windows.saveAndFlush(window);
        }
        events.publishEvent(new ReviewDeadlineSet(draftId, deadline, previous, user.getUsername(), now));
    }

    /**
     * One page of the drafts open for the working group's comments now, for an NSMCWG member (none for anyone
     * else, whose desk does not list them): the nearest deadline first, those without one last, then by id.
     */
    @Transactional(readOnly = true)
    public java.util.List<Long> openForComments(int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_OPEN_PAGE);
        return forMember() ? windows.openForComments(clock.instant(), offset, limit) : java.util.List.of();
    }

    /** How many drafts are open for comments now, for an NSMCWG member; 0 for anyone else. */
    @Transactional(readOnly = true)
    public long openForCommentsCount() {
        return forMember() ? windows.countOpenForComments(clock.instant()) : 0;
    }

    /** The most drafts one page of {@link #openForComments} may ask for. */
    public static final int MAX_OPEN_PAGE = 500;

    /** Members see every submitted draft, so the list needs no further check of visibility per draft. */
    private boolean forMember() {
        var user = currentUser.require();
        return user.isNsmcwg() && user.has(pk.gov.mashwara.security.Role.NSMCWG_MEMBER);
    }
}
