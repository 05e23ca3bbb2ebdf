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

    @Test
    void a_drafter_cannot_open_the_extraction_view() {
        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        navigate("admin/extraction", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ExtractionAdminView.class);
    }
}
