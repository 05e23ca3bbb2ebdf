package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * A verification of the audit chain as the log recorded it: when, by whom, whether the chain was intact, and the
 * log's detail (the entries counted and the last hash, or the first entry that broke it and how).
 */
public record RecordedVerification(long entryId, Instant checkedAt, String actor, boolean intact, String detail) {

    static RecordedVerification of(AuditRecord entry) {
        return new RecordedVerification(entry.id(), entry.occurredAt(), entry.actor(),
                entry.outcome() == AuditOutcome.SUCCESS, entry.detail());
    }
}
