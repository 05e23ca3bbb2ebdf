package pk.gov.mashwara.review;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.shared.LiveSignals;

/**
 * A draft's new status opens or closes its review for comments: the open review panels are told (after the change
 * commits, see {@link LiveSignals}). A plain listener, called where the change is made: a signal is a hint, nothing
 * to store and deliver again.
 */
@Component
class ReviewStatusSignals {

    private final LiveSignals signals;

    ReviewStatusSignals(LiveSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(DraftStatusChanged event) {
        signals.signal(LiveSignals.review(event.draftId()));
    }
}
