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

/** The portal runs on the shipped rules, and refuses to start on broken ones, saying why. */
@SpringBootTest
class RoutingRulesStartupIT {

    @Autowired
    RoutingRules rules;

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
    void the_failure_report_says_what_to_do() {
        var analysis = new RoutingRulesFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new InvalidRoutingRulesException("config/routing.yml", java.util.List.of("line 3: unknown state 'X'"))));
        assertThat(analysis.getDescription()).contains("line 3: unknown state 'X'");
        assertThat(analysis.getAction()).contains("config/routing.yml");
    }
}
