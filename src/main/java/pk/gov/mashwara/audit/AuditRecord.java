package pk.gov.mashwara.audit;

import java.time.Instant;

/** One entry of the audit log as readers see it. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String targetType,
        String targetId, AuditOutcome outcome, String detail) {
}
