package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * One entry of the audit log as readers see it, with its place in the chain ({@code seq}), the hash of the entry
 * before it and its own hash (all null for an entry not chained).
 */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String targetType,
        String targetId, AuditOutcome outcome, String detail, String remoteAddr, Long seq, String prevHash,
        String hash) {

    /**
     * "Draft 5", "User pta.drafter": the kind of target in the reader's words ({@code words} gives the text of a
     * message key, or the key itself when it has none), a no-break space, and the id in a first-strong isolate so that
     * it keeps its own direction in a right-to-left line; empty when the entry has no target.
     */
    public String target(java.util.function.UnaryOperator<String> words) {
        if (targetType == null) {
            return "";
        }
        var key = "audit.targetType." + targetType;
        var kind = words.apply(key);
        var id = targetId == null || targetId.isEmpty() ? "" : "\u2068" + targetId + "\u2069";
        return (kind == null || kind.equals(key) ? targetType : kind) + "\u00a0" + id;
    }
}
