package pk.gov.mashwara.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.InvalidRoutingRulesException;
import pk.gov.mashwara.routing.RoutingRules;
import pk.gov.mashwara.routing.RoutingRules.Condition;
import pk.gov.mashwara.routing.RoutingRules.Guard;
import pk.gov.mashwara.routing.RoutingRules.Relation;
import pk.gov.mashwara.security.Role;

/** The shipped rule book holds; a broken one is refused with every problem and its line. */
class RoutingRulesReaderTest {

    static final Path SHIPPED = Path.of("config", "routing.yml");

    static String shipped() throws IOException {
        return Files.readString(SHIPPED);
    }

    static RoutingRules read(String yaml) {
        return RoutingRulesReader.read(yaml, "test.yml");
    }

    static List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (InvalidRoutingRulesException e) {
            assertThat(e.getMessage()).startsWith("The routing rules in test.yml are not valid:");
            return e.problems();
        }
        throw new AssertionError("the rules were accepted");
    }

    /** The shipped file with one piece of text replaced; the piece must be there. */
    static String changed(String from, String to) throws IOException {
        var text = shipped();
        assertThat(text).as("the test edits text the shipped file has").contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static int lineOf(String text, String piece) {
        return (int) text.substring(0, text.indexOf(piece)).lines().count() + (text.substring(0, text.indexOf(piece)).endsWith("\n") ? 1 : 0);
    }

    @Test
    void the_shipped_rules_hold_and_describe_the_path_of_the_rules_of_business() throws IOException {
        var rules = read(shipped());

        assertThat(rules.states()).containsOnlyKeys(DraftStatus.values());
        assertThat(rules.state(DraftStatus.CLOSED).isFinal()).isTrue();
        assertThat(rules.state(DraftStatus.CLEARANCE).waitsFor())
                .isEqualTo(new RoutingRules.Actor(Role.FOCAL_PERSON, Relation.NSMCWG));
        assertThat(rules.state(DraftStatus.COMMITTEE_APPROVAL).deadline()).isEqualTo(Period.ofDays(7));

        var path = List.of("put-up", "submit", "open-review", "close-review", "send-for-clearance", "clear",
                "take-up-input", "start-consultations", "to-competent-authority", "record-approval", "close");
        var at = DraftStatus.DRAFT;
        for (var name : path) {
            var action = rules.action(name).orElseThrow();
            assertThat(action.from()).as(name).contains(at);
            at = action.to();
        }
        assertThat(at).isEqualTo(DraftStatus.CLOSED);
        assertThat(rules.action("submit").orElseThrow().effects()).contains(RoutingRules.Effect.ASSIGN_DIARY_NUMBER);
        assertThat(rules.action("send-for-clearance").orElseThrow().guards()).contains(Guard.ALL_THREADS_RESOLVED,
                Guard.INPUT_COMPOSED);
        assertThat(rules.action("clear").orElseThrow().asks()).as("the clearance hashes the input document").isEmpty();

        var returnable = rules.actions().values().stream().filter(a -> a.to() == DraftStatus.RETURNED_FOR_REVISION)
                .peek(a -> assertThat(a.asks()).as(a.name()).contains(RoutingRules.Ask.REASON))
                .flatMap(a -> a.from().stream()).collect(java.util.stream.Collectors.toSet());
        assertThat(returnable).as("from every review and consultation state").contains(DraftStatus.SUBMITTED,
                DraftStatus.UNDER_REVIEW, DraftStatus.CONSOLIDATION, DraftStatus.CLEARANCE, DraftStatus.CONSULTATIONS,
                DraftStatus.COMPETENT_AUTHORITY);
        assertThat(rules.action("put-up").orElseThrow().guards()).contains(Guard.NEW_VERSION_SINCE_RETURN);

        assertThat(rules.consultationsFor(DraftKind.BILL_OR_ORDINANCE)).extracting(RoutingRules.ConsultationRule::with)
                .containsExactly("LAW", "FINANCE", "CABINET");
        assertThat(rules.consultationsFor(DraftKind.BILL_OR_ORDINANCE).get(1).when())
                .isEqualTo(Condition.FINANCIAL_IMPLICATIONS);
        assertThat(rules.consultationsFor(DraftKind.BILL_OR_ORDINANCE).get(2).clearDaysBeforeMeeting()).isEqualTo(7);
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_REGULATIONS).getFirst().relation())
                .contains(Relation.ADMINISTRATIVE_MINISTRY);
        assertThat(rules.consultationsFor(DraftKind.RULES_UNDER_STATUTE).get(1).when())
                .isEqualTo(Condition.FEDERAL_GOVERNMENT_POWER);
        assertThat(rules.reminderInterval()).isEqualTo(Period.ofDays(1));
    }

    @Test
    void a_misspelt_state_is_named_with_its_line() throws IOException {
        var text = changed("to: SUBMITTED\n", "to: SUBMITED\n");
        assertThat(problems(text)).anySatisfy(p -> assertThat(p)
                .startsWith("line " + lineOf(text, "to: SUBMITED")).contains("unknown state 'SUBMITED'"));
    }

    @Test
    void unknown_roles_relations_guards_and_keys_are_refused() throws IOException {
        var text = changed("guards: [all-threads-resolved, input-composed]\n", "guards: [all-threads-resolvd, input-composed]\n")
                .replace("relation: consulted-division }\n      - { role: NSMCWG_SECRETARY",
                        "relation: consulted-divisions }\n      - { role: NSMCWG_SECRETARY")
                .replace("by: { role: FOCAL_PERSON, relation: nsmcwg }\n    guards: [all-threads-resolved, input-composed]",
                        "by: { role: AUDITOR, relation: nsmcwg }\n    guards: [all-threads-resolved, input-composed]")
                .replace("title: Closed\n", "title: Closed\n    colour: grey\n");
        var problems = problems(text);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unknown guard 'all-threads-resolvd'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unknown relation 'consulted-divisions'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("role AUDITOR does not route drafts"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unknown key 'colour'"));
        assertThat(problems).allSatisfy(p -> assertThat(p).matches("line \\d+: .*"));
    }

    @Test
    void every_action_is_confirmed_unless_the_rule_book_says_it_can_be_undone() throws IOException {
        assertThat(read(shipped()).actions().values()).as("every shipped action is an official act")
                .allSatisfy(a -> assertThat(a.confirm()).as(a.name()).isTrue());

        var undoable = read(changed("to: COMMITTEE_APPROVAL\n", "to: COMMITTEE_APPROVAL\n    confirm: false\n"));
        assertThat(undoable.action("put-up").orElseThrow().confirm()).isFalse();
        assertThat(undoable.action("submit").orElseThrow().confirm()).isTrue();

        var text = changed("to: COMMITTEE_APPROVAL\n", "to: COMMITTEE_APPROVAL\n    confirm: maybe\n");
        assertThat(problems(text)).singleElement().asString().startsWith("line " + lineOf(text, "confirm: maybe"))
                .contains("'confirm' is true or false, not 'maybe'");
    }

    @Test
    void deadlines_are_periods_of_days() throws IOException {
        var problems = problems(changed("deadline: P7D\n", "deadline: 7 days\n"));
        assertThat(problems).singleElement().asString().contains("'7 days' is not a period of days (write P7D");
        assertThat(problems(changed("deadline: P7D\n", "deadline: P1M\n"))).singleElement().asString()
                .contains("a deadline is a number of days");
    }

    @Test
    void a_missing_state_an_unreachable_one_and_a_dead_end_are_reported() throws IOException {
        var withoutClosed = shipped().replace("  CLOSED:\n    title: Closed\n    final: true\n", "");
        assertThat(problems(withoutClosed)).anySatisfy(p -> assertThat(p).contains("state CLOSED is missing"));

        var unreachable = changed("    to: CLOSED\n", "    to: NOTIFIED\n");
        assertThat(problems(unreachable)).anySatisfy(p -> assertThat(p).contains("state CLOSED cannot be reached from DRAFT"))
                .anySatisfy(p -> assertThat(p).contains("no action leads out of state NOTIFIED"));
    }

    @Test
    void every_kind_of_instrument_has_its_consultations() throws IOException {
        var text = shipped();
        var policy = text.substring(text.indexOf("  POLICY:\n"), text.indexOf("\n\n", text.indexOf("  POLICY:\n")) + 1);
        assertThat(problems(text.replace(policy, ""))).anySatisfy(p -> assertThat(p).contains("kind POLICY is missing"));
        assertThat(problems(changed("with: LAW, deadline: P14D }", "with: Law Division, deadline: P14D }")))
                .anySatisfy(p -> assertThat(p).contains("'with' is a committee's code"));
        assertThat(problems(changed("clear-days-before-meeting: 7 }", "clear-days-before-meeting: seven }")))
                .anySatisfy(p -> assertThat(p).contains("whole number of days"));
    }

    @Test
    void steps_of_one_stage_are_consulted_together_and_a_step_without_stage_follows_the_one_before() throws IOException {
        var rules = read(shipped());
        assertThat(rules.consultationsFor(DraftKind.BILL_OR_ORDINANCE)).extracting(RoutingRules.ConsultationRule::stage)
                .as("Law and Finance together, then the Cabinet").containsExactly(1, 1, 2);
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_REGULATIONS))
                .extracting(RoutingRules.ConsultationRule::stage).as("no stage given: one after another")
                .containsExactly(1, 2);
        var mixed = read(changed("stage: 2, with: CABINET", "with: CABINET"));
        assertThat(mixed.consultationsFor(DraftKind.BILL_OR_ORDINANCE)).extracting(RoutingRules.ConsultationRule::stage)
                .containsExactly(1, 1, 2);
    }

    @Test
    void a_bad_stage_is_refused_with_its_line() throws IOException {
        var word = changed("stage: 2, with: CABINET", "stage: second, with: CABINET");
        assertThat(problems(word)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(word, "stage: second"))
                .contains("consultation cabinet-approval of BILL_OR_ORDINANCE", "'stage' is a whole number from 1",
                        "'second'"));
        var zero = changed("stage: 1, with: LAW", "stage: 0, with: LAW");
        assertThat(problems(zero)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(zero, "stage: 0"))
                .contains("'stage' is a whole number from 1, not 0"));
        var backwards = changed("stage: 1, with: FINANCE", "stage: 3, with: FINANCE");
        assertThat(problems(backwards)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(backwards, "stage: 3"))
                .contains("stage 3 follows stage 1", "without a gap"))
                .anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(backwards, "stage: 2, with: CABINET"))
                        .contains("stage 2 comes after stage 3", "in the order of their stages"));
    }

    @Test
    void broken_yaml_names_its_line() {
        var problems = problems("states:\n  DRAFT: {title: Draft\nactions: []\n");
        assertThat(problems).singleElement().asString().startsWith("line ");
        assertThat(problems("states:\n  DRAFT:\n    title: A\n  DRAFT:\n    title: B\n"))
                .anySatisfy(p -> assertThat(p).isEqualTo("line 4: states: duplicate key 'DRAFT'"));
        assertThat(problems("- a list\n")).singleElement().asString().contains("must be a mapping");
    }
}
