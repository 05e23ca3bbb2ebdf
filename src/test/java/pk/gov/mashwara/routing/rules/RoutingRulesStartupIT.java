package pk.gov.mashwara.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.InvalidRoutingRulesException;
import pk.gov.mashwara.routing.RoutingRules;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/** The portal runs on the shipped rules, and refuses to start on broken ones, saying why. */
@SpringBootTest
@org.springframework.context.annotation.Import(Fixtures.class)
class RoutingRulesStartupIT {

    @Autowired
    RoutingRules rules;
    @Autowired
    RoutingService routing;
    @Autowired
    Fixtures fixtures;
    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;

    @TempDir
    Path dir;

    @Test
    void the_portal_runs_on_the_shipped_rules() {
        assertThat(rules.source()).endsWith("routing.yml");
        assertThat(rules.state(DraftStatus.CLEARANCE).deadline()).isNotNull();
    }

    @Test
    void a_broken_rule_book_stops_the_start_up_with_its_line() throws Exception {
        var broken = Files.readString(Path.of("config", "routing.yml")).replace("to: INPUT_ISSUED", "to: INPUT_ISUED");
        var file = dir.resolve("routing.yml");
        Files.writeString(file, broken);

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run("--mashwara.routing.rules=file:" + file, "--server.port=0", "--mashwara.index.enabled=false")
                .close())
                .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(InvalidRoutingRulesException.class)
                        .hasMessageContaining("unknown state 'INPUT_ISUED'").hasMessageContaining("line "));
    }

    @Test
    void a_consultation_with_a_committee_that_does_not_exist_stops_the_start_up() throws Exception {
        var broken = Files.readString(Path.of("config", "routing.yml")).replace("with: FINANCE,", "with: TREASURY,");
        var file = dir.resolve("routing.yml");
        Files.writeString(file, broken);

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run("--mashwara.routing.rules=file:" + file, "--server.port=0", "--mashwara.index.enabled=false")
                .close())
                .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(InvalidRoutingRulesException.class)
                        .hasMessageContaining("committee TREASURY, which does not exist"));
    }

    @Test
    void a_deadline_changed_in_the_rule_book_changes_the_portal_after_a_restart() throws Exception {
        var shipped = Files.readString(Path.of("config", "routing.yml"));
        var approval = "  COMMITTEE_APPROVAL:\n    title: With the committee's officer for approval\n"
                + "    waits-for: { role: COMMITTEE_OFFICER, relation: own-committee }\n    deadline: P7D\n";
        assertThat(shipped).contains(approval);
        var file = dir.resolve("routing.yml");
        Files.writeString(file, shipped.replace(approval, approval.replace("P7D", "P2D")));

        // the running portal, on the shipped rules: seven working days
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Deadline")).id();
        var before = Fixtures.as(drafter, () -> routing.routing(id));
        assertThat(before.dueAt()).isEqualTo(calendar.dueAt(before.since(), 7));

        // the same draft, read by a portal started again on the edited rules: two days
        try (var restarted = new SpringApplicationBuilder(Application.class)
                .run("--mashwara.routing.rules=file:" + file, "--server.port=0", "--mashwara.index.enabled=false",
                        "--mashwara.extraction.enabled=false")) {
            var again = Fixtures.as(drafter, () -> restarted.getBean(RoutingService.class).routing(id));
            assertThat(again.dueAt()).as("two working days").isEqualTo(calendar.dueAt(again.since(), 2));
            assertThat(restarted.getBean(RoutingRules.class).state(DraftStatus.COMMITTEE_APPROVAL).deadline())
                    .isEqualTo(java.time.Period.ofDays(2));
        }
    }

    @Test
    void the_failure_report_says_what_to_do() {
        var analysis = new RoutingRulesFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new InvalidRoutingRulesException("config/routing.yml", java.util.List.of("line 3: unknown state 'X'"))));
        assertThat(analysis.getDescription()).contains("line 3: unknown state 'X'");
        assertThat(analysis.getAction()).contains("config/routing.yml");
    }
}
