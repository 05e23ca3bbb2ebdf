package pk.gov.mashwara.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.html.Span;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

class AuditViewTest extends UiTest {

    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;

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
            var actions = new ArrayList<AuditAction>();
            for (var i = 0; i < grid.size(); i++) {
                var row = (AuditRecord) grid.getRow(i);
                assertThat(row.actor()).isEqualTo(drafter.getUsername());
                assertThat(row.targetId()).isEqualTo(Long.toString(created.id()));
                assertThat(row.hash()).matches("[0-9a-f]{64}");
                actions.add(row.action());
            }
            assertThat(actions).contains(AuditAction.DRAFT_CREATED, AuditAction.VERSION_UPLOADED);
            // the person by name and office, with the user id as secondary text
            assertThat(grid.getCellComponent(0, 2).getElement().getTextRecursively())
                    .isEqualTo(drafter.displayName() + ", Drafter (PEMRA)" + drafter.getUsername());
        });
    }

    @Test
    void the_auditor_filters_by_target_and_by_days() {
        var actor = Fixtures.unique("filter.user");
        var target = Fixtures.unique("T");
        var today = LocalDate.now(Formats.PKT);
        var todays = append(actor, target, today.atTime(12, 0).atZone(Formats.PKT).toInstant(), "today");
        append(actor, target, today.minusDays(3).atTime(12, 0).atZone(Formats.PKT).toInstant(), "three days ago");
        append(actor, "other-" + target, today.atTime(12, 0).atZone(Formats.PKT).toInstant(), "another target");
        signIn(fixtures.user(null, Role.AUDITOR));
        var view = navigate(AuditView.class);

        test(view.target).setValue(target);
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.from).setValue(today);
        test(view.to).setValue(today);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(((AuditRecord) test(view.grid).getRow(0)).id()).isEqualTo(todays);

        test(view.from).setValue(today.plusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date is before the start date.");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_verify_button_says_the_chain_is_intact_and_names_a_broken_entry_with_a_link_to_it() {
        signIn(fixtures.user(null, Role.AUDITOR));
        var view = navigate(AuditView.class);
        assertThat(view.chain.result.isVisible()).isFalse();

        test(view.chain.verify).click();

        assertThat(view.chain.result.isVisible()).isTrue();
        assertThat(text(view.chain.result)).contains("Chain intact", "entries in order; last hash");
        assertThat(view.chain.showBroken.isAttached()).isFalse();

        var edited = append("tester", "T", Instant.now(), "the original");
        try {
            jdbc.update("UPDATE audit_entry SET detail = 'rewritten' WHERE id = ?", edited);
            test(view.chain.verify).click();

            assertThat(text(view.chain.result)).contains("Chain broken",
                    "Entry " + edited + " was changed after it was written");
            assertThat(view.chain.showBroken.getText()).isEqualTo("Show entry " + edited);
            test(view.chain.showBroken).click();
            var grid = test(view.grid);
            assertThat(grid.size()).isBetween(1, 2);
            assertThat(((AuditRecord) grid.getRow(0)).id()).isEqualTo(edited);
            assertThat(view.entryRange.isVisible()).isTrue();
            test(view.entryRange).click();
            assertThat(view.entryRange.isVisible()).isFalse();
            assertThat(test(view.grid).size()).isGreaterThan(2);
        } finally {
            jdbc.update("UPDATE audit_entry SET detail = 'the original' WHERE id = ?", edited);
        }
        test(view.chain.verify).click();
        assertThat(text(view.chain.result)).contains("Chain intact");
    }

    @Test
    void a_drafter_cannot_open_the_audit_log() {
        signIn(fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER));
        navigate("audit", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }

    private long append(String actor, String target, Instant at, String detail) {
        return chain.append(EntryContent.of(at, actor, "DRAFT_CREATED", "DRAFT", target, "SUCCESS", detail, null));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getChildren().map(c -> c instanceof Span span ? span.getText()
                : c.getElement().getTextRecursively()).reduce("", (a, b) -> a + " " + b);
    }
}
