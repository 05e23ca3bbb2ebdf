package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.engagement.DocumentDirection;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FileTexts;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/**
 * A database from before attached files were extracted: a document whose file has no extraction job is queued by
 * the catch-up at start, once, and gets its text; a second catch-up queues it no more.
 */
@WebIntegrationTest
class FileTextCatchUpIT {

    static final Duration WITHIN = Duration.ofMinutes(2);

    @Autowired
    Fixtures fixtures;
    @Autowired
    EngagementService engagements;
    @Autowired
    FileTexts fileTexts;
    @Autowired
    FileTextCatchUp catchUp;
    @Autowired
    JdbcTemplate jdbc;

    ExtractionStatus status(String sha) {
        return fileTexts.texts(List.of(sha), 1000).get(sha).status();
    }

    @Test
    void a_file_attached_without_a_job_is_queued_at_start_and_gets_its_text() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var word = "fc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var docx = TestDocuments.docx("Note", "The platform undertook to publish " + word + " quarterly.");
        var logged = Fixtures.as(member, () -> engagements.log(new NewEngagement("Meta", EngagementKind.CALL,
                LocalDate.now().minusDays(1), Fixtures.unique("Transparency report"), null, "NSMCWG focal person",
                "Public policy manager", "Transparency.", null, null, "7", null, List.of("MOIT"))));
        var document = Fixtures.as(member, () -> engagements.addDocument(logged.id(), DocumentDirection.RECEIVED,
                "note.docx", new ByteArrayInputStream(docx)));
        var sha = document.sha256();
        await().atMost(WITHIN).until(() -> status(sha).isFinal());

        // as before this feature: the file is kept, but nothing was ever extracted from it
        jdbc.update("delete from extracted_text where job_id in (select id from extraction_job where file_sha256 = ?)",
                sha);
        assertThat(jdbc.update("delete from extraction_job where file_sha256 = ?", sha)).isEqualTo(1);
        assertThat(status(sha)).isEqualTo(ExtractionStatus.PENDING);

        assertThat(catchUp.catchUp()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from extraction_job where file_sha256 = ?", Integer.class, sha))
                .isEqualTo(1);
        await().atMost(WITHIN).until(() -> status(sha).isFinal());
        var text = fileTexts.texts(List.of(sha), 1000).get(sha);
        assertThat(text.status()).isEqualTo(ExtractionStatus.DONE);
        assertThat(text.text()).contains(word);

        // queued once: a second catch-up leaves it alone
        catchUp.catchUp();
        assertThat(jdbc.queryForObject("select count(*) from extraction_job where file_sha256 = ?", Integer.class, sha))
                .isEqualTo(1);
    }
}
