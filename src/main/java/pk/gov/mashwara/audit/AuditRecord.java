package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * One entry of the audit log as readers see it, with its place in the chain ({@code seq}), the hash of the entry
 * before it and its own hash (all null for an entry not chained).
 */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String targetType,
        String targetId, AuditOutcome outcome, String detail, String remoteAddr, Long seq, String prevHash,
        String hash) {
}
