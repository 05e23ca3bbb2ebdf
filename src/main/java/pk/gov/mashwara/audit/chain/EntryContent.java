package pk.gov.mashwara.audit.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every stored field of an audit entry but its place in the chain, exactly as the database keeps it: the time at
 * microsecond precision, texts cut to their column's length. The hash is computed over these values, so that
 * what is read back hashes to what was written.
 */
public record EntryContent(Instant occurredAt, String actor, String action, String targetType, String targetId,
        String outcome, String detail, String remoteAddr) {

    /** An entry to append, brought into the form the database keeps. */
    public static EntryContent of(Instant occurredAt, String actor, String action, String targetType,
            String targetId, String outcome, String detail, String remoteAddr) {
        return new EntryContent(occurredAt.truncatedTo(ChronoUnit.MICROS),
                cut(actor == null || actor.isBlank() ? "(unknown)" : actor, 64), action, cut(targetType, 32),
                cut(targetId, 64), outcome, cut(detail, 1000), cut(remoteAddr, 64));
    }

    /** Cuts to {@code max} characters without splitting a surrogate pair (half a pair would not be stored). */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        var end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
