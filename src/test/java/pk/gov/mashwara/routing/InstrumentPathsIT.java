package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Every kind of instrument walked from DRAFT to CLOSED under the shipped rule book, as the Rules of Business, 1973
 * have it: Finance wherever money is involved (Rule 12), the Law Division's vetting last and again after a new
 * version (Rule 14), the Cabinet deciding on a summary its sponsor lodged (Rules 16-19), a regulator's rules through
 * its ministry, a Bill through Parliament, an Ordinance promulgated.
 */
@SpringBootTest
@Import(Fixtures.class)
class InstrumentPathsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    RoutingService routing;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewWindows windows;
    @Autowired
    VersionTexts texts;
    @Autowired
    PendencyService pendency;
    @Autowired
    RoutingRules rules;
    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;

    /** Days before today, for dates a user records after the fact (a summary cannot be lodged in the future). */
    static LocalDate daysAgo(int days) {
        return LocalDate.now(DraftService.OFFICE_ZONE).minusDays(days);
    }

    MashwaraUser officer(String committee) {
        return fixtures.user(committee, Role.COMMITTEE_OFFICER);
    }

    MashwaraUser drafter(String committee) {
        return fixtures.user(committee, Role.COMMITTEE_DRAFTER);
    }

    DraftStatus act(MashwaraUser user, long draftId, String action, Map<String, String> details) {
        return act(user, draftId, action, null, details);
    }

    DraftStatus act(MashwaraUser user, long draftId, String action, String reason, Map<String, String> details) {
        // a summary is lodged as the final document (Rule 18): the edited summary, here as a PDF
        return Fixtures.as(user, () -> routing.act(draftId, action,
                new ActionRequest(drafts.get(draftId).version(), reason, details, lodgedSummary(action))).status());
    }

    /** The final summary a sponsor lodges with {@code lodge-summary}; no file for any other action. */
    static ActionRequest.Attachment lodgedSummary(String action) {
        if (!"lodge-summary".equals(action)) {
            return null;
        }
        var pdf = Fixtures.uniquePdf("Summary for the Cabinet");
        return new ActionRequest.Attachment("Summary for the Cabinet.pdf", () -> new ByteArrayInputStream(pdf));
    }

    long create(String committee, DraftKind kind, boolean financial) {
        var drafter = drafter(committee);
        var text = "Draft " + kind + ".\n\nSection 1. Platforms shall register within ninety days.\n";
        var id = Fixtures.as(drafter, () -> drafts.create(new NewDraft(Fixtures.unique(kind + " of " + committee),
                drafter.committeeId(), kind, "PECA 2016, section 37", financial, Classification.UNCLASSIFIED),
                "draft.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        return id;
    }

    /** From put-up to the consultations, the NSMCWG's review and input on the way; the draft's first step is open. */
    void toConsultations(String committee, long id, boolean federalGovernmentPower) {
        toConsultations(id, federalGovernmentPower, drafter(committee), officer(committee));
    }

    /** As {@link #toConsultations(String, long, boolean)}, by the committee's drafter and officer given. */
    void toConsultations(long id, boolean federalGovernmentPower, MashwaraUser drafter, MashwaraUser officer) {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        act(drafter, id, "put-up", Map.of());
        act(officer, id, "submit", Map.of());
        var point = Fixtures.as(member, () -> threads.start(new NewThread(id, 1, null, "Ninety days is long.", false)));
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(14))));
        Fixtures.as(secretary, () -> windows.closeNow(id));
        act(secretary, id, "close-review", Map.of());
        var accepted = Fixtures.as(secretary, () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED, null));
        fixtures.composeInput(secretary, id);
        act(secretary, id, "send-for-clearance", Map.of());
        act(fixtures.focalPerson(), id, "clear", Map.of());
        act(officer, id, "take-up-input", Map.of());
        act(drafter, id, "record-response", Map.of("threadId", String.valueOf(accepted.id()),
                "response", "Changed to sixty days in Section 1."));
        assertThat(act(officer, id, "start-consultations",
                Map.of("federalGovernmentPower", federalGovernmentPower ? "yes" : "no")))
                .isEqualTo(DraftStatus.CONSULTATIONS);
    }

    java.util.List<String> steps(long id) {
        return Fixtures.as(fixtures.user(null, Role.AUDITOR), () -> routing.consultations(id)).stream()
                .map(RoutingView.ConsultationStep::step).toList();
    }

    void view(String division, long id) {
        act(officer(division), id, "record-view", pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "No objection."));
    }

    /** The sponsor lodges the summary 20 days ago; the Cabinet Division records the decision of a meeting 10 days ago. */
    void approvedByCabinet(MashwaraUser sponsor, long id, String caseNumber) {
        act(sponsor, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        act(officer("CABINET"), id, "record-cabinet-decision", Map.of("decision", "approved",
                "caseNumber", caseNumber, "meetingDate", daysAgo(10).toString()));
    }

    Map<String, String> gazette() {
        return Map.of("gazetteNumber", "S.R.O. " + System.nanoTime() % 10_000 + "(I)/2026",
                "gazetteDate", daysAgo(1).toString());
    }

    Map<String, String> decision(String authority) {
        var details = new HashMap<>(gazette());
        details.putAll(Map.of("authority", authority, "decisionNumber", "F. No. 1(2)/2026", "decisionDate",
                daysAgo(5).toString()));
        return details;
    }

    @Test
    void policy_with_financial_implications_reaches_finance_and_the_cabinet_decides() {
        var id = create("MOIB", DraftKind.POLICY, true);
        toConsultations("MOIB", id, false);
        assertThat(steps(id)).containsExactly("minister-approval", "finance-views", "cabinet-decision");
        view("MOIB", id);
        assertThatThrownBy(() -> view("CABINET", id)).as("Finance is consulted before the Cabinet decides")
                .isInstanceOf(AccessDeniedException.class);
        view("FINANCE", id);
        approvedByCabinet(officer("MOIB"), id, "Case No. 301/11/2026");
        var moib = officer("MOIB");
        assertThat(act(moib, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThat(act(moib, id, "issue-policy", Map.of("authority", "Federal Cabinet", "decisionNumber",
                "Case No. 301/11/2026", "decisionDate", daysAgo(10).toString()))).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(moib, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void regulator_rules_of_the_pta_under_section_37_2_go_through_moit_law_and_the_cabinet() {
        var id = create("PTA", DraftKind.REGULATOR_RULES, false);
        toConsultations("PTA", id, false);
        assertThat(steps(id)).containsExactly("ministry-views", "law-vetting", "cabinet-decision");
        view("MOIT", id);
        view("LAW", id);
        var lodge = Map.of("summaryLodgedOn", daysAgo(20).toString());
        assertThatThrownBy(() -> act(officer("PTA"), id, "lodge-summary", lodge))
                .as("a regulator cannot lodge a Cabinet summary: its ministry sponsors it")
                .isInstanceOf(AccessDeniedException.class);
        approvedByCabinet(officer("MOIT"), id, "Case No. 12/11/2026");
        var summary = Fixtures.as(officer("PTA"), () -> routing.decisions(id)).getFirst();
        assertThat(summary.decision()).isEqualTo("approved");
        assertThat(summary.caseNumber()).isEqualTo("Case No. 12/11/2026");
        assertThat(summary.meetingDate()).isEqualTo(daysAgo(10));
        var pta = officer("PTA");
        assertThat(act(pta, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThat(act(pta, id, "record-approval", decision("Federal Cabinet"))).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(pta, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
    }

    /** The actions the user's desk lists as his on the draft (none when it is not on his desk). */
    java.util.List<String> deskActions(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> pendency.desk(0, PendencyService.MAX_PAGE)).stream()
                .filter(p -> p.draftId() == id).findFirst().map(PendingDraft::actionNames).orElse(java.util.List.of());
    }

    /** The record-view action as the draft's page offers it to the user. */
    pk.gov.mashwara.routing.RoutingView.AvailableAction recordView(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> routing.routing(id)).actions().stream()
                .filter(a -> a.name().equals("record-view")).findFirst().orElseThrow();
    }

    /** The drafts on the user's desk now (the largest page: the test database keeps every earlier test's drafts). */
    java.util.List<Long> desk(MashwaraUser user) {
        return Fixtures.as(user, () -> pendency.desk(0, PendencyService.MAX_PAGE)).stream()
                .map(PendingDraft::draftId).toList();
    }

    @Test
    void a_summary_to_lodge_waits_for_the_sponsoring_ministry_and_once_lodged_for_the_cabinet_division() {
        var id = create("PTA", DraftKind.REGULATOR_RULES, false);
        toConsultations("PTA", id, false);
        var moit = officer("MOIT");
        var cabinet = officer("CABINET");
        view("MOIT", id);
        view("LAW", id);
        // the Cabinet's step is open, but nothing is before the Cabinet yet: the PTA's ministry lodges the summary,
        // and is told so
        await().atMost(Duration.ofSeconds(20)).until(() -> awaiting(moit, id) == 1);
        assertThat(awaiting(cabinet, id)).as("nothing before the Cabinet Division yet").isZero();
        var before = Fixtures.as(officer("PTA"), () -> routing.routing(id));
        assertThat(before.waitingFor().relation()).isEqualTo(RoutingRules.Relation.SPONSOR);
        assertThat(before.waitingDivisions()).extracting(c -> c.code()).containsExactly("MOIT");
        assertThat(desk(moit)).contains(id);
        assertThat(desk(cabinet)).doesNotContain(id);
        var row = Fixtures.as(fixtures.user(null, Role.AUDITOR), () -> pendency.pending(0, PendencyService.MAX_PAGE))
                .stream().filter(p -> p.draftId() == id).findFirst().orElseThrow();
        assertThat(row.waitingFor().relation()).isEqualTo(RoutingRules.Relation.SPONSOR);
        assertThat(row.divisions()).extracting(c -> c.code()).containsExactly("MOIT");

        act(moit, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        var after = Fixtures.as(officer("PTA"), () -> routing.routing(id));
        assertThat(after.waitingFor().relation()).isEqualTo(RoutingRules.Relation.CONSULTED_DIVISION);
        assertThat(after.waitingDivisions()).extracting(c -> c.code()).containsExactly("CABINET");
        assertThat(desk(cabinet)).contains(id);
        assertThat(desk(moit)).doesNotContain(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> awaiting(cabinet, id) == 1);
    }

    @Autowired
    pk.gov.mashwara.notification.NotificationService notifications;

    /** How many times the user was told the draft waits for him. */
    long awaiting(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.draftId() == id && n.kind() == pk.gov.mashwara.notification.NotificationKind.AWAITING_YOU)
                .count();
    }

    @Test
    void the_cabinet_divisions_own_ordinance_is_decided_by_another_officer_than_the_one_who_lodged_it() {
        var id = create("CABINET", DraftKind.ORDINANCE, false);
        toConsultations("CABINET", id, false);
        assertThat(steps(id)).containsExactly("law-vetting", "cclc-decision", "cabinet-decision");
        view("LAW", id);
        var lodger = officer("CABINET");
        var colleague = officer("CABINET");
        act(lodger, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        var decide = Map.of("decision", "approved", "caseNumber", "Case No. 14/11/2026",
                "meetingDate", daysAgo(10).toString());
        assertThatThrownBy(() -> act(lodger, id, "record-cabinet-decision", decide))
                .isInstanceOf(ConflictException.class).hasMessageContaining("you lodged the summary");
        assertThatThrownBy(() -> act(lodger, id, "return-summary", "Incomplete.", Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("you lodged the summary");
        var offered = Fixtures.as(lodger, () -> routing.routing(id)).actions().stream()
                .filter(a -> a.name().equals("record-cabinet-decision")).findFirst().orElseThrow();
        assertThat(offered.possibleNow()).isFalse();
        assertThat(offered.blockedBy()).contains("routing.notBy.LODGED");
        // the decision waits for his colleagues, not for him, and the page says so
        assertThat(desk(lodger)).doesNotContain(id);
        assertThat(desk(colleague)).contains(id);
        assertThat(Fixtures.as(colleague, () -> routing.routing(id)).notBy()).containsExactly(lodger.displayName());
        act(colleague, id, "record-cabinet-decision", decide);
        assertThat(steps(id)).containsExactly("law-vetting", "cclc-decision", "cabinet-decision");
        assertThat(Fixtures.as(colleague, () -> routing.decisions(id)).getFirst().decision()).isEqualTo("approved");
    }

    @Test
    void a_change_of_priority_during_consultations_gives_the_waiting_steps_the_new_deadlines() {
        var id = create("MOIB", DraftKind.POLICY, true);
        toConsultations("MOIB", id, false);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var before = Fixtures.as(auditor, () -> routing.consultations(id));
        var first = before.getFirst();
        assertThat(first.step()).isEqualTo("minister-approval");
        var base = rules.consultation(DraftKind.POLICY, "minister-approval").orElseThrow().deadline();
        assertThat(first.dueAt()).isEqualTo(calendar.dueAt(first.openedAt(), rules.workingDays(base,
                pk.gov.mashwara.draft.Priority.ROUTINE)));

        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        Fixtures.as(secretary, () -> drafts.markPriority(id, pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE,
                "The Prime Minister's Office asks for it this week."));
        var after = Fixtures.as(auditor, () -> routing.consultations(id));
        // the open step: counted again from when it opened, in the working days of the new mark
        assertThat(after.getFirst().openedAt()).isEqualTo(first.openedAt());
        assertThat(after.getFirst().dueAt()).isEqualTo(calendar.dueAt(first.openedAt(), rules.workingDays(base,
                pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE)));
        assertThat(after.getFirst().dueAt()).isBefore(first.dueAt());

        // a step not yet open opens with the new mark's deadline
        view("MOIB", id);
        var finance = Fixtures.as(auditor, () -> routing.consultations(id)).stream()
                .filter(c -> c.step().equals("finance-views")).findFirst().orElseThrow();
        var financeBase = rules.consultation(DraftKind.POLICY, "finance-views").orElseThrow().deadline();
        assertThat(finance.dueAt()).isEqualTo(calendar.dueAt(finance.openedAt(), rules.workingDays(financeBase,
                pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE)));
        // and a recorded step keeps the deadline it had
        var recorded = Fixtures.as(auditor, () -> routing.consultations(id)).getFirst();
        Fixtures.as(secretary, () -> drafts.markPriority(id, pk.gov.mashwara.draft.Priority.ROUTINE,
                "Back to routine."));
        assertThat(Fixtures.as(auditor, () -> routing.consultations(id)).getFirst().dueAt())
                .isEqualTo(recorded.dueAt());
    }

    @Test
    void bill_through_in_principle_approval_cclc_introduction_passage_assent_and_gazette() {
        var id = create("MOIT", DraftKind.BILL, false);
        var moit = officer("MOIT");
        assertThatThrownBy(() -> act(drafter("MOIT"), id, "put-up", Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approval in principle");
        assertThatThrownBy(() -> act(moit, id, "record-in-principle-approval",
                Map.of("caseNumber", "Case No. 12/13/2026", "decisionDate", daysAgo(60).toString())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("caseNumber"));
        assertThat(act(moit, id, "record-in-principle-approval",
                Map.of("caseNumber", "Case No. 12/3/2026", "decisionDate", daysAgo(60).toString())))
                .isEqualTo(DraftStatus.DRAFT);
        toConsultations("MOIT", id, false);
        assertThat(steps(id)).containsExactly("law-vetting", "cclc-decision", "cabinet-decision");
        view("LAW", id);
        approvedByCabinet(moit, id, "Case No. 40/11/2026");
        approvedByCabinet(moit, id, "Case No. 41/11/2026");
        assertThat(act(moit, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThatThrownBy(() -> act(moit, id, "record-approval", decision("Parliament")))
                .as("Parliament, not the gazette, is a Bill's authority").isInstanceOf(ConflictException.class)
                .hasMessageContaining("does not apply to a draft of kind Bill");
        assertThatThrownBy(() -> act(moit, id, "record-passage", Map.of("passedOn", daysAgo(3).toString())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("introduction in Parliament");
        assertThatThrownBy(() -> act(moit, id, "record-introduction",
                Map.of("house", "Provincial Assembly", "introducedOn", daysAgo(8).toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NATIONAL_ASSEMBLY, SENATE");
        act(moit, id, "record-introduction", Map.of("house", "senate", "introducedOn", daysAgo(8).toString()));
        assertThatThrownBy(() -> act(moit, id, "publish-act", gazette())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("assent");
        act(moit, id, "record-passage", Map.of("passedOn", daysAgo(4).toString()));
        act(moit, id, "record-assent", Map.of("assentedOn", daysAgo(2).toString()));
        assertThat(act(moit, id, "publish-act", gazette())).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(moit, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
        var history = Fixtures.as(moit, () -> routing.routing(id)).history();
        assertThat(history.stream().filter(s -> s.action().equals("record-introduction")).findFirst().orElseThrow()
                .details()).containsEntry("house", "SENATE");
        assertThat(history.stream().filter(s -> s.action().equals("record-in-principle-approval")).findFirst()
                .orElseThrow().details()).containsEntry("caseNumber", "Case No. 12/3/2026");
    }

    @Test
    void bill_of_the_law_division_is_vetted_by_the_secretarys_designate_not_by_an_officer_on_the_case() {
        var id = create("LAW", DraftKind.BILL, false);
        var drafter = drafter("LAW");
        // the officer who approves the Bill and sends it out is himself one of the Secretary's designates: on this
        // Bill he is on the case all the same
        var officer = fixtures.designate("LAW");
        act(officer, id, "record-in-principle-approval",
                Map.of("caseNumber", "Case No. 14/3/2026", "decisionDate", daysAgo(60).toString()));
        toConsultations(id, false, drafter, officer);
        // the Law Division is the committee of its own Bill and its vetting is not skipped (when-own: designate)
        var vetting = Fixtures.as(officer, () -> routing.consultations(id)).getFirst();
        assertThat(steps(id)).containsExactly("law-vetting", "cclc-decision", "cabinet-decision");
        assertThat(vetting.committeeCode()).isEqualTo("LAW");
        assertThat(vetting.open()).isTrue();
        // the officer who approved the Bill and sent it out is on the case: the page shows him why he may not vet it,
        // his desk does not list it as his, and the service refuses him
        var designate = fixtures.designate("LAW");
        var undesignated = officer("LAW");
        assertThat(recordView(officer, id).blockedBy()).containsExactly("routing.notBy.DESIGNATE");
        assertThat(recordView(undesignated, id).blockedBy()).containsExactly("routing.notBy.UNDESIGNATED");
        assertThat(recordView(designate, id).blockedBy()).isEmpty();
        // on the desks: the view is the designate's to record, not theirs (the committee's officer may still have
        // the draft there for what else he may do in its consultations, e.g. add a division)
        assertThat(deskActions(officer, id)).doesNotContain("record-view");
        assertThat(deskActions(undesignated, id)).doesNotContain("record-view");
        assertThat(deskActions(designate, id)).contains("record-view");
        // an officer of the Division whom the Secretary has not designated may not vet it either
        assertThatThrownBy(() -> act(undesignated, id, "record-view",
                Fixtures.uo("view", "concur", "viewText", "Vetted by an officer not designated.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not designated");
        assertThatThrownBy(() -> act(officer, id, "record-view",
                Fixtures.uo("view", "concur", "viewText", "Vetted by myself.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("designate");
        assertThat(Fixtures.as(officer, () -> routing.consultations(id)).getFirst().open()).isTrue();
        // the Secretary's designate, of the legislative drafting wing, vets it
        assertThat(act(designate, id, "record-view", Fixtures.uo("view", "concur", "viewText",
                "Vetted by the legislative drafting wing."))).isEqualTo(DraftStatus.CONSULTATIONS);
        var vetted = Fixtures.as(officer, () -> routing.consultations(id)).getFirst();
        assertThat(vetted.open()).isFalse();
        assertThat(vetted.view()).isEqualTo("concur");
        // then the CCLC and the Cabinet, Parliament, assent and the gazette, as for any Bill
        approvedByCabinet(officer, id, "Case No. 60/11/2026");
        approvedByCabinet(officer, id, "Case No. 61/11/2026");
        assertThat(act(officer, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        act(officer, id, "record-introduction", Map.of("house", "NATIONAL_ASSEMBLY", "introducedOn",
                daysAgo(8).toString()));
        act(officer, id, "record-passage", Map.of("passedOn", daysAgo(4).toString()));
        act(officer, id, "record-assent", Map.of("assentedOn", daysAgo(2).toString()));
        assertThat(act(officer, id, "publish-act", gazette())).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(officer, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
        var recorded = Fixtures.as(officer, () -> routing.routing(id)).history().stream()
                .filter(s -> s.action().equals("record-view")).findFirst().orElseThrow();
        assertThat(recorded.actor()).isEqualTo(designate.getUsername());
        assertThat(recorded.details()).containsEntry("division", "LAW");
    }

    @Test
    void ordinance_of_the_cabinet_division_is_decided_by_the_cabinet_and_promulgated_not_passed() {
        var id = create("CABINET", DraftKind.ORDINANCE, false);
        var cabinet = officer("CABINET");
        toConsultations("CABINET", id, false);
        assertThat(steps(id)).containsExactly("law-vetting", "cclc-decision", "cabinet-decision");
        view("LAW", id);
        approvedByCabinet(cabinet, id, "Case No. 50/11/2026");
        approvedByCabinet(cabinet, id, "Case No. 51/11/2026");
        assertThat(act(cabinet, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThatThrownBy(() -> act(cabinet, id, "record-introduction",
                Map.of("house", "SENATE", "introducedOn", daysAgo(3).toString())))
                .as("an Ordinance is not passed by Parliament").isInstanceOf(ConflictException.class);
        var promulgation = new HashMap<>(gazette());
        promulgation.put("promulgatedOn", daysAgo(2).toString());
        assertThat(act(cabinet, id, "record-promulgation", promulgation)).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(cabinet, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void regulations_of_pemra_with_financial_implications_go_through_moib_finance_and_law_without_the_cabinet() {
        var id = create("PEMRA", DraftKind.REGULATOR_REGULATIONS, true);
        toConsultations("PEMRA", id, false);
        assertThat(steps(id)).containsExactly("ministry-views", "finance-views", "law-vetting");
        view("MOIB", id);
        view("FINANCE", id);
        view("LAW", id);
        var pemra = officer("PEMRA");
        assertThat(act(pemra, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThat(act(pemra, id, "record-approval", decision("PEMRA"))).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(pemra, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void rules_under_statute_of_the_federal_government_are_vetted_then_decided_by_the_cabinet() {
        var id = create("MOIT", DraftKind.RULES_UNDER_STATUTE, false);
        toConsultations("MOIT", id, true);
        view("LAW", id);
        var moit = officer("MOIT");
        approvedByCabinet(moit, id, "Case No. 60/11/2026");
        assertThat(act(moit, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThat(act(moit, id, "record-approval", decision("Federal Cabinet"))).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(moit, id, "close", Map.of())).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void cabinet_approval_with_modifications_needs_a_new_version_which_the_law_division_vets_again() {
        var id = create("MOIT", DraftKind.RULES_UNDER_STATUTE, false);
        toConsultations("MOIT", id, true);
        view("LAW", id);
        var moit = officer("MOIT");
        var cabinet = officer("CABINET");
        act(moit, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        var withModifications = new HashMap<>(Map.of("decision", "approved-with-modifications",
                "caseNumber", "Case No. 70/11/2026", "meetingDate", daysAgo(10).toString()));
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", withModifications))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("give the text of the modifications");
        withModifications.put("modifications", "Rule 5: sixty days instead of ninety.");
        act(cabinet, id, "record-cabinet-decision", withModifications);
        assertThat(Fixtures.as(moit, () -> routing.decisions(id)).getFirst().modifications())
                .isEqualTo("Rule 5: sixty days instead of ninety.");

        assertThatThrownBy(() -> act(moit, id, "to-competent-authority", Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("carrying the Cabinet’s modifications");
        assertThatThrownBy(() -> act(moit, id, "send-back-to-vetting", "Modified as the Cabinet decided.", Map.of()))
                .as("nothing new to vet yet").isInstanceOf(ConflictException.class);
        fixtures.textVersion(drafter("MOIT"), id, "Draft.\n\nRule 5. Platforms shall register within sixty days.\n");
        assertThatThrownBy(() -> act(moit, id, "to-competent-authority", Map.of()))
                .as("the new text is not the vetted one").isInstanceOf(ConflictException.class)
                .hasMessageContaining("send it back for vetting");
        act(moit, id, "send-back-to-vetting", "Modified as the Cabinet decided.", Map.of());
        assertThat(steps(id)).containsExactly("law-vetting", "law-vetting", "cabinet-decision");
        view("LAW", id);
        assertThat(act(moit, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
    }

    @Test
    void cabinet_returns_a_summary_as_incomplete_defers_it_and_decides_by_circulation() {
        var id = create("MOIB", DraftKind.POLICY, false);
        toConsultations("MOIB", id, false);
        view("MOIB", id);
        var moib = officer("MOIB");
        var cabinet = officer("CABINET");
        act(moib, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(30).toString()));
        assertThatThrownBy(() -> act(moib, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(29).toString())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> act(cabinet, id, "return-summary", null, Map.of()))
                .isInstanceOf(InvalidInputException.class);
        act(cabinet, id, "return-summary", "The views of the Finance Division are not annexed.", Map.of());
        var returned = Fixtures.as(moib, () -> routing.decisions(id)).getFirst();
        assertThat(returned.summaryReturnReason()).isEqualTo("The views of the Finance Division are not annexed.");
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", Map.of("decision", "approved",
                "caseNumber", "Case No. 80/11/2026", "meetingDate", daysAgo(10).toString())))
                .as("nothing is lodged after the return").isInstanceOf(ConflictException.class);

        act(moib, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(25).toString()));
        act(cabinet, id, "record-cabinet-decision", Map.of("decision", "deferred",
                "caseNumber", "Case No. 80/11/2026", "meetingDate", daysAgo(15).toString()));
        assertThat(steps(id)).containsExactly("minister-approval", "cabinet-decision");
        assertThatThrownBy(() -> act(moib, id, "to-competent-authority", Map.of()))
                .as("a deferred case stays pending").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", Map.of("decision", "approved",
                "caseNumber", "Case No. 81/11/2026", "byCirculation", "yes", "meetingDate", daysAgo(5).toString(),
                "decisionDate", daysAgo(5).toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no meeting date");
        act(cabinet, id, "record-cabinet-decision", Map.of("decision", "approved",
                "caseNumber", "Case No. 81/11/2026", "byCirculation", "yes", "decisionDate", daysAgo(5).toString()));
        var decided = Fixtures.as(moib, () -> routing.decisions(id)).getFirst();
        assertThat(decided.byCirculation()).isTrue();
        assertThat(decided.meetingDate()).isNull();
        assertThat(decided.decidedOn()).isEqualTo(daysAgo(5));
        assertThat(act(moib, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
    }

    @Test
    void cabinet_not_approving_keeps_the_draft_from_the_authority_until_it_is_withdrawn_for_revision() {
        var id = create("MOIB", DraftKind.POLICY, false);
        toConsultations("MOIB", id, false);
        view("MOIB", id);
        var moib = officer("MOIB");
        act(moib, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        act(officer("CABINET"), id, "record-cabinet-decision", Map.of("decision", "not-approved",
                "caseNumber", "Case No. 90/11/2026", "meetingDate", daysAgo(10).toString()));
        assertThatThrownBy(() -> act(moib, id, "to-competent-authority", Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("every required consultation");
        assertThat(act(moib, id, "withdraw-for-revision", "The Cabinet did not approve it.", Map.of()))
                .isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
    }

    @Test
    void cabinet_not_approving_lets_the_sponsor_close_the_file_with_its_reason() {
        var id = create("MOIB", DraftKind.POLICY, false);
        toConsultations("MOIB", id, false);
        view("MOIB", id);
        var moib = officer("MOIB");
        // not before the Cabinet has decided against it
        assertThatThrownBy(() -> act(moib, id, "close-not-approved", "Dropped.", Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not approved");
        act(moib, id, "lodge-summary", Map.of("summaryLodgedOn", daysAgo(20).toString()));
        act(officer("CABINET"), id, "record-cabinet-decision", Map.of("decision", "not-approved",
                "caseNumber", "Case No. 91/11/2026", "meetingDate", daysAgo(10).toString()));
        // the reason is asked for, and another division (the Cabinet Division itself) may not close the file
        assertThatThrownBy(() -> act(moib, id, "close-not-approved", null, Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> act(officer("CABINET"), id, "close-not-approved", "Not approved.", Map.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(act(moib, id, "close-not-approved", "The Cabinet did not approve the policy (Case No. 91/11/2026); "
                + "the Division drops the proposal.", Map.of())).isEqualTo(DraftStatus.CLOSED);
        var last = Fixtures.as(moib, () -> routing.routing(id)).history().getLast();
        assertThat(last.action()).isEqualTo("close-not-approved");
        assertThat(last.from()).isEqualTo(DraftStatus.CONSULTATIONS);
        assertThat(last.reason()).contains("drops the proposal");
        assertThat(Fixtures.as(moib, () -> routing.routing(id)).actions()).as("nothing moves a closed file").isEmpty();
    }
}
