package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.ExtractionAdminService;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ReaderService;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/** Upload to readable text through the real queue, forked extractors and database. */
@SpringBootTest
@Import(Fixtures.class)
class ExtractionIT {

    /** Forking the first extractor (a JVM, Tika's start-up) takes a few seconds on a busy machine. */
    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(90);

    @Autowired
    Fixtures fixtures;

    @Autowired
    DraftService drafts;

    @Autowired
    ReaderService reader;

    @Autowired
    ExtractionAdminService admin;

    @Autowired
    VersionTexts texts;

    @Autowired
    ExtractionJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_uploaded_version_is_extracted_and_readable_by_who_may_see_the_draft() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var title = unique("Platform registration");
        var created = as(drafter, () -> drafts.create(newDraft(title, drafter), "draft.docx", new ByteArrayInputStream(
                TestDocuments.docx(title, "Every platform registers within ninety days.", "ہر پلیٹ فارم نوے دن میں رجسٹر ہوگا۔"))));

        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
        var read = as(drafter, () -> reader.read(created.id(), 1));
        assertThat(read.draftTitle()).isEqualTo(title);
        assertThat(read.summary().status()).isEqualTo(ExtractionStatus.DONE);
        assertThat(read.summary().characters()).isEqualTo(read.text().length());
        assertThat(read.text()).contains("ninety days", "ہر پلیٹ فارم");
        assertThat(texts.text(created.id(), 1)).hasValueSatisfying(t -> assertThat(t).isEqualTo(read.text()));
    }

    @Autowired
    ExtractionScheduler scheduler;

    @Autowired
    ExtractionProperties properties;

    /**
     * A stopped context (as a test framework pauses the contexts it keeps) claims no job: its listeners are paused,
     * so the job's events would wait there while every running portal on the same database never heard of the text.
     * Started again, it takes the job at once.
     */
    @Test
    void a_stopped_scheduler_claims_nothing_and_takes_the_queue_again_when_started() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        scheduler.stop();
        try {
            assertThat(scheduler.isRunning()).isFalse();
            var created = fixtures.draft(drafter, unique("Queued while stopped"));
            // the upload's wake-up and a whole poll go by: still waiting in the queue
            Thread.sleep(properties.pollInterval().plusSeconds(1).toMillis());
            assertThat(texts.status(created.id(), 1)).isEqualTo(ExtractionStatus.PENDING);

            scheduler.start();
            assertThat(scheduler.isRunning()).isTrue();
            await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
        } finally {
            scheduler.start();
        }
    }

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /** The scheduler takes part in the context's pause and restart, as the test framework drives them. */
    @Test
    void pausing_the_context_stops_the_claims_and_restarting_it_resumes_them() {
        context.pause();
        try {
            assertThat(scheduler.isRunning()).isFalse();
        } finally {
            context.restart();
        }
        assertThat(scheduler.isRunning()).isTrue();
    }

    @Test
    void a_hidden_draft_is_not_found_in_the_reader() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Unsubmitted PTA draft"));
        assertThatThrownBy(() -> as(outsider, () -> reader.read(created.id(), 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> reader.statuses(created.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(drafter, () -> reader.read(created.id(), 7))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_protected_pdf_ends_encrypted_and_an_administrator_sees_it_among_the_problems() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var created = as(drafter, () -> drafts.create(newDraft(unique("Protected draft"), drafter), "protected.pdf",
                new ByteArrayInputStream(TestDocuments.encryptedPdf("Sealed words"))));

        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.ENCRYPTED);
        var read = as(drafter, () -> reader.read(created.id(), 1));
        assertThat(read.summary().reason()).isEqualTo(ExtractionReason.PASSWORD_PROTECTED);
        assertThat(read.text()).isEmpty();

        var administrator = fixtures.user(null, Role.ADMIN);
        assertThat(as(administrator, () -> admin.problems())).anySatisfy(p -> {
            assertThat(p.draftId()).isEqualTo(created.id());
            assertThat(p.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
        });
        assertThat(as(administrator, () -> admin.overview()).count(ExtractionStatus.ENCRYPTED)).isPositive();
        assertThatThrownBy(() -> as(drafter, () -> admin.problems())).isInstanceOf(AccessDeniedException.class);

        as(administrator, () -> admin.retry(created.id(), 1));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.ENCRYPTED);
        assertThat(jdbc.queryForObject("select attempts from extraction_job where draft_id = ? and version_number = 1",
                Integer.class, created.id())).isEqualTo(2);
    }

    @Test
    void a_job_left_extracting_by_a_stopped_portal_runs_again() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Interrupted extraction"));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1).isFinal());
        // As a crash would leave it: claimed long ago, its lease run out, never finished, its text gone
        jdbc.update("delete from extracted_text where job_id = (select id from extraction_job where draft_id = ?)",
                created.id());
        jdbc.update("update extraction_job set status = 'EXTRACTING', claimed_at = ?, finished_at = null"
                + " where draft_id = ?", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), created.id());
        assertThat(texts.status(created.id(), 1)).isEqualTo(ExtractionStatus.EXTRACTING);

        assertThat(jobs.requeueExpired()).isGreaterThanOrEqualTo(1);
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
        assertThat(texts.text(created.id(), 1)).hasValueSatisfying(t -> assertThat(t).contains("Unique text"));
    }

    @Test
    void versions_without_a_job_are_queued_at_start() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Older than extraction"));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1).isFinal());
        jdbc.update("delete from extracted_text where job_id = (select id from extraction_job where draft_id = ?)",
                created.id());
        jdbc.update("delete from extraction_job where draft_id = ?", created.id());

        assertThat(jobs.enqueueMissing(catalog)).isGreaterThanOrEqualTo(1);
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
    }

    @Autowired
    pk.gov.mashwara.draft.DraftCatalog catalog;

    private static NewDraft newDraft(String title, MashwaraUser drafter) {
        return new NewDraft(title, drafter.committeeId(), DraftKind.POLICY, "Rules of Business 1973", false,
                Classification.UNCLASSIFIED);
    }
}
