package pk.gov.mashwara.review.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import pk.gov.mashwara.shared.LiveSignals;

/**
 * Signals a draft's review topic ({@link LiveSignals#review}) whenever one of its threads or its review window is
 * written: every change the review panel shows passes through these rows (a comment, an edit, a resolution, a share,
 * a carry-forward all move the thread's version), so no path that changes them can forget to tell the open pages.
 * Made by Hibernate through Spring, which hands it the signals.
 */
public class ReviewSignals {

    private final LiveSignals signals;

    public ReviewSignals(LiveSignals signals) {
        this.signals = signals;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof ReviewThread thread) {
            signals.signal(LiveSignals.review(thread.getDraftId()));
        } else if (entity instanceof ReviewWindow window && window.getDraftId() != null) {
            signals.signal(LiveSignals.review(window.getDraftId()));
        }
    }
}
