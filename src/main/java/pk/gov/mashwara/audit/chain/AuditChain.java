package pk.gov.mashwara.audit.chain;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log, the only way entries are written. Each append locks the chain's head row (SELECT ...
 * FOR UPDATE, on MariaDB and H2 alike) in the appending transaction, so concurrent appenders queue and each entry
 * follows the one committed before it; the lock ends with that transaction, and a rolled-back append leaves the
 * head as it was. Entries written before the chain existed are chained first, in id order.
 */
@Component
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joining;
    private final TransactionTemplate ownTransaction;

    public AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.joining = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends an entry at the end of the chain, in the caller's transaction if there is one; returns its id. */
    public long append(EntryContent entry) {
        return Objects.requireNonNull(joining.execute(status -> {
            var head = ChainHead.lock(jdbc);
            while (head.legacyPending()) {
                head = sealBatch(head);
            }
            var seq = head.lastSeq() + 1;
            var hash = EntryHash.of(head.hash(), seq, entry);
            var id = insert(seq, head.hash(), hash, entry);
            head.advance(id, seq, hash).save(jdbc);
            return id;
        }));
    }

    /**
     * Chains the entries written before the chain existed, a batch per transaction, so that the chain is whole
     * before anyone verifies it. An append that comes first does the same under the same lock.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealLegacyEntries() {
        var sealed = 0L;
        while (true) {
            var done = ownTransaction.execute(status -> {
                var head = ChainHead.lock(jdbc);
                if (!head.legacyPending()) {
                    return -1L;
                }
                return sealBatch(head).lastSeq() - head.lastSeq();
            });
            if (done == null || done < 0) {
                break;
            }
            sealed += done;
        }
        if (sealed > 0) {
            log.info("Chained {} audit entries written before the audit chain existed", sealed);
        }
    }

    /** Chains the next batch of entries written before the chain, under the head's lock; returns the new head. */
    private ChainHead sealBatch(ChainHead head) {
        List<StoredEntry> batch = jdbc.query("SELECT " + StoredEntry.COLUMNS
                + " FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id LIMIT " + BATCH, StoredEntry::read,
                head.lastId(), head.legacyUpTo());
        for (var entry : batch) {
            var seq = head.lastSeq() + 1;
            var hash = EntryHash.of(head.hash(), seq, entry.content());
            var updated = jdbc.update(
                    "UPDATE audit_entry SET seq = ?, prev_hash = ?, hash = ? WHERE id = ? AND hash IS NULL", seq,
                    head.hash(), hash, entry.id());
            if (updated != 1) {
                throw new IllegalStateException("Audit entry " + entry.id() + " was already chained");
            }
            head = head.advance(entry.id(), seq, hash);
        }
        if (batch.size() < BATCH) {
            // Every earlier entry is chained (those deleted before the chain existed are simply not there)
            head = head.advance(head.legacyUpTo(), head.lastSeq(), head.hash());
        }
        head.save(jdbc);
        return head;
    }

    private long insert(long seq, String prevHash, String hash, EntryContent entry) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO audit_entry (seq, prev_hash, hash, "
                    + "occurred_at, actor, action, target_type, target_id, outcome, detail, remote_addr) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            statement.setLong(1, seq);
            statement.setString(2, prevHash);
            statement.setString(3, hash);
            statement.setObject(4, StoredEntry.toDatabase(entry.occurredAt()));
            statement.setString(5, entry.actor());
            statement.setString(6, entry.action());
            statement.setString(7, entry.targetType());
            statement.setString(8, entry.targetId());
            statement.setString(9, entry.outcome());
            statement.setString(10, entry.detail());
            statement.setString(11, entry.remoteAddr());
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "the database returned no id for the audit entry").longValue();
    }
}
