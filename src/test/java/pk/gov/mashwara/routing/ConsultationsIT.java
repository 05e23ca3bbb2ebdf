package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.RoutingView.ConsultationStep;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;

/**
 * Consultations as the Rules of Business have them: the divisions of one stage consulted together, each with its
 * own deadline in working days; a division added case by case with a reason; an objection resolved at a meeting
 * of the Secretaries concerned or sent to the Cabinet with both views; views as U.O. notes, also recorded on a
 * division's behalf with the scanned note.
 */
@SpringBootTest
@Import(Fixtures.class)
class ConsultationsIT {

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
    WorkingCalendar calendar;
    @Autowired
    PendencyService pendency;
    @Autowired
    pk.gov.mashwara.record.RecordService records;
    @Autowired
    pk.gov.mashwara.audit.AuditLog audit;

    ConsultationWalk walk() {
        return new ConsultationWalk(fixtures, drafts, routing, threads, windows);
    }

    MashwaraUser officer(String committee) {
        return fixtures.user(committee, Role.COMMITTEE_OFFICER);
    }

    List<ConsultationStep> steps(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> routing.consultations(id));
    }

    static ConsultationStep of(List<ConsultationStep> steps, String division) {
        return steps.stream().filter(s -> division.equals(s.committeeCode())).reduce((a, b) -> b).orElseThrow();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi")).toString();
    }

    @Test
    void divisions_of_one_stage_are_consulted_together_each_with_its_own_deadline_in_working_days() {
        var pta = officer("PTA");
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_REGULATIONS, true, false,
                Fixtures.unique("Regulations consulted in parallel"));

        var steps = steps(pta, id);
        assertThat(steps).extracting(ConsultationStep::committeeCode).containsExactly("MOIT", "FINANCE", "LAW");
        assertThat(steps).extracting(ConsultationStep::stage).containsExactly(1, 1, 2);
        assertThat(steps).extracting(ConsultationStep::status).containsExactly(RoutingView.Status.OPEN,
                RoutingView.Status.OPEN, RoutingView.Status.NOT_YET_OPEN);
        var moit = of(steps, "MOIT");
        var finance = of(steps, "FINANCE");
        assertThat(moit.dueAt()).as("fourteen working days").isEqualTo(calendar.dueAt(moit.openedAt(), 14));
        assertThat(finance.dueAt()).as("fourteen working days").isEqualTo(calendar.dueAt(finance.openedAt(), 14));
        // the draft is due when the first of its open steps is; each division finds it on its desk
        var earliest = moit.dueAt().isBefore(finance.dueAt()) ? moit.dueAt() : finance.dueAt();
        assertThat(Fixtures.as(pta, () -> routing.routing(id)).dueAt()).isEqualTo(earliest);
        for (var division : List.of("MOIT", "FINANCE")) {
            var desk = Fixtures.as(officer(division), () -> pendency.desk());
            assertThat(desk).as(division).anySatisfy(p -> assertThat(p.draftId()).isEqualTo(id));
        }
        assertThat(Fixtures.as(officer("LAW"), () -> pendency.desk())).as("the vetting comes last")
                .noneSatisfy(p -> assertThat(p.draftId()).isEqualTo(id));

        // Finance answers first: the Ministry's step stays open with its own deadline, the Law Division waits
        walk().act(officer("FINANCE"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Funds exist."));
        assertThat(of(steps(pta, id), "MOIT").status()).isEqualTo(RoutingView.Status.OPEN);
        assertThat(of(steps(pta, id), "LAW").openedAt()).isNull();
        assertThat(Fixtures.as(pta, () -> routing.routing(id)).dueAt()).isEqualTo(moit.dueAt());
        walk().act(officer("MOIT"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Concur."));
        var law = of(steps(pta, id), "LAW");
        assertThat(law.status()).as("the next stage opens once the stage before is in").isEqualTo(
                RoutingView.Status.OPEN);
        assertThat(law.dueAt()).isEqualTo(calendar.dueAt(law.openedAt(), 14));
    }

    @Test
    void the_committee_adds_a_division_concerned_with_a_reason_and_it_is_consulted_at_once() {
        var pta = officer("PTA");
        var mofa = officer("MOFA");
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_REGULATIONS, false, false,
                Fixtures.unique("Regulations touching foreign platforms"));
        assertThatThrownBy(() -> Fixtures.as(mofa, () -> drafts.get(id))).as("not shared before it is consulted")
                .isInstanceOf(pk.gov.mashwara.shared.NotFoundException.class);

        // only the committee's officer adds a division; the reason and a known division are required
        assertThatThrownBy(() -> walk().act(fixtures.user("PTA", Role.COMMITTEE_DRAFTER), id, "add-consultation",
                "Foreign platforms.", Map.of("division", "MOFA"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> walk().act(officer("MOIT"), id, "add-consultation", "Foreign platforms.",
                Map.of("division", "MOFA"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> walk().act(pta, id, "add-consultation", "Foreign platforms.",
                Map.of("division", "NARNIA"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("division"))
                .hasMessageContaining("“NARNIA” is not a division of the directory");
        assertThatThrownBy(() -> walk().act(pta, id, "add-consultation", " ", Map.of("division", "MOFA")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> walk().act(pta, id, "add-consultation", "Ourselves.", Map.of("division", "PTA")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("division"));

        walk().act(pta, id, "add-consultation", "The regulations bind platforms based abroad: Rule 8, Foreign Affairs.",
                Map.of("division", "mofa"));
        var added = of(steps(pta, id), "MOFA");
        assertThat(added.status()).isEqualTo(RoutingView.Status.OPEN);
        assertThat(added.stage()).as("consulted with the stage open now").isEqualTo(of(steps(pta, id), "MOIT").stage());
        assertThat(added.dueAt()).isEqualTo(calendar.dueAt(added.openedAt(), 14));
        assertThat(added.added().by()).isEqualTo(pta.getUsername());
        assertThat(added.added().reason()).contains("platforms based abroad");
        assertThat(Fixtures.as(mofa, () -> drafts.get(id)).id()).as("shared with the division added").isEqualTo(id);
        assertThatThrownBy(() -> walk().act(pta, id, "add-consultation", "Again.", Map.of("division", "MOFA")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("division"))
                .hasMessageContaining("already consulted");
        var history = Fixtures.as(pta, () -> routing.routing(id)).history().getLast();
        assertThat(history.action()).isEqualTo("add-consultation");
        assertThat(history.reason()).contains("platforms based abroad");
        assertThat(history.details()).containsEntry("division", "MOFA");

        // the Ministry's concurrence alone does not open the next stage: the added division's view is awaited
        walk().act(officer("MOIT"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Concur."));
        assertThat(of(steps(pta, id), "LAW").openedAt()).isNull();
        walk().act(mofa, id, "record-view", Fixtures.uo("view", "concur-with-observations", "viewText",
                "No objection; inform the missions."));
        assertThat(of(steps(pta, id), "LAW").status()).isEqualTo(RoutingView.Status.OPEN);
        walk().act(officer("LAW"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Vetted."));
        assertThat(walk().act(pta, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);

        // the act is in the audit log
        var auditor = fixtures.user(null, Role.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Fixtures.as(auditor,
                () -> audit.find(new pk.gov.mashwara.audit.AuditQuery(null, pk.gov.mashwara.audit.AuditAction.ROUTING_ACTION,
                        "DRAFT", String.valueOf(id), null, null), 0, 100)))
                .extracting(pk.gov.mashwara.audit.AuditRecord::detail)
                .anySatisfy(d -> assertThat(d).startsWith("add-consultation").contains("MOFA")));
    }

    @Test
    void an_objection_resolved_at_the_secretaries_meeting_lets_the_consultations_go_on() {
        var pemra = officer("PEMRA");
        var moib = officer("MOIB");
        long id = walk().inConsultations("PEMRA", DraftKind.REGULATOR_REGULATIONS, false, false,
                Fixtures.unique("Regulations the Ministry objects to"));
        assertThat(Fixtures.as(pemra, () -> routing.routing(id)).actions())
                .filteredOn(a -> a.name().equals("resolve-objection")).singleElement()
                .satisfies(a -> assertThat(a.blockedBy()).containsExactly("guard.OBJECTION_OPEN"));
        walk().act(moib, id, "record-view", Fixtures.uo("view", "object", "viewText",
                "The Ordinance does not give PEMRA this power."));
        assertThat(of(steps(pemra, id), "LAW").openedAt()).as("no vetting while the objection stands").isNull();
        assertThatThrownBy(() -> walk().act(pemra, id, "to-competent-authority", Map.of()))
                .isInstanceOf(ConflictException.class);

        var meeting = Map.of("secretariesMeetingDate", today(), "attendees",
                "Secretary MoIB; Chairman PEMRA; Additional Secretary, Law and Justice Division",
                "outcome", "The power flows from section 4 of the Ordinance; MoIB withdraws its objection.");
        assertThatThrownBy(() -> walk().act(moib, id, "resolve-objection", meeting))
                .isInstanceOf(AccessDeniedException.class);
        var future = new java.util.HashMap<>(meeting);
        future.put("secretariesMeetingDate", LocalDate.parse(today()).plusDays(3).toString());
        assertThatThrownBy(() -> walk().act(pemra, id, "resolve-objection", future))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("secretariesMeetingDate"));
        walk().act(pemra, id, "resolve-objection", meeting);

        var resolved = of(steps(pemra, id), "MOIB");
        assertThat(resolved.view()).isEqualTo("object");
        assertThat(resolved.resolution().path()).isEqualTo("SECRETARIES_MEETING");
        assertThat(resolved.resolution().meetingDate()).isEqualTo(LocalDate.parse(today()));
        assertThat(resolved.resolution().attendees()).contains("Chairman PEMRA");
        assertThat(resolved.resolution().outcome()).contains("withdraws its objection");
        assertThat(of(steps(pemra, id), "LAW").status()).isEqualTo(RoutingView.Status.OPEN);
        walk().act(officer("LAW"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Vetted."));
        assertThat(walk().act(pemra, id, "to-competent-authority", Map.of())).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
        assertThat(text(pemra, id)).contains("objection resolved at the meeting of the Secretaries concerned",
                "Chairman PEMRA");
    }

    @Test
    void an_objection_goes_to_the_cabinet_with_the_divisions_view_and_the_sponsors_reply_side_by_side() {
        var moit = officer("MOIT");
        long id = walk().inConsultations("MOIT", DraftKind.ORDINANCE, true, true,
                Fixtures.unique("An Ordinance Finance objects to"));
        walk().act(officer("FINANCE"), id, "record-view", Fixtures.uo("view", "object", "viewText",
                "No funds for the new Authority in the current year."));
        assertThat(of(steps(moit, id), "LAW").openedAt()).as("not before the objection is dealt with").isNull();
        assertThatThrownBy(() -> walk().act(moit, id, "refer-objection", Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sponsorReply"));

        walk().act(moit, id, "refer-objection", Map.of("sponsorReply",
                "The Authority is funded from its fees from the second year; the first year from the Ministry's budget."));
        var finance = of(steps(moit, id), "FINANCE");
        assertThat(finance.resolution().path()).isEqualTo("CABINET");
        assertThat(finance.viewText()).contains("No funds");
        assertThat(finance.resolution().sponsorReply()).contains("funded from its fees");
        assertThat(of(steps(moit, id), "LAW").status()).isEqualTo(RoutingView.Status.OPEN);
        assertThat(Fixtures.as(moit, () -> routing.routing(id)).history().getLast().details())
                .containsEntry("division", "FINANCE").containsEntry("objection",
                        "No funds for the new Authority in the current year.");
        assertThat(text(moit, id)).contains("submitted to the Cabinet with both views",
                "No funds for the new Authority", "funded from its fees");
        assertThatThrownBy(() -> walk().act(moit, id, "refer-objection", Map.of("sponsorReply", "Again.")))
                .as("no objection stands any more").isInstanceOf(ConflictException.class);
    }

    @Test
    void a_view_received_on_paper_is_recorded_on_the_divisions_behalf_with_its_scanned_note() {
        var pta = officer("PTA");
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_REGULATIONS, false, false,
                Fixtures.unique("Regulations with a view on paper"));
        var scan = Fixtures.uniquePdf("U.O. note of the Ministry of IT and Telecom");
        ActionRequest.Attachment note = new ActionRequest.Attachment("uo-note.pdf", () -> new ByteArrayInputStream(scan));
        var view = new java.util.HashMap<>(Fixtures.uo("view", "concur-with-observations", "viewText",
                "Concur; align the fees with the Act.", "division", "MOIT", "receivedOn", today(),
                "uoNumber", "No. 7(2)/2026-Tel", "designation", "Joint Secretary (Telecom)"));

        // who the view may be recorded by, and what a note must carry
        assertThat(Fixtures.as(secretary, () -> routing.viewTargets(id))).singleElement()
                .satisfies(t -> assertThat(t.code()).isEqualTo("MOIT")).satisfies(t -> assertThat(t.onBehalf()).isTrue());
        assertThatThrownBy(() -> walk().act(officer("LAW"), id, "record-view", view, note))
                .as("another division may not").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> walk().act(secretary, id, "record-view", view, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("file"));
        var noReceipt = new java.util.HashMap<>(view);
        noReceipt.remove("receivedOn");
        assertThatThrownBy(() -> walk().act(secretary, id, "record-view", noReceipt, note))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
        for (var bad : List.of(Map.entry("uoNumber", "see file"), Map.entry("uoDate", "2001-01-01"),
                Map.entry("uoDate", LocalDate.parse(today()).plusDays(1).toString()), Map.entry("designation", "17"))) {
            var wrong = new java.util.HashMap<>(view);
            wrong.put(bad.getKey(), bad.getValue());
            assertThatThrownBy(() -> walk().act(secretary, id, "record-view", wrong, note)).as(bad.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo(bad.getKey()));
        }
        var noDesignation = new java.util.HashMap<>(view);
        noDesignation.remove("designation");
        assertThatThrownBy(() -> walk().act(secretary, id, "record-view", noDesignation, note))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("designation"))
                .hasMessageContaining("designation of the officer who signed");
        assertThat(of(steps(pta, id), "MOIT").status()).as("nothing refused is recorded").isEqualTo(
                RoutingView.Status.OPEN);

        walk().act(secretary, id, "record-view", view, note);
        var recorded = of(steps(pta, id), "MOIT");
        assertThat(recorded.note().uoNumber()).isEqualTo("No. 7(2)/2026-Tel");
        assertThat(recorded.note().uoDate()).isEqualTo(LocalDate.parse(today()));
        assertThat(recorded.note().designation()).isEqualTo("Joint Secretary (Telecom)");
        assertThat(recorded.note().onBehalf()).isTrue();
        assertThat(recorded.note().receivedOn()).isEqualTo(LocalDate.parse(today()));
        assertThat(recorded.recordedBy()).isEqualTo(secretary.getUsername());
        assertThat(recorded.attachment().sha256()).isEqualTo(pk.gov.mashwara.support.TestFiles.sha256(scan));
        assertThat(Fixtures.as(pta, () -> routing.routing(id)).history().getLast().details())
                .containsEntry("division", "MOIT").containsEntry("uoNumber", "No. 7(2)/2026-Tel")
                .containsEntry("receivedOn", today());
        // the record's table may wrap the number after its hyphen
        assertThat(text(pta, id).replace("- ", "-")).contains("U.O. No. 7(2)/2026-Tel dated", "signed by the Joint Secretary (Telecom)",
                "recorded on behalf of Ministry of Information Technology");

        // the division's own officer records its own view, not on anyone's behalf
        walk().act(officer("LAW"), id, "record-view", Fixtures.uo("view", "concur", "viewText", "Vetted."));
        assertThat(of(steps(pta, id), "LAW").note().onBehalf()).isFalse();
    }

    /** The review record's text, spaces folded. */
    private String text(MashwaraUser user, long id) {
        var pdf = Fixtures.as(user, () -> records.export(id)).content();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
