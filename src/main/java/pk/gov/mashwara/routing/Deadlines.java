package pk.gov.mashwara.routing;

import java.time.Instant;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;

/**
 * When a draft waiting in a state falls due: the state's deadline from the rules, in working days of the office
 * calendar shortened by the draft's priority mark, from the day the draft entered the state, at the close of the
 * office day; under review, when comments close; during consultations, the earliest deadline of the open steps.
 * One rule for the draft page, the routing API, My desk, Pendency and the reminders.
 */
@Component
class Deadlines {

    /** The period of review, in working days, when the rule book gives {@code UNDER_REVIEW} no deadline. */
    static final java.time.Period REVIEW_WITHOUT_RULE = java.time.Period.ofDays(15);

    private final RoutingRules rules;
    private final Consultations consultations;
    private final pk.gov.mashwara.review.ReviewWindows windows;
    private final WorkingCalendar calendar;

    Deadlines(RoutingRules rules, Consultations consultations, pk.gov.mashwara.review.ReviewWindows windows,
            WorkingCalendar calendar) {
        this.rules = rules;
        this.consultations = consultations;
        this.windows = windows;
        this.calendar = calendar;
    }

    /** As {@link #reviewDeadlineFrom(Instant, Priority)} for a routine draft. */
    Instant reviewDeadlineFrom(Instant openedAt) {
        return reviewDeadlineFrom(openedAt, Priority.ROUTINE);
    }

    /**
     * When comments close on a review opened at {@code openedAt}, unless the secretary says otherwise: the rule
     * book's deadline of {@code UNDER_REVIEW} in working days from then, at the close of that office day. The one
     * place that counts it (the open-review dialog proposes it; opening the review without a deadline sets it).
     */
    Instant reviewDeadlineFrom(Instant openedAt, Priority priority) {
        var state = rules.state(DraftStatus.UNDER_REVIEW);
        var period = state == null || state.deadline() == null ? REVIEW_WITHOUT_RULE : state.deadline();
        return calendar.dueAt(openedAt, rules.workingDays(period, priority));
    }

    /**
     * The moment the draft falls due, or null when its state has no deadline. Under review, the review is due when
     * its comments close, as the secretary set it (the rule book's period only proposes it).
     */
    Instant dueAt(long draftId, DraftStatus status, Instant since, Priority priority) {
        if (status == DraftStatus.UNDER_REVIEW) {
            var closes = windows.deadlineOf(draftId);
            if (closes.isPresent()) {
                return closes.get();
            }
        }
        if (status == DraftStatus.CONSULTATIONS) {
            // steps consulted together each have their own deadline: the draft is due when the first of them is
            var open = consultations.earliestDue(draftId);
            if (open.isPresent()) {
                return open.get();
            }
        }
        var state = rules.state(status);
        return state.deadline() == null || state.isFinal() ? null
                : calendar.dueAt(since, rules.workingDays(state.deadline(), priority));
    }
}
