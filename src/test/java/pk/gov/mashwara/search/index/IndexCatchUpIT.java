package pk.gov.mashwara.search.index;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * A portal that does not extract (as when another portal sharing the database claimed the job) still finds the
 * version's text once the extraction has ended in the database: it never hears that portal's event.
 */
@SpringBootTest(properties = { "mashwara.extraction.enabled=false", "mashwara.index.catch-up=PT0.5S" })
@Import(Fixtures.class)
class IndexCatchUpIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_version_extracted_by_another_portal_becomes_searchable_here() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        var word = word();
        var text = "The licensing of platforms under the " + word + " scheme.";
        var created = fixtures.textDraft(drafter, Fixtures.unique("Extracted elsewhere"), text);
        // (on a database other test portals share, one of them may already have extracted it: no "not yet" here)
        endElsewhere(created.id(), text, Instant.now());

        // (when a real extractor had claimed the job first, the shared test queue may be minutes behind)
        await().atMost(Duration.ofMinutes(2)).until(() -> found(drafter, word) == 1);
    }

    @Test
    void a_portal_whose_clock_runs_ahead_does_not_hide_what_the_others_extract_afterwards() throws Exception {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        // A portal ten days ahead ends one version's extraction: its end is stamped in the future
        var ahead = word();
        var aheadText = "Stamped by a clock ten days ahead: " + ahead + ".";
        var first = fixtures.textDraft(drafter, Fixtures.unique("Ahead of time"), aheadText);
        var jobId = endElsewhere(first.id(), aheadText, Instant.now().plus(Duration.ofDays(10)));
        await().atMost(Duration.ofMinutes(2)).until(() -> "DONE".equals(
                jdbc.queryForObject("SELECT status FROM extraction_job WHERE id = ?", String.class, jobId)));
        jdbc.update("UPDATE extraction_job SET finished_at = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(10))), utc());
            ps.setLong(2, jobId);
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> found(drafter, ahead) == 1);
        Thread.sleep(1500); // three looks at the queue after seeing the stamp from the future

        // A portal on time ends the next one: still found here
        var onTime = word();
        var onTimeText = "Stamped on time: " + onTime + ".";
        var second = fixtures.textDraft(drafter, Fixtures.unique("On time"), onTimeText);
        endElsewhere(second.id(), onTimeText, Instant.now());
        await().atMost(Duration.ofMinutes(2)).until(() -> found(drafter, onTime) == 1);
    }

    /**
     * Writes what another portal's extractor writes when it ends the version's job (the text, then the job's end;
     * no event here), unless a portal sharing this database claimed the job first. Returns the job's id.
     */
    private long endElsewhere(long draftId, String text, Instant finishedAt) {
        // the job is queued by a listener after the upload commits: wait for it
        var jobId = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "SELECT id FROM extraction_job WHERE draft_id = ? AND version_number = 1", Long.class, draftId)
                .stream().findFirst().orElse(null), java.util.Objects::nonNull);
        var updated = jdbc.update("UPDATE extraction_job SET status = 'DONE', characters = ?, finished_at = ?, "
                + "lease_owner = NULL, lease_until = NULL, attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'",
                ps -> {
                    ps.setLong(1, text.length());
                    // in UTC, as the portal writes its times
                    ps.setTimestamp(2, java.sql.Timestamp.from(finishedAt), utc());
                    ps.setLong(3, jobId);
                });
        if (updated == 1) {
            jdbc.update("INSERT INTO extracted_text (job_id, compressed, content) VALUES (?, FALSE, ?)", jobId,
                    text.getBytes(StandardCharsets.UTF_8));
        }
        // (else a portal sharing this database extracted it for real: the same case, reached another way)
        return jobId;
    }

    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    private static String word() {
        return "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private long found(pk.gov.mashwara.security.MashwaraUser user, String word) {
        return Fixtures.as(user, () -> search.search(SearchQuery.of(word))).total();
    }
}
