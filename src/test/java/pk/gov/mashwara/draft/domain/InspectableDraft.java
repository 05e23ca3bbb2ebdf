package pk.gov.mashwara.draft.domain;

import java.time.Instant;
import java.util.List;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;

/**
 * A draft whose registered domain events a test can read. {@code domainEvents()} is protected in
 * {@link org.springframework.data.domain.AbstractAggregateRoot}; a subclass is the plain way to reach it.
 */
public class InspectableDraft extends Draft {

    public InspectableDraft(String title, long committeeId, DraftKind kind, String legalBasis,
            boolean financialImplications, Classification classification, String createdBy, Instant now) {
        super(title, committeeId, kind, legalBasis, financialImplications, classification, createdBy, now);
    }

    /** The events registered so far and not yet published, oldest first. */
    public List<Object> events() {
        return List.copyOf(domainEvents());
    }

    /** Forgets the events so far, as publishing them after a save does. */
    public InspectableDraft eventsPublished() {
        clearDomainEvents();
        return this;
    }
}
