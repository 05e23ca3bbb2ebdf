package pk.gov.mashwara.routing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftParticularChanged;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.Priority;

/**
 * A draft's priority mark shortens its deadlines (the rule book's {@code priorities}): when the NSMCWG secretary
 * changes the mark during consultations, the consultation steps still waiting are given the deadline of the new
 * mark at once, in the marking's own transaction (both change, or neither). Steps already recorded keep theirs.
 */
@Component
class PriorityDeadlines {

    private final Consultations consultations;
    private final DraftService drafts;

    PriorityDeadlines(Consultations consultations, DraftService drafts) {
        this.consultations = consultations;
        this.drafts = drafts;
    }

    @EventListener
    void on(DraftParticularChanged event) {
        if (!"priority".equals(event.particular()) || event.to() == null) {
            return;
        }
        consultations.reprioritise(drafts.get(event.draftId()), Priority.valueOf(event.to()));
    }
}
