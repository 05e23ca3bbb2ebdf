package pk.gov.mashwara.routing;

import java.time.Instant;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;

/**
 * When a draft waiting in a state falls due: the state's deadline from the rules, counted in the office's
 * calendar from when the draft entered it; during consultations, the open step's own deadline. One rule for the
 * draft page, the routing API, My desk, Pendency and the reminders.
 */
@Component
class Deadlines {

    private final RoutingRules rules;
    private final Consultations consultations;

    Deadlines(RoutingRules rules, Consultations consultations) {
        this.rules = rules;
        this.consultations = consultations;
    }

    /** The moment the draft falls due, or null when its state has no deadline. */
    Instant dueAt(long draftId, DraftStatus status, Instant since) {
        if (status == DraftStatus.CONSULTATIONS) {
            var open = consultations.current(draftId);
            if (open.isPresent()) {
                return open.get().getDueAt();
            }
        }
        var state = rules.state(status);
        return state.deadline() == null || state.isFinal() ? null
                : since.atZone(DraftService.OFFICE_ZONE).plus(state.deadline()).toInstant();
    }
}
