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

    /** The rule book without its action {@code close-not-approved} (another way to CLOSED, from consultations). */
    static String withoutClosingRefused(String text) {
        int start = text.indexOf("  close-not-approved:\n");
        int end = text.indexOf("  # A division's objection or the Cabinet's refusal");
        assertThat(start).as("the shipped file has the action").isPositive();
        assertThat(end).isGreaterThan(start);
        return text.substring(0, start) + text.substring(end);
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

        // Rule 27: a Bill's views, Finance where it costs money, Law's vetting last of the views, then the CCLC and
        // the Cabinet, which decide
        assertThat(rules.consultationsFor(DraftKind.BILL)).extracting(RoutingRules.ConsultationRule::step)
                .containsExactly("finance-views", "law-vetting", "cclc-decision", "cabinet-decision");
        assertThat(rules.consultationsFor(DraftKind.BILL).get(2).decides()).isTrue();
        assertThat(rules.consultationsFor(DraftKind.BILL).get(3).clearDaysBeforeMeeting()).isEqualTo(7);
        assertThat(rules.consultationsFor(DraftKind.BILL).get(1).vets()).isTrue();
        // the Law Division's own Bill: vetted by the Secretary's designate, not skipped (Rule 14(1), Rule 5)
        assertThat(rules.consultationsFor(DraftKind.BILL).get(1).whenOwn()).isEqualTo("designate");
        assertThat(rules.consultationsFor(DraftKind.BILL).get(1).byDesignate()).isTrue();
        // Rule 12: Finance wherever there are financial implications, for every kind
        for (var kind : DraftKind.values()) {
            assertThat(rules.consultationsFor(kind)).as(kind.name())
                    .anySatisfy(step -> {
                        assertThat(step.with()).isEqualTo("FINANCE");
                        assertThat(step.when()).isEqualTo(Condition.FINANCIAL_IMPLICATIONS);
                    });
            // the Law Division vets last of the views: no view comes after it
            var steps = rules.consultationsFor(kind);
            var vetting = steps.stream().filter(RoutingRules.ConsultationRule::vets).findFirst();
            vetting.ifPresent(v -> assertThat(steps.subList(steps.indexOf(v) + 1, steps.size())).as(kind.name())
                    .allSatisfy(after -> assertThat(after.decides()).isTrue()));
            // nobody "concurs" for the Cabinet: every step with the Cabinet Division decides
            assertThat(steps.stream().filter(s -> "CABINET".equals(s.with()))).as(kind.name())
                    .allSatisfy(s -> assertThat(s.decides()).isTrue());
        }
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_RULES)).extracting(RoutingRules.ConsultationRule::step)
                .containsExactly("ministry-views", "finance-views", "law-vetting", "cabinet-decision");
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_RULES).getFirst().relation())
                .contains(Relation.ADMINISTRATIVE_MINISTRY);
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_REGULATIONS).getFirst().relation())
                .contains(Relation.ADMINISTRATIVE_MINISTRY);
        assertThat(rules.consultationsFor(DraftKind.RULES_UNDER_STATUTE).get(2).when())
                .isEqualTo(Condition.FEDERAL_GOVERNMENT_POWER);
        assertThat(rules.consultationsFor(DraftKind.POLICY)).extracting(RoutingRules.ConsultationRule::step)
                .containsExactly("minister-approval", "finance-views", "cabinet-decision");
        // the Cabinet summary is lodged by the sponsor, never by a regulator
        assertThat(rules.action("lodge-summary").orElseThrow().by())
                .containsExactly(new RoutingRules.Actor(Role.COMMITTEE_OFFICER, Relation.SPONSOR));
        assertThat(rules.action("record-in-principle-approval").orElseThrow().kinds()).containsExactly(DraftKind.BILL);
        assertThat(rules.action("put-up").orElseThrow().guards()).contains(Guard.IN_PRINCIPLE_APPROVAL_RECORDED);
        assertThat(rules.actionsFrom(DraftStatus.COMPETENT_AUTHORITY, DraftKind.BILL))
                .extracting(RoutingRules.ActionRule::name).doesNotContain("record-approval", "record-promulgation")
                .contains("record-introduction", "record-passage", "record-assent", "publish-act");
        assertThat(rules.actionsFrom(DraftStatus.COMPETENT_AUTHORITY, DraftKind.ORDINANCE))
                .extracting(RoutingRules.ActionRule::name).contains("record-promulgation")
                .doesNotContain("record-passage", "record-approval");
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
    void no_officer_acts_on_his_own_case_and_a_wrong_not_by_is_named_with_its_line() throws IOException {
        var rules = read(shipped());
        assertThat(rules.action("submit").orElseThrow().notBy())
                .containsExactly(RoutingRules.OwnCase.PUT_UP, RoutingRules.OwnCase.AUTHOR);
        assertThat(rules.action("clear").orElseThrow().notBy()).containsExactly(RoutingRules.OwnCase.AUTHOR);
        assertThat(rules.action("put-up").orElseThrow().notBy()).isEmpty();
        // the Cabinet Division's own case: who lodged the summary neither returns it nor records the decision
        assertThat(rules.action("record-cabinet-decision").orElseThrow().notBy())
                .containsExactly(RoutingRules.OwnCase.LODGED);
        assertThat(rules.action("return-summary").orElseThrow().notBy()).containsExactly(RoutingRules.OwnCase.LODGED);
        assertThat(rules.action("close-not-approved").orElseThrow().guards())
                .containsExactly(RoutingRules.Guard.CABINET_NOT_APPROVED);

        var misspelt = changed("not-by: [put-up, author]", "not-by: [put-up, writer]");
        assertThat(problems(misspelt)).singleElement().asString()
                .startsWith("line " + lineOf(misspelt, "not-by: [put-up, writer]"))
                .contains("unknown not-by 'writer'", "put-up", "author");

        // whoever 'took put-up' means nothing in a rule book whose putting up is called something else
        var renamed = shipped().replace("  put-up:\n", "  put-forward:\n");
        assertThat(renamed).contains("put-forward:");
        assertThat(problems(renamed)).anySatisfy(p -> assertThat(p)
                .startsWith("line " + lineOf(renamed, "not-by: [put-up, author]"))
                .contains("'not-by' names put-up, but there is no action 'put-up'"));
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

        // (closing a file the Cabinet did not approve is another way to CLOSED: taken out too)
        var unreachable = withoutClosingRefused(changed("    to: CLOSED\n", "    to: NOTIFIED\n"));
        assertThat(problems(unreachable)).anySatisfy(p -> assertThat(p).contains("state CLOSED cannot be reached from DRAFT"))
                .anySatisfy(p -> assertThat(p).contains("no action leads out of state NOTIFIED"));
    }

    @Test
    void every_kind_of_instrument_has_its_consultations() throws IOException {
        var text = shipped();
        var policy = text.substring(text.indexOf("  POLICY:\n"), text.indexOf("\n\n", text.indexOf("  POLICY:\n")) + 1);
        assertThat(problems(text.replace(policy, ""))).anySatisfy(p -> assertThat(p).contains("kind POLICY is missing"));
        assertThat(problems(changed("with: LAW, deadline: P14D, vets: true }", "with: Law Division, deadline: P14D }")))
                .anySatisfy(p -> assertThat(p).contains("'with' is a committee's code"));
        assertThat(problems(changed("clear-days-before-meeting: 7 }", "clear-days-before-meeting: seven }")))
                .anySatisfy(p -> assertThat(p).contains("whole number of days"));
    }

    @Test
    void an_action_names_known_kinds_and_leaves_no_kind_stranded() throws IOException {
        var unknown = changed("    kinds: [BILL]\n    from: [DRAFT]\n", "    kinds: [BILL, STATUTE]\n    from: [DRAFT]\n");
        assertThat(problems(unknown)).singleElement().asString()
                .startsWith("line " + lineOf(unknown, "BILL, STATUTE]"))
                .contains("unknown kind of instrument 'STATUTE'");

        var twice = changed("    kinds: [ORDINANCE]\n", "    kinds: [ORDINANCE, ORDINANCE]\n");
        assertThat(problems(twice)).singleElement().asString()
                .startsWith("line " + lineOf(twice, "kinds: [ORDINANCE, ORDINANCE]"))
                .contains("kind ORDINANCE is listed twice");

        // the Ordinance's only way out of the competent authority now names Bills: an Ordinance would be stuck there
        // (without closing a file the Cabinet did not approve, which would take it round to CLOSED by withdrawal)
        var stranded = withoutClosingRefused(changed("    kinds: [ORDINANCE]\n", "    kinds: [BILL]\n"));
        assertThat(problems(stranded)).singleElement().asString()
                .startsWith("line " + lineOf(stranded, "  COMPETENT_AUTHORITY:"))
                .contains("a draft of kind ORDINANCE cannot leave state COMPETENT_AUTHORITY");
    }

    @Test
    void a_deciding_step_and_a_stand_in_are_checked_with_their_line() throws IOException {
        var stands = changed("vets: true, when-own: designate }", "vets: true, when-own: the drafter's wing }");
        assertThat(problems(stands)).singleElement().asString()
                .startsWith("line " + lineOf(stands, "when-own: the drafter's wing"))
                .contains("'when-own' is 'skip', 'designate' or the code of the division that stands in");

        var itself = changed("vets: true, when-own: designate }", "vets: true, when-own: LAW }");
        assertThat(problems(itself)).singleElement().asString().contains("'LAW' cannot stand in for itself");

        var clearDays = changed("{ step: finance-views, with: FINANCE, deadline: P14D, when: financial-implications }",
                "{ step: finance-views, with: FINANCE, deadline: P14D, when: financial-implications, clear-days-before-meeting: 7 }");
        assertThat(problems(clearDays)).singleElement().asString()
                .startsWith("line " + lineOf(clearDays, "clear-days-before-meeting: 7 }"))
                .contains("'clear-days-before-meeting' is for a deciding step");

        var vetsAndDecides = changed("with: CABINET, deadline: P30D, decides: true }",
                "with: CABINET, deadline: P30D, decides: true, vets: true }");
        assertThat(problems(vetsAndDecides)).singleElement().asString().contains("a deciding body decides; it does not vet");

        var notBoolean = changed("with: CABINET, deadline: P30D, decides: true }", "with: CABINET, deadline: P30D, decides: often }");
        assertThat(problems(notBoolean)).singleElement().asString().contains("'decides' is true or false, not 'often'");
    }

    @Test
    void steps_of_one_stage_are_consulted_together_and_a_step_without_stage_follows_the_one_before() throws IOException {
        var rules = read(shipped());
        assertThat(rules.consultationsFor(DraftKind.REGULATOR_REGULATIONS))
                .extracting(RoutingRules.ConsultationRule::stage)
                .as("the ministry and Finance together, then the Law Division").containsExactly(1, 1, 2);
        assertThat(rules.consultationsFor(DraftKind.RULES_UNDER_STATUTE))
                .extracting(RoutingRules.ConsultationRule::stage).as("no stage given: one after another")
                .containsExactly(1, 2, 3);
        var mixed = read(changed("stage: 2, with: LAW", "with: LAW"));
        assertThat(mixed.consultationsFor(DraftKind.REGULATOR_REGULATIONS))
                .extracting(RoutingRules.ConsultationRule::stage).containsExactly(1, 1, 2);
    }

    @Test
    void a_bad_stage_is_refused_with_its_line() throws IOException {
        var word = changed("stage: 2, with: LAW", "stage: second, with: LAW");
        assertThat(problems(word)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(word, "stage: second"))
                .contains("consultation law-vetting of REGULATOR_REGULATIONS", "'stage' is a whole number from 1",
                        "'second'"));
        var zero = changed("stage: 1, with: administrative-ministry", "stage: 0, with: administrative-ministry");
        assertThat(problems(zero)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(zero, "stage: 0"))
                .contains("'stage' is a whole number from 1, not 0"));
        var backwards = changed("stage: 1, with: FINANCE", "stage: 3, with: FINANCE");
        assertThat(problems(backwards)).anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(backwards, "stage: 3"))
                .contains("stage 3 follows stage 1", "without a gap"))
                .anySatisfy(p -> assertThat(p).startsWith("line " + lineOf(backwards, "stage: 2, with: LAW"))
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
