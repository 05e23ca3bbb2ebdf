package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * An act on something other than a draft (a data request, …), published by the module where it happened, written to
 * the audit log after its transaction commits. The publishing module depends on the audit module, never the other way.
 *
 * @param targetType what the act was on, e.g. {@code DATA_REQUEST}
 * @param detail     what it recorded, in English; cut to the column's length
 */
public record RecordedAct(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
        String detail) {
}
