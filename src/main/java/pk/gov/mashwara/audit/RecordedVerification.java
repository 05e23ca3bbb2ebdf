package pk.gov.mashwara.audit;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A verification of the audit chain as the log recorded it: when, by whom, whether the chain was intact, and the
 * log's detail (the entries counted and the last hash, or the first entry that broke it and how), with the figures
 * read back from it.
 *
 * @param entries       the entries found in order; null when the detail does not say
 * @param headHash      the hash of the last entry of an intact chain, else null
 * @param brokenEntryId the first entry that breaks a broken chain, else null
 */
public record RecordedVerification(long entryId, Instant checkedAt, String actor, boolean intact, String detail,
        Long entries, String headHash, Long brokenEntryId) {

    private static final Pattern INTACT = Pattern.compile("^intact: (\\d+) entries, last hash (\\w+)$");
    private static final Pattern BROKEN = Pattern.compile("^broken at entry (\\d+) .*; (\\d+) entries in order before it$");

    static RecordedVerification of(AuditRecord entry) {
        boolean intact = entry.outcome() == AuditOutcome.SUCCESS;
        var detail = entry.detail() == null ? "" : entry.detail();
        Long entries = null;
        String head = null;
        Long broken = null;
        var ok = INTACT.matcher(detail);
        var bad = BROKEN.matcher(detail);
        if (intact && ok.matches()) {
            entries = Long.valueOf(ok.group(1));
            head = ok.group(2);
        } else if (!intact && bad.matches()) {
            broken = Long.valueOf(bad.group(1));
            entries = Long.valueOf(bad.group(2));
        }
        return new RecordedVerification(entry.id(), entry.occurredAt(), entry.actor(), intact, entry.detail(), entries,
                head, broken);
    }
}
