package pk.gov.mashwara.review;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewWindow;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who may do what with the threads of a draft the user can already see (the draft service decides that).
 * The committee that owns the draft may always comment, reply and resolve; the NSMCWG secretary and the focal
 * person may comment on submitted drafts; NSMCWG members only while the review is open (before the deadline the
 * secretary set). Internal notes are seen and touched only by their committee. Auditors and administrators
 * read, and do nothing.
 */
@Component
class ReviewRules {

    boolean isCommitteeOf(MashwaraUser user, DraftDetails draft) {
        return user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER) && user.actsFor(draft.committeeId());
    }

    boolean sees(MashwaraUser user, ReviewThread thread) {
        return sees(user, thread.getInternalCommitteeId());
    }

    /** Whether the user sees a thread kept internal to {@code internal} (null: not internal). */
    boolean sees(MashwaraUser user, Long internal) {
        return internal == null
                || (user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER) && user.actsFor(internal));
    }

    boolean reviewOpen(DraftDetails draft, ReviewWindow window, Instant now) {
        var underReview = draft.status() == DraftStatus.SUBMITTED || draft.status() == DraftStatus.UNDER_REVIEW;
        return underReview && (window == null || window.isOpen(now));
    }

    /** Why the user may not comment on the draft now (a translation key), or empty when they may. */
    Optional<String> whyNotComment(MashwaraUser user, DraftDetails draft, ReviewWindow window, Instant now) {
        if (isCommitteeOf(user, draft)) {
            return Optional.empty();
        }
        var submitted = draft.submittedAt() != null;
        if (submitted && user.isNsmcwg() && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON)) {
            return Optional.empty();
        }
        if (submitted && user.isNsmcwg() && user.has(Role.NSMCWG_MEMBER)) {
            if (reviewOpen(draft, window, now)) {
                return Optional.empty();
            }
            return Optional.of(window != null && !window.isOpen(now) ? "error.review.window.closed"
                    : "error.review.notUnderReview");
        }
        return Optional.of("error.review.notAllowed");
    }

    boolean mayResolve(MashwaraUser user, DraftDetails draft, ReviewThread thread) {
        if (isCommitteeOf(user, draft)) {
            return true;
        }
        return !thread.isInternal() && user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY);
    }

    /**
     * Whether the user may file the thread under another category or severity: its author while they may comment,
     * and whoever may resolve it (the committee, the NSMCWG secretary).
     */
    boolean mayClassify(MashwaraUser user, DraftDetails draft, ReviewThread thread, boolean mayComment) {
        return (thread.getStartedById() == user.id() && mayComment) || mayResolve(user, draft, thread);
    }

    boolean maySetWindow(MashwaraUser user, DraftDetails draft) {
        return user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY)
                && (draft.status() == DraftStatus.SUBMITTED || draft.status() == DraftStatus.UNDER_REVIEW);
    }
}
