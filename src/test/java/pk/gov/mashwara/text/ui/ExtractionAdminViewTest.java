package pk.gov.mashwara.text.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.ExtractionProblem;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.VersionTexts;

class ExtractionAdminViewTest extends UiTest {

    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(90);

    @Autowired
    VersionTexts texts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;

    @Test
    void an_administrator_sees_a_failed_version_and_retries_it() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Failed once"));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1).isFinal());
        // As an extractor crash would leave it
        jdbc.update("update extraction_job set status = 'FAILED', reason = 'EXTRACTOR_CRASHED', detail = 'extractor stopped'"
                + " where draft_id = ?", created.id());

        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(ExtractionAdminView.class);
        var grid = test(view.problems);
        var row = -1;
        for (var i = 0; i < grid.size(); i++) {
            if (((ExtractionProblem) grid.getRow(i)).draftId() == created.id()) {
                row = i;
            }
        }
        assertThat(row).as("the failed version is listed").isNotNegative();
        assertThat(view.problems.getDataProvider().isInMemory()).as("no list held by the view").isFalse();
        var problemCount = pk.gov.mashwara.support.Fixtures.as(fixtures.user(null, Role.ADMIN), () -> extraction.problemCount());
        assertThat((long) grid.size()).isEqualTo(problemCount);
        assertThat(((ExtractionProblem) grid.getRow(row)).status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(view.retryAll.isEnabled()).isTrue();
        assertThat(view.counts.getChildren().count()).isEqualTo(ExtractionStatus.values().length);

        var retry = (Button) grid.getCellComponent(row, 7);
        assertThat(retry.getId()).hasValue("retry-" + created.id() + "-1");
        test(retry).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("again");
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
    }

    @Autowired
    pk.gov.mashwara.text.FileTexts fileTexts;

    @Test
    void an_administrator_sees_an_attached_file_that_gave_no_text_and_retries_it() throws Exception {
        // a file the store does not hold: its extraction fails as a missing file
        var sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(unique("missing file").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        fileTexts.extract(sha);
        await().atMost(EXTRACTED_WITHIN)
                .until(() -> fileTexts.texts(java.util.List.of(sha), 10).get(sha).status().isFinal());

        var admin = fixtures.user(null, Role.ADMIN);
        signIn(admin);
        var view = navigate(ExtractionAdminView.class);
        var grid = test(view.fileProblems);
        var row = -1;
        for (var i = 0; i < grid.size(); i++) {
            if (sha.equals(((ExtractionProblem) grid.getRow(i)).fileSha256())) {
                row = i;
            }
        }
        assertThat(row).as("the failed file is listed").isNotNegative();
        var problem = (ExtractionProblem) grid.getRow(row);
        assertThat(problem.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(problem.reason()).isEqualTo(pk.gov.mashwara.text.ExtractionReason.FILE_MISSING);
        assertThat(grid.getCellText(row, 0)).isEqualTo(sha.substring(0, 16) + "…");
        assertThat((long) grid.size()).isEqualTo(pk.gov.mashwara.support.Fixtures.as(admin,
                () -> extraction.fileProblemCount()));
        // the versions' list does not hold it
        var versions = test(view.problems);
        for (var i = 0; i < versions.size(); i++) {
            assertThat(((ExtractionProblem) versions.getRow(i)).fileSha256()).isNull();
        }
        assertThat(view.fileCounts.getText()).contains("files attached to letters, evidence, answers and engagements");

        var attempts = jdbc.queryForObject("select attempts from extraction_job where file_sha256 = ?", Integer.class, sha);
        var retry = (Button) grid.getCellComponent(row, 6);
        assertThat(retry.getId()).hasValue("retry-file-" + sha.substring(0, 16));
        test(retry).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("again");
        // tried again: it fails again, as the file is still missing, one attempt more
        await().atMost(EXTRACTED_WITHIN).until(() -> jdbc.queryForObject(
                "select attempts from extraction_job where file_sha256 = ?", Integer.class, sha) > attempts
                && fileTexts.texts(java.util.List.of(sha), 10).get(sha).status().isFinal());
        // a SHA-256 that is not one, or unknown: a clear refusal
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pk.gov.mashwara.support.Fixtures.as(admin,
                () -> extraction.retryFile("not-a-sha"))).isInstanceOf(pk.gov.mashwara.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pk.gov.mashwara.support.Fixtures.as(admin,
                () -> extraction.retryFile("0".repeat(64)))).isInstanceOf(pk.gov.mashwara.shared.NotFoundException.class);
    }

    @Test
    void a_drafter_cannot_open_the_extraction_view() {
        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        navigate("admin/extraction", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ExtractionAdminView.class);
    }
}
