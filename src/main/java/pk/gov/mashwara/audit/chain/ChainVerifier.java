package pk.gov.mashwara.audit.chain;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.audit.ChainProblem;
import pk.gov.mashwara.audit.ChainVerification;

/**
 * Walks the audit chain in id order, a batch at a time (memory stays bounded however long the log), up to the
 * head as it was when the walk began: entries appended meanwhile are left for the next walk.
 */
@Component
public class ChainVerifier {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ChainVerifier(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ChainVerification verify() {
        var now = clock.instant();
        var head = ChainHead.read(jdbc);
        var expectedPrev = EntryHash.GENESIS;
        Long previousId = null;
        long checked = 0;
        long after = 0;
        while (true) {
            var batch = jdbc.query("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry WHERE id > ? AND id <= ? "
                    + "ORDER BY id LIMIT " + AuditChain.BATCH, StoredEntry::read, after, head.lastId());
            for (var entry : batch) {
                var problem = check(entry, expectedPrev);
                if (problem != null) {
                    return ChainVerification.broken(checked, entry.id(), previousId, problem, now);
                }
                expectedPrev = entry.hash();
                previousId = entry.id();
                checked++;
            }
            if (batch.size() < AuditChain.BATCH) {
                break;
            }
            after = batch.getLast().id();
        }
        if (!expectedPrev.equals(head.hash()) || checked != head.lastSeq()) {
            return ChainVerification.broken(checked, head.lastId(), previousId, ChainProblem.TRUNCATED, now);
        }
        // A row written into the table directly, after the last chained entry
        var stray = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE id > ? AND hash IS NULL", Long.class,
                Math.max(head.lastId(), head.legacyUpTo()));
        if (stray != null) {
            return ChainVerification.broken(checked, stray, previousId, ChainProblem.UNCHAINED, now);
        }
        return ChainVerification.intact(checked, head.hash(), now);
    }

    private static ChainProblem check(StoredEntry entry, String expectedPrev) {
        if (entry.seq() == null || entry.hash() == null || entry.prevHash() == null) {
            return ChainProblem.UNCHAINED;
        }
        if (!entry.prevHash().equals(expectedPrev)) {
            return ChainProblem.REMOVED_OR_INSERTED;
        }
        if (!EntryHash.of(expectedPrev, entry.seq(), entry.content()).equals(entry.hash())) {
            return ChainProblem.EDITED;
        }
        return null;
    }
}
