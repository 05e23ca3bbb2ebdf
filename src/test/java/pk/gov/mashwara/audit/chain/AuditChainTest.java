package pk.gov.mashwara.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import pk.gov.mashwara.audit.ChainProblem;

/**
 * The chain on a database of its own (H2 in MariaDB mode, migrated by the real migrations), where nothing else
 * writes: entries written before the chain existed get chained, concurrent appends stay a chain, and every kind of
 * tampering is found at the right entry. {@code AuditChainIT} repeats the essentials on the configured database.
 */
class AuditChainTest {

    private JdbcTemplate jdbc;
    private AuditChain chain;
    private ChainVerifier verifier;
    private String url;

    @BeforeEach
    void setUp() {
        url = "jdbc:h2:mem:chain-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        chain = new AuditChain(jdbc, new DataSourceTransactionManager(dataSource));
        verifier = new ChainVerifier(jdbc, Clock.systemUTC());
    }

    @Test
    void entries_written_before_the_chain_existed_are_chained_in_id_order_and_the_chain_goes_on_from_them() {
        migrate("5");
        legacyEntry("2026-01-05 09:00:00.123456", "moit.drafter", "DRAFT_CREATED", "committee 1: قواعد", null);
        legacyEntry("2026-01-05 09:00:01", "moit.drafter", "VERSION_UPLOADED", "version 1", "10.0.0.1");
        jdbc.update("DELETE FROM audit_entry WHERE actor = 'moit.drafter' AND action = 'VERSION_UPLOADED'");
        legacyEntry("2026-01-05 09:05:00", "auditor", "LOGIN", null, "10.0.0.2");
        migrate("latest");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE hash IS NULL", Integer.class)).isEqualTo(2);
        chain.sealLegacyEntries();

        var rows = jdbc.queryForList("SELECT id, seq, prev_hash, hash FROM audit_entry ORDER BY id");
        assertThat(rows).extracting(r -> r.get("seq")).containsExactly(1L, 2L);
        assertThat(rows.get(0).get("prev_hash")).isEqualTo(EntryHash.GENESIS);
        assertThat(rows.get(1).get("prev_hash")).isEqualTo(rows.get(0).get("hash"));
        var sealed = verifier.verify();
        assertThat(sealed.intact()).isTrue();
        assertThat(sealed.entries()).isEqualTo(2);
        assertThat(sealed.headHash()).isEqualTo(rows.get(1).get("hash"));

        chain.sealLegacyEntries();
        var id = append("after the chain");
        var after = verifier.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.entries()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT seq FROM audit_entry WHERE id = ?", Long.class, id)).isEqualTo(3);
    }

    @Test
    void an_append_before_the_start_up_sealing_chains_the_earlier_entries_first() {
        migrate("5");
        legacyEntry("2026-01-05 09:00:00", "moit.drafter", "DRAFT_CREATED", "committee 1", null);
        migrate("latest");

        var id = append("first new entry");

        assertThat(jdbc.queryForObject("SELECT seq FROM audit_entry WHERE id = ?", Long.class, id)).isEqualTo(2);
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify().entries()).isEqualTo(2);
    }

    @Test
    void concurrent_appenders_make_one_chain_and_verification_walks_it_in_batches() throws Exception {
        migrate("latest");
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<Long>>();
        for (int i = 0; i < 8 * 80; i++) {
            var n = i;
            tasks.add(() -> append("concurrent " + n));
        }
        for (var future : pool.invokeAll(tasks)) {
            future.get();
        }
        pool.shutdown();

        var result = verifier.verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.entries()).isEqualTo(640).isGreaterThan(AuditChain.BATCH);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT seq) FROM audit_entry", Integer.class)).isEqualTo(640);
    }

    @Test
    void an_edited_entry_is_named() {
        migrate("latest");
        append("one");
        var edited = append("two");
        append("three");

        jdbc.update("UPDATE audit_entry SET detail = 'nothing happened' WHERE id = ?", edited);

        var result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(edited);
        assertThat(result.problem()).isEqualTo(ChainProblem.EDITED);
        assertThat(result.entries()).isEqualTo(1);
    }

    @Test
    void an_edited_time_is_found_even_when_only_microseconds_change() {
        migrate("latest");
        var edited = append("one");

        jdbc.update("UPDATE audit_entry SET occurred_at = DATEADD(MICROSECOND, 1, occurred_at) WHERE id = ?", edited);

        assertThat(verifier.verify().problem()).isEqualTo(ChainProblem.EDITED);
    }

    @Test
    void a_removed_entry_is_found_at_the_entry_after_it() {
        migrate("latest");
        var first = append("one");
        var removed = append("two");
        var next = append("three");

        jdbc.update("DELETE FROM audit_entry WHERE id = ?", removed);

        var result = verifier.verify();
        assertThat(result.brokenEntryId()).isEqualTo(next);
        assertThat(result.previousEntryId()).isEqualTo(first);
        assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
    }

    @Test
    void removing_the_first_entry_or_the_last_is_found() {
        migrate("latest");
        var first = append("one");
        var second = append("two");
        var last = append("three");

        jdbc.update("DELETE FROM audit_entry WHERE id = ?", last);
        var truncated = verifier.verify();
        assertThat(truncated.problem()).isEqualTo(ChainProblem.TRUNCATED);
        assertThat(truncated.brokenEntryId()).isEqualTo(last);
        assertThat(truncated.previousEntryId()).isEqualTo(second);

        jdbc.update("DELETE FROM audit_entry WHERE id = ?", first);
        var headless = verifier.verify();
        assertThat(headless.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
        assertThat(headless.brokenEntryId()).isEqualTo(second);
        assertThat(headless.previousEntryId()).isNull();
    }

    @Test
    void two_swapped_entries_are_found() {
        migrate("latest");
        var first = append("one");
        var a = append("two");
        var b = append("three");

        jdbc.update("UPDATE audit_entry SET id = -1 WHERE id = ?", a);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", a, b);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = -1", b);

        var result = verifier.verify();
        assertThat(result.brokenEntryId()).isEqualTo(a);
        assertThat(result.previousEntryId()).isEqualTo(first);
        assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
    }

    @Test
    void an_inserted_entry_with_a_correctly_computed_hash_is_found_at_the_entry_after_it() {
        migrate("latest");
        var first = append("one");
        var gap = first + 10;
        jdbc.update("ALTER TABLE audit_entry ALTER COLUMN id RESTART WITH " + (gap + 1));
        var next = append("two");
        // Forged as well as one can without rewriting every later entry: it follows "one" correctly
        var prev = jdbc.queryForObject("SELECT hash FROM audit_entry WHERE id = ?", String.class, first);
        var forged = new EntryContent(Instant.parse("2026-01-05T09:00:00Z"), "nobody", "LOGIN", "USER", "nobody",
                "SUCCESS", null, null);
        jdbc.update("UPDATE audit_entry SET seq = 3 WHERE id = ?", next); // even the places look right
        jdbc.update("INSERT INTO audit_entry (id, seq, prev_hash, hash, occurred_at, actor, action, target_type, "
                + "target_id, outcome) VALUES (?, 2, ?, ?, TIMESTAMP '2026-01-05 09:00:00', 'nobody', 'LOGIN', 'USER', "
                + "'nobody', 'SUCCESS')", gap, prev, EntryHash.of(prev, 2, forged));

        var result = verifier.verify();
        assertThat(result.brokenEntryId()).isEqualTo(next);
        assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
        assertThat(result.previousEntryId()).isEqualTo(gap);
    }

    @Test
    void a_row_written_into_the_table_directly_is_not_part_of_the_chain() {
        migrate("latest");
        append("one");
        var direct = jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, outcome) "
                + "VALUES (TIMESTAMP '2026-01-05 09:00:00', 'nobody', 'LOGIN', 'SUCCESS')");
        assertThat(direct).isEqualTo(1);
        var id = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);

        var result = verifier.verify();
        assertThat(result.problem()).isEqualTo(ChainProblem.UNCHAINED);
        assertThat(result.brokenEntryId()).isEqualTo(id);

        append("two");
        assertThat(verifier.verify().brokenEntryId()).isEqualTo(id);
    }

    @Test
    void an_empty_chain_is_intact() {
        migrate("latest");
        chain.sealLegacyEntries();

        var result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isZero();
        assertThat(result.headHash()).isEqualTo(EntryHash.GENESIS);
    }

    private long append(String detail) {
        return chain.append(EntryContent.of(Instant.now(), "tester", "LOGIN", "USER", "tester", "SUCCESS", detail,
                "127.0.0.1"));
    }

    private void legacyEntry(String at, String actor, String action, String detail, String remote) {
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, target_type, target_id, outcome, detail, "
                + "remote_addr) VALUES (TIMESTAMP '" + at + "', ?, ?, 'DRAFT', '1', 'SUCCESS', ?, ?)", actor, action,
                detail, remote);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(target).load()
                .migrate();
    }
}
