package pk.gov.mashwara.audit;

import java.time.Instant;

/** Narrows the audit log; every field is optional. */
public record AuditQuery(String actor, AuditAction action, String targetType, String targetId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
