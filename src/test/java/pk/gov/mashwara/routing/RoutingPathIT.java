package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Drafts walked along their whole path under the shipped rules, each step by the right user and refused to the
 * wrong ones, with the guards, the consultations of their kind and the Cabinet's clear days.
 */
@SpringBootTest
@Import(Fixtures.class)
class RoutingPathIT {

    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;
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
    pk.gov.mashwara.record.RecordService records;
    @Autowired
    pk.gov.mashwara.audit.AuditLog audit;
    @Autowired
    PendencyService pendency;

    record Cast(MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary,
            MashwaraUser focal) {
    }

    Cast cast(String committee) {
        return new Cast(fixtures.user(committee, Role.COMMITTEE_DRAFTER), fixtures.user(committee, Role.COMMITTEE_OFFICER),
                fixtures.user("NSMCWG", Role.NSMCWG_MEMBER), fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY),
                fixtures.focalPerson());
    }

    long create(MashwaraUser drafter, DraftKind kind, boolean financial) {
        var text = "Draft " + kind + ".\n\nSection 1. Platforms shall register with the Authority within ninety days.\n";
        var id = Fixtures.as(drafter, () -> drafts.create(new NewDraft(Fixtures.unique("Routed " + kind),
                drafter.committeeId(), kind, "PECA 2016, section 37", financial, Classification.UNCLASSIFIED),
                "draft.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        return id;
    }

    DraftStatus act(MashwaraUser user, long draftId, String action) {
        return act(user, draftId, action, null, Map.of());
    }

    DraftStatus act(MashwaraUser user, long draftId, String action, String reason, Map<String, String> details) {
        return Fixtures.as(user, () -> {
            var version = drafts.get(draftId).version();
            // a summary is lodged as the final document (Rule 18)
            return routing.act(draftId, action, new ActionRequest(version, reason, details,
                    InstrumentPathsIT.lodgedSummary(action))).status();
        });
    }

    /** From a new draft to the committee's response, with one point accepted and answered. */
    long toCommitteeResponse(Cast c, DraftKind kind, boolean financial) throws InterruptedException {
        var id = create(c.drafter(), kind, financial);
        if (kind == DraftKind.BILL) {
            // Rule 27(1): the Cabinet approved the proposal in principle before it was drafted
            act(c.officer(), id, "record-in-principle-approval", null,
                    Map.of("caseNumber", "Case No. 12/3/2026", "decisionDate", "2026-03-10"));
        }
        act(c.drafter(), id, "put-up");
        act(c.officer(), id, "submit");
        var point = Fixtures.as(c.member(), () -> threads.start(new NewThread(id, 1, null, "Ninety days is long.", false)));
        Fixtures.as(c.secretary(), () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(14))));
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> windows.closeNow(id))).isInstanceOf(AccessDeniedException.class);
        // every member has had their say: the secretary closes comments early
        Fixtures.as(c.secretary(), () -> windows.closeNow(id));
        assertThatThrownBy(() -> Fixtures.as(c.secretary(), () -> windows.closeNow(id))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> threads.start(new NewThread(id, 1, null, "Too late.", false))))
                .isInstanceOf(ConflictException.class);
        act(c.secretary(), id, "close-review");
        var current = Fixtures.as(c.secretary(), () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED, null));
        fixtures.composeInput(c.secretary(), id);
        act(c.secretary(), id, "send-for-clearance");
        act(c.focal(), id, "clear", null, Map.of());
        act(c.officer(), id, "take-up-input");
        act(c.drafter(), id, "record-response", null, Map.of("threadId", String.valueOf(current.id()),
                "response", "Changed to sixty days in Section 1."));
        return id;
    }

    @Test
    void a_pta_regulation_goes_from_upload_to_notified_each_step_by_the_right_user() throws InterruptedException {
        var c = cast("PTA");
        var id = create(c.drafter(), DraftKind.REGULATOR_REGULATIONS, false);

        assertThatThrownBy(() -> act(c.officer(), id, "put-up")).isInstanceOf(AccessDeniedException.class);
        assertThat(act(c.drafter(), id, "put-up")).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
        assertThatThrownBy(() -> act(c.drafter(), id, "submit")).isInstanceOf(AccessDeniedException.class);
        assertThat(act(c.officer(), id, "submit")).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(Fixtures.as(c.officer(), () -> drafts.get(id)).diaryNumber()).matches("NSMCWG/\\d{4}/\\d{4}");

        var point = Fixtures.as(c.member(), () -> threads.start(new NewThread(id, 1, null, "Ninety days is long.", false)));
        Fixtures.as(c.secretary(), () -> windows.setDeadline(id, Instant.now().plusMillis(1500)));
        assertThat(Fixtures.as(c.secretary(), () -> drafts.get(id)).status()).isEqualTo(DraftStatus.UNDER_REVIEW);
        Thread.sleep(1700);
        assertThatThrownBy(() -> act(c.member(), id, "close-review")).isInstanceOf(AccessDeniedException.class);
        assertThat(act(c.secretary(), id, "close-review")).isEqualTo(DraftStatus.CONSOLIDATION);
        assertThatThrownBy(() -> act(c.secretary(), id, "send-for-clearance")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("every review thread must be resolved");
        var accepted = Fixtures.as(c.secretary(), () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED, null));
        assertThatThrownBy(() -> act(c.secretary(), id, "send-for-clearance")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("input must be composed");
        fixtures.composeInput(c.secretary(), id);
        assertThat(act(c.secretary(), id, "send-for-clearance")).isEqualTo(DraftStatus.CLEARANCE);

        assertThatThrownBy(() -> act(c.secretary(), id, "clear", null, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(act(c.focal(), id, "clear", null, Map.of())).isEqualTo(DraftStatus.INPUT_ISSUED);
        assertThat(act(c.officer(), id, "take-up-input")).isEqualTo(DraftStatus.COMMITTEE_RESPONSE);

        assertThatThrownBy(() -> act(c.officer(), id, "start-consultations", null, Map.of("federalGovernmentPower", "no")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("each accepted point");
        act(c.drafter(), id, "record-response", null, Map.of("threadId", String.valueOf(accepted.id()),
                "response", "Changed to sixty days in Section 1."));
        assertThat(act(c.officer(), id, "start-consultations", null, Map.of("federalGovernmentPower", "no")))
                .isEqualTo(DraftStatus.CONSULTATIONS);

        // the regulator's administrative ministry first, then the Law Division; each sees the draft when consulted
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var law = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        assertThat(Fixtures.as(moit, () -> drafts.get(id)).id()).isEqualTo(id);
        var consulting = Fixtures.as(moit, () -> routing.routing(id));
        assertThat(consulting.actions()).extracting(RoutingView.AvailableAction::name).containsExactly("record-view");
        assertThat(consulting.dueAt()).as("the step's own deadline: 14 working days, at the close of the day")
                .isEqualTo(calendar.dueAt(consulting.since(), 14));
        var onDesk = Fixtures.as(moit, () -> pendency.desk()).stream().filter(p -> p.draftId() == id).findFirst()
                .orElseThrow();
        assertThat(onDesk.actions()).containsExactly("Record the division's view");
        assertThat(onDesk.dueAt()).isEqualTo(consulting.dueAt());
        assertThatThrownBy(() -> act(law, id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> act(c.officer(), id, "to-competent-authority")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("consultation");
        assertThat(act(moit, id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur-with-observations",
                "viewText", "Align the fee schedule with the Act."))).isEqualTo(DraftStatus.CONSULTATIONS);
        assertThat(act(law, id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted; no objection.")))
                .isEqualTo(DraftStatus.CONSULTATIONS);
        assertThat(act(c.officer(), id, "to-competent-authority")).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);

        assertThatThrownBy(() -> act(c.officer(), id, "record-approval", null, Map.of("authority", "PTA",
                "decisionNumber", "PTA/REG/2026/14", "decisionDate", "not a date", "gazetteNumber", "S.R.O. 1201(I)/2026",
                "gazetteDate", "2026-12-20"))).isInstanceOf(ConflictException.class);
        assertThat(act(c.officer(), id, "record-approval", null, Map.of("authority", "PTA",
                "decisionNumber", "PTA/REG/2026/14", "decisionDate", "2026-12-15", "gazetteNumber", "S.R.O. 1201(I)/2026",
                "gazetteDate", "2026-12-20"))).isEqualTo(DraftStatus.NOTIFIED);
        assertThat(act(c.officer(), id, "close")).isEqualTo(DraftStatus.CLOSED);

        var view = Fixtures.as(c.officer(), () -> routing.routing(id));
        assertThat(view.actions()).isEmpty();
        assertThat(view.history()).extracting(RoutingView.Step::action).containsSubsequence("put-up", "submit",
                "open-review", "close-review", "send-for-clearance", "clear", "take-up-input", "record-response",
                "start-consultations", "record-view", "record-view", "to-competent-authority", "record-approval", "close");
        assertThat(view.history().stream().filter(s -> s.action().equals("record-approval")).findFirst().orElseThrow()
                .details()).containsEntry("gazetteNumber", "S.R.O. 1201(I)/2026");

        // every routing action is in the audit log, also those that move nothing (a view, a response)
        var auditor = fixtures.user(null, Role.AUDITOR);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Fixtures.as(auditor,
                () -> audit.find(new pk.gov.mashwara.audit.AuditQuery(null, pk.gov.mashwara.audit.AuditAction.ROUTING_ACTION,
                        "DRAFT", String.valueOf(id), null, null), 0, 100)))
                .extracting(pk.gov.mashwara.audit.AuditRecord::detail)
                .anySatisfy(d -> assertThat(d).startsWith("record-view: CONSULTATIONS → CONSULTATIONS").contains("concur"))
                .anySatisfy(d -> assertThat(d).startsWith("record-approval").contains("S.R.O. 1201(I)/2026"))
                .hasSizeGreaterThanOrEqualTo(14));

        // the review record carries the routing, the consultations and the responses
        var pdf = Fixtures.as(c.officer(), () -> records.export(id)).content();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Routing and consultations", "Submit to the competent authority",
                    "S.R.O. 1201(I)/2026", "Align the fee schedule with the Act", "Changed to sixty days in Section 1.",
                    "Law and Justice Division");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sponsor lodges the summary for the open deciding step and the Cabinet Division records the decision. */
    void decide(MashwaraUser sponsor, long id, LocalDate lodged, LocalDate meeting, String caseNumber) {
        act(sponsor, id, "lodge-summary", null, Map.of("summaryLodgedOn", lodged.toString()));
        act(fixtures.user("CABINET", Role.COMMITTEE_OFFICER), id, "record-cabinet-decision", null,
                Map.of("decision", "approved", "caseNumber", caseNumber, "meetingDate", meeting.toString()));
    }

    @Test
    void a_bill_needs_finance_when_it_costs_money_law_last_then_the_cclc_and_the_cabinet_seven_clear_days_after_the_summary()
            throws InterruptedException {
        var c = cast("MOIT");
        var id = toCommitteeResponse(c, DraftKind.BILL, true);
        act(c.officer(), id, "start-consultations", null, Map.of("federalGovernmentPower", "yes"));
        assertThat(Fixtures.as(c.officer(), () -> routing.consultations(id))).extracting(RoutingView.ConsultationStep::step)
                .containsExactly("finance-views", "law-vetting", "cclc-decision", "cabinet-decision");
        act(fixtures.user("FINANCE", Role.COMMITTEE_OFFICER), id, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Funds exist."));
        act(fixtures.user("LAW", Role.COMMITTEE_OFFICER), id, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted."));
        var cabinet = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        // the Cabinet decides; it gives no view
        assertThatThrownBy(() -> act(cabinet, id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Approved.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("the Cabinet decides");
        decide(c.officer(), id, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), "Case No. 7/11/2026");
        var meeting = LocalDate.now(DraftService.OFFICE_ZONE).minusDays(5);
        assertThatThrownBy(() -> act(c.officer(), id, "lodge-summary", null,
                Map.of("summaryLodgedOn", "2999-01-01"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("still to come");
        act(c.officer(), id, "lodge-summary", null, Map.of("summaryLodgedOn", meeting.minusDays(7).toString()));
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "Case No. 123/1/2027", "meetingDate", meeting.toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 7 clear days");
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "123-1-2027", "meetingDate", meeting.plusDays(1).toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Case No. 123/12/2026");
        // a year past 9999 was kept on H2 and a 500 on MariaDB: refused alike on both
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "Case No. 123/1/2027", "meetingDate", "+999999-01-20")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1900-01-01 to 2999-12-31");
        act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "case no 123/1/2027", "meetingDate", meeting.plusDays(1).toString()));
        var decided = Fixtures.as(c.officer(), () -> routing.decisions(id));
        assertThat(decided).extracting(RoutingView.DecisionStep::caseNumber)
                .containsExactly("Case No. 7/11/2026", "Case No. 123/1/2027");
        assertThat(decided.getLast().meetingDate()).isEqualTo(meeting.plusDays(1));
        assertThat(act(c.officer(), id, "to-competent-authority")).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
    }

    @Test
    void rules_under_a_statute_go_to_the_cabinet_only_where_the_statute_names_the_federal_government()
            throws InterruptedException {
        var c = cast("MOIT");
        var federal = toCommitteeResponse(c, DraftKind.RULES_UNDER_STATUTE, false);
        act(c.officer(), federal, "start-consultations", null, Map.of("federalGovernmentPower", "yes"));
        var steps = Fixtures.as(c.officer(), () -> routing.consultations(federal)).stream()
                .map(RoutingView.ConsultationStep::step).toList();
        assertThat(steps).containsExactly("law-vetting", "cabinet-decision");

        var law = cast("LAW");
        var own = toCommitteeResponse(law, DraftKind.RULES_UNDER_STATUTE, false);
        act(law.officer(), own, "start-consultations", null, Map.of("federalGovernmentPower", "no"));
        // the Law Division's own rules: vetted all the same, by the Secretary's designate (when-own: designate), an
        // officer of the Division not on the case; the officer who sent them out may not vet them
        assertThat(Fixtures.as(law.officer(), () -> routing.consultations(own))).extracting(
                RoutingView.ConsultationStep::step, RoutingView.ConsultationStep::committeeCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("law-vetting", "LAW"));
        assertThatThrownBy(() -> act(law.officer(), own, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted.")))
                .isInstanceOf(pk.gov.mashwara.shared.ConflictException.class);
        // nor may an officer of the Division whom the Secretary has not designated
        assertThatThrownBy(() -> act(fixtures.user("LAW", Role.COMMITTEE_OFFICER), own, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted.")))
                .isInstanceOf(pk.gov.mashwara.shared.ConflictException.class).hasMessageContaining("not designated");
        act(fixtures.designate("LAW"), own, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted by the drafting wing."));
        assertThat(act(law.officer(), own, "to-competent-authority")).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
    }

    @Test
    void a_policy_needs_the_ministers_approval_and_then_the_cabinets_decision_not_a_concurrence()
            throws InterruptedException {
        var c = cast("MOIB");
        var id = toCommitteeResponse(c, DraftKind.POLICY, false);
        act(c.officer(), id, "start-consultations", null, Map.of("federalGovernmentPower", "no"));
        var cabinet = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "Case No. 1/1/2027", "meetingDate", "2027-01-20")))
                .as("the Minister's approval comes first").isInstanceOf(AccessDeniedException.class);
        act(c.officer(), id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Approved by the Minister-in-Charge."));
        assertThatThrownBy(() -> act(cabinet, id, "record-view", null, pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Agreed.")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> act(cabinet, id, "record-cabinet-decision", null, Map.of("decision", "approved",
                "caseNumber", "Case No. 1/1/2027", "meetingDate", "2027-01-20")))
                .as("no summary lodged yet").isInstanceOf(ConflictException.class)
                .hasMessageContaining("summary must be lodged");
        decide(c.officer(), id, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), "Case No. 1/1/2027");
        assertThat(Fixtures.as(c.officer(), () -> routing.consultations(id))).extracting(RoutingView.ConsultationStep::view)
                .containsExactly("concur", "approved");
        assertThat(act(c.officer(), id, "to-competent-authority")).isEqualTo(DraftStatus.COMPETENT_AUTHORITY);
    }

    @Test
    void an_objection_stops_the_draft_until_it_is_withdrawn_revised_and_sent_again() throws InterruptedException {
        var c = cast("PEMRA");
        var id = toCommitteeResponse(c, DraftKind.REGULATOR_REGULATIONS, false);
        act(c.officer(), id, "start-consultations", null, Map.of("federalGovernmentPower", "no"));
        act(fixtures.user("MOIB", Role.COMMITTEE_OFFICER), id, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "object", "viewText", "The Ordinance does not give this power."));
        // the Law Division does not vet a text the Ministry's objection may yet change (Rule 9)
        assertThatThrownBy(() -> act(fixtures.user("LAW", Role.COMMITTEE_OFFICER), id, "record-view", null,
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Vetted.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> act(c.officer(), id, "to-competent-authority")).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> act(c.officer(), id, "withdraw-for-revision")).isInstanceOf(InvalidInputException.class);
        assertThat(act(c.officer(), id, "withdraw-for-revision", "Revise per the Ministry's objection.", Map.of()))
                .isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
        assertThatThrownBy(() -> act(c.drafter(), id, "put-up")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("new version");
        fixtures.textVersion(c.drafter(), id, "Revised draft.\n\nSection 1. Platforms register within sixty days.\n");
        assertThat(act(c.drafter(), id, "put-up")).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
        var diary = Fixtures.as(c.officer(), () -> drafts.get(id)).diaryNumber();
        act(c.officer(), id, "submit");
        assertThat(Fixtures.as(c.officer(), () -> drafts.get(id)).diaryNumber()).as("the file keeps its number")
                .isEqualTo(diary);
    }

    @Test
    void the_focal_person_may_return_a_draft_instead_of_clearing_it_and_the_secretary_may_return_it_from_review() {
        var c = cast("PTA");
        var id = create(c.drafter(), DraftKind.REGULATOR_REGULATIONS, false);
        act(c.drafter(), id, "put-up");
        act(c.officer(), id, "submit");
        Fixtures.as(c.secretary(), () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(14))));
        Fixtures.as(c.secretary(), () -> windows.closeNow(id));
        act(c.secretary(), id, "close-review");
        fixtures.composeInput(c.secretary(), id);
        act(c.secretary(), id, "send-for-clearance");

        assertThatThrownBy(() -> act(c.secretary(), id, "return-from-clearance", "No.", Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> act(c.focal(), id, "return-from-clearance")).isInstanceOf(InvalidInputException.class);
        assertThat(act(c.focal(), id, "return-from-clearance", "Rule 4 contradicts section 37 of PECA; redraft it.",
                Map.of())).isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
        var returned = Fixtures.as(c.drafter(), () -> routing.routing(id));
        assertThat(returned.history().getLast().reason()).contains("section 37");
        assertThat(returned.actions()).extracting(RoutingView.AvailableAction::name).containsExactly("put-up");
        assertThat(returned.actions().getFirst().blockedBy()).containsExactly("guard.NEW_VERSION_SINCE_RETURN");

        fixtures.textVersion(c.drafter(), id, "Revised.\n\nRule 4. Blocking orders follow section 37 of PECA.\n");
        act(c.drafter(), id, "put-up");
        act(c.officer(), id, "submit");
        assertThat(act(c.secretary(), id, "return-for-revision", "Another round is needed.", Map.of()))
                .isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
    }

    @Test
    void a_hidden_draft_is_not_found_and_an_unknown_action_is_named() {
        var c = cast("PTA");
        var id = create(c.drafter(), DraftKind.POLICY, false);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> routing.routing(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> act(outsider, id, "put-up")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> act(c.drafter(), id, "publish")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("publish");
        var view = Fixtures.as(c.drafter(), () -> routing.routing(id));
        assertThat(view.actions()).extracting(RoutingView.AvailableAction::name).containsExactly("put-up");
        assertThat(view.waitingFor().role()).isEqualTo(Role.COMMITTEE_DRAFTER);
        assertThat(Fixtures.as(c.officer(), () -> routing.routing(id)).actions()).isEmpty();
    }
}
