package pk.gov.mashwara.routing;

import java.time.Instant;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;

/**
 * When a draft waiting in a state falls due: the state's deadline from the rules, counted in the office's
 * calendar from when the draft entered it; under review, when comments close; during consultations, the earliest
 * deadline of the open steps. One rule for the draft page, the routing API, My desk, Pendency and the reminders.
 */
@Component
class Deadlines {

    private final RoutingRules rules;
    private final Consultations consultations;
    private final pk.gov.mashwara.review.ReviewWindows windows;

    Deadlines(RoutingRules rules, Consultations consultations, pk.gov.mashwara.review.ReviewWindows windows) {
        this.rules = rules;
        this.consultations = consultations;
        this.windows = windows;
    }

    /** The period of review when the rule book gives {@code UNDER_REVIEW} no deadline. */
    static final java.time.Period REVIEW_WITHOUT_RULE = java.time.Period.ofDays(21);

    /** When the office day ends: a review deadline proposed by the portal falls at this hour (Pakistan time). */
    static final java.time.LocalTime CLOSE_OF_DAY = java.time.LocalTime.of(17, 0);

    /**
     * When comments close on a review opened at {@code openedAt}, unless the secretary says otherwise: the rule
     * book's deadline of {@code UNDER_REVIEW} from then, at the close of that office day. The one place that
     * counts it (the open-review dialog proposes it; opening the review without a deadline sets it).
     */
    Instant reviewDeadlineFrom(Instant openedAt) {
        var state = rules.state(DraftStatus.UNDER_REVIEW);
        var period = state == null || state.deadline() == null ? REVIEW_WITHOUT_RULE : state.deadline();
        return openedAt.atZone(DraftService.OFFICE_ZONE).plus(period).toLocalDate().atTime(CLOSE_OF_DAY)
                .atZone(DraftService.OFFICE_ZONE).toInstant();
    }

    /**
     * The moment the draft falls due, or null when its state has no deadline. Under review, the review is due when
     * its comments close, as the secretary set it (the rule book's period only proposes it).
     */
    Instant dueAt(long draftId, DraftStatus status, Instant since) {
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
                : since.atZone(DraftService.OFFICE_ZONE).plus(state.deadline()).toInstant();
    }
}
