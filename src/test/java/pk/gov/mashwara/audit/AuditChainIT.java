package pk.gov.mashwara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The audit chain on the configured database (H2 or MariaDB), with the whole portal writing to it. Each test that
 * tampers with a row puts it back, so that the chain stays whole for the tests after it.
 */
@WebIntegrationTest
class AuditChainIT {

    private static final Duration WRITTEN_WITHIN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions threads;
    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewWindows windows;
    @Autowired
    Fixtures fixtures;

    private MashwaraUser auditor;
    private ApiClient http;

    @BeforeEach
    void setUp() {
        auditor = fixtures.user(null, Role.AUDITOR);
        http = new ApiClient(port);
    }

    @Test
    void the_chain_stays_whole_under_concurrent_writers() throws Exception {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, Fixtures.unique("Concurrently audited"));
        var before = verify().entries();
        var pool = Executors.newFixedThreadPool(6);
        var work = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 60; i++) {
            var n = i;
            work.add(switch (n % 3) {
                // a download: its entry is written after commit, by the event's listener
                case 0 -> () -> {
                    try (var in = as(officer, () -> drafts.download(draft.id(), 1)).open()) {
                        return in.readAllBytes().length;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                // a failed sign-in: written at once, in its own transaction
                case 1 -> () -> http.get("/api/drafts", new ApiClient.Credentials(Fixtures.unique("nobody"), "x")).status();
                // an append straight to the chain, as the recorder does
                default -> () -> chain.append(EntryContent.of(Instant.now(), "load-" + n, "LOGIN", "USER", "load-" + n,
                        "SUCCESS", "concurrent append " + n, null));
            });
        }
        for (var future : pool.invokeAll(work)) {
            future.get();
        }
        pool.shutdown();

        await().atMost(WRITTEN_WITHIN).until(() -> count(new AuditQuery(officer.getUsername(),
                AuditAction.VERSION_DOWNLOADED, null, null, null, null)) == 20);
        var result = verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(before + 60);
        var last = jdbc.queryForMap("SELECT id, hash FROM audit_entry WHERE id = (SELECT last_id FROM audit_chain_head)");
        assertThat(result.headHash()).isEqualTo(last.get("hash"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT seq) FROM audit_entry", Long.class)).isZero();
    }

    @Test
    void an_edited_row_is_named_as_the_broken_entry() {
        var id = append("the original detail");
        assertThat(verify().intact()).isTrue();
        try {
            jdbc.update("UPDATE audit_entry SET detail = ? WHERE id = ?", "a quieter detail", id);

            var result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenEntryId()).isEqualTo(id);
            assertThat(result.problem()).isEqualTo(ChainProblem.EDITED);
            assertThat(result.previousEntryId()).isNotNull().isLessThan(id);
        } finally {
            jdbc.update("UPDATE audit_entry SET detail = ? WHERE id = ?", "the original detail", id);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_deleted_row_is_found_at_the_entry_after_it() {
        var before = append("before");
        var removed = append("removed");
        var after = append("after");
        var row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", removed);
        try {
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", removed);

            var result = verify();
            assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
            assertThat(result.brokenEntryId()).isEqualTo(after);
            assertThat(result.previousEntryId()).isEqualTo(before);
        } finally {
            restore(row);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void two_swapped_rows_are_found() {
        var first = append("first");
        var a = append("second");
        var b = append("third");
        try {
            swap(a, b);

            var result = verify();
            assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
            assertThat(result.brokenEntryId()).isEqualTo(a);
            assertThat(result.previousEntryId()).isEqualTo(first);
        } finally {
            swap(a, b);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void an_inserted_row_is_found_even_with_a_well_computed_hash() {
        // An append that rolls back leaves its id unused: a gap to insert into
        var gap = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return append("rolled back");
        });
        var next = append("after the gap");
        var prevHash = jdbc.queryForObject(
                "SELECT hash FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry WHERE id < ?)", String.class, gap);
        var forged = EntryContent.of(Instant.parse("2026-01-05T09:00:00Z"), "nobody", "LOGIN", "USER", "nobody",
                "SUCCESS", "forged", null);
        var seq = 1_000_000_000L + gap;
        try {
            jdbc.update("INSERT INTO audit_entry (id, seq, prev_hash, hash, occurred_at, actor, action, target_type, "
                    + "target_id, outcome, detail) VALUES (?, ?, ?, ?, ?, 'nobody', 'LOGIN', 'USER', 'nobody', 'SUCCESS', "
                    + "'forged')", gap, seq, prevHash, pk.gov.mashwara.audit.chain.EntryHash.of(prevHash, seq, forged),
                    java.time.LocalDateTime.of(2026, 1, 5, 9, 0));

            var result = verify();
            assertThat(result.problem()).isEqualTo(ChainProblem.REMOVED_OR_INSERTED);
            assertThat(result.previousEntryId()).isEqualTo(gap);
            assertThat(result.brokenEntryId()).isGreaterThan(gap).isLessThanOrEqualTo(next);
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", gap);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_row_from_before_the_chain_gets_chained() {
        // As the migration leaves a row written before it: no hash, and marked as to be chained
        var id = new TransactionTemplate(transactions).execute(status -> {
            jdbc.queryForMap("SELECT * FROM audit_chain_head WHERE id = 1 FOR UPDATE");
            jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, target_type, target_id, outcome, detail) "
                    + "VALUES (?, 'old.user', 'LOGIN', 'USER', 'old.user', 'SUCCESS', 'written before the chain')",
                    java.time.LocalDateTime.of(2026, 1, 5, 9, 0, 0, 123_456_000));
            var written = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
            jdbc.update("UPDATE audit_chain_head SET legacy_up_to = ? WHERE id = 1", written);
            return written;
        });

        chain.sealLegacyEntries();

        var row = jdbc.queryForMap("SELECT seq, prev_hash, hash FROM audit_entry WHERE id = ?", id);
        assertThat(row.get("hash")).isNotNull();
        var result = verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        var later = append("after the old row");
        assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_entry WHERE id = ?", String.class, later))
                .isNotNull();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void only_auditors_and_administrators_may_verify_in_the_service_and_the_api() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var admin = fixtures.user(null, Role.ADMIN);

        assertThatThrownBy(() -> as(drafter, () -> auditLog.verify())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.focalPerson(), () -> auditLog.verify()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> auditLog.verify()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(as(admin, () -> auditLog.verify()).intact()).isTrue();

        var ok = http.get("/api/audit/verify", ApiClient.as(auditor.getUsername()));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.<String>json("$.status")).isEqualTo("INTACT");
        assertThat(ok.<String>json("$.headHash")).matches("[0-9a-f]{64}");
        assertThat(ok.<Number>json("$.entries").longValue()).isPositive();
        assertThat(http.get("/api/audit/verify", ApiClient.as(admin.getUsername())).status()).isEqualTo(200);
        var refused = http.get("/api/audit/verify", ApiClient.as(drafter.getUsername()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>json("$.error")).isEqualTo("forbidden");
        var anonymous = http.get("/api/audit/verify", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.<String>json("$.error")).isEqualTo("unauthorized");
    }

    @Test
    void the_api_names_the_broken_entry() {
        var id = append("to be edited");
        try {
            jdbc.update("UPDATE audit_entry SET actor = 'someone.else' WHERE id = ?", id);
            var broken = http.get("/api/audit/verify", ApiClient.as(auditor.getUsername()));
            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.<String>json("$.status")).isEqualTo("BROKEN");
            assertThat(broken.<Number>json("$.brokenEntryId").longValue()).isEqualTo(id);
            assertThat(broken.<String>json("$.problem")).isEqualTo("EDITED");
            assertThat(broken.<String>json("$.message")).contains("Entry " + id, "changed");
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = 'tester' WHERE id = ?", id);
        }
    }

    @Test
    void sharing_an_internal_note_and_carrying_threads_forward_are_audited() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var text = "Section 1. Platforms shall register with the Authority.\n\nSection 2. Complaints are decided in seven days.";
        var draft = fixtures.textDraft(drafter, Fixtures.unique("Audited review"), text);
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draft.id(), 1).isFinal());
        var extracted = texts.text(draft.id(), 1).orElseThrow();
        var exact = "Complaints are decided in seven days.";
        var start = extracted.indexOf(exact);
        var note = as(drafter, () -> threads.start(new NewThread(draft.id(), 1,
                new Selection(start, start + exact.length(), exact, null, null, null), "Check with Law first.", true)));
        as(officer, () -> threads.share(note.id()));
        fixtures.textVersion(drafter, draft.id(), text + "\n\nSection 3. Directions after a hearing.");

        var target = Long.toString(draft.id());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                as(auditor, () -> auditLog.find(new AuditQuery(null, null, "DRAFT", target, null, null), 0, 100)))
                .extracting(AuditRecord::action)
                .contains(AuditAction.THREAD_STARTED, AuditAction.THREAD_SHARED, AuditAction.THREADS_CARRIED_FORWARD));
        var shared = as(auditor, () -> auditLog.find(new AuditQuery(officer.getUsername(), AuditAction.THREAD_SHARED,
                null, target, null, null), 0, 10));
        assertThat(shared).singleElement().satisfies(e -> {
            assertThat(e.detail()).contains("thread " + note.id());
            assertThat(e.hash()).matches("[0-9a-f]{64}");
        });
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void setting_and_moving_a_review_deadline_are_audited() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var draft = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Deadline audited"));
        var first = Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var moved = first.plus(Duration.ofDays(3));
        as(secretary, () -> windows.setDeadline(draft.id(), first));
        as(secretary, () -> windows.setDeadline(draft.id(), moved));

        var query = new AuditQuery(secretary.getUsername(), AuditAction.REVIEW_DEADLINE_SET, "DRAFT",
                Long.toString(draft.id()), null, null);
        await().atMost(WRITTEN_WITHIN).until(() -> count(query) == 2);
        assertThat(as(auditor, () -> auditLog.find(query, 0, 10))).extracting(AuditRecord::detail)
                .containsExactly("review deadline " + moved + ", was " + first, "review deadline " + first);
    }

    private long append(String detail) {
        return chain.append(EntryContent.of(Instant.now(), "tester", "LOGIN", "USER", "tester", "SUCCESS", detail,
                "127.0.0.1"));
    }

    private ChainVerification verify() {
        return as(auditor, () -> auditLog.verify());
    }

    private long count(AuditQuery query) {
        return as(auditor, () -> auditLog.count(query));
    }

    private void swap(long a, long b) {
        jdbc.update("UPDATE audit_entry SET id = -1 WHERE id = ?", a);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", a, b);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = -1", b);
    }

    private void restore(Map<String, Object> row) {
        var columns = String.join(", ", row.keySet());
        var marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
        jdbc.update("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }
}
