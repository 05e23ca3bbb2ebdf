package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * Narrows the audit log; every field is optional. {@code targetId} alone matches a target of any type (a draft's
 * number, a user name); {@code from} is inclusive, {@code to} exclusive; {@code firstId} and {@code lastId} bound
 * the entries' ids, both inclusive.
 */
public record AuditQuery(String actor, AuditAction action, String targetType, String targetId, Instant from,
        Instant to, Long firstId, Long lastId) {

    public AuditQuery(String actor, AuditAction action, String targetType, String targetId, Instant from, Instant to) {
        this(actor, action, targetType, targetId, from, to, null, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The entries with ids from {@code firstId} to {@code lastId}, e.g. around a break in the chain. */
    public static AuditQuery entries(long firstId, long lastId) {
        return new AuditQuery(null, null, null, null, null, null, firstId, lastId);
    }
}
