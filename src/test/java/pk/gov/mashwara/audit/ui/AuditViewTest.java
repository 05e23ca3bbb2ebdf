package pk.gov.mashwara.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class AuditViewTest extends UiTest {

    @Test
    void an_auditor_sees_who_created_a_draft() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Audited draft");
        signIn(fixtures.user(null, Role.AUDITOR));

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var view = navigate(AuditView.class);
            test(view.actor).setValue(drafter.getUsername());
            var grid = test(view.grid);
            assertThat(grid.size()).isGreaterThanOrEqualTo(2);
            var actions = new java.util.ArrayList<AuditAction>();
            for (var i = 0; i < grid.size(); i++) {
                var row = (AuditRecord) grid.getRow(i);
                assertThat(row.actor()).isEqualTo(drafter.getUsername());
                assertThat(row.targetId()).isEqualTo(Long.toString(created.id()));
                actions.add(row.action());
            }
            assertThat(actions).contains(AuditAction.DRAFT_CREATED, AuditAction.VERSION_UPLOADED);
        });
    }

    @Test
    void a_drafter_cannot_open_the_audit_log() {
        signIn(fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER));
        navigate("audit", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
