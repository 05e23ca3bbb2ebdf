package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.ui.DraftView;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.routing.RoutingView;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * Routing on the draft page: the right buttons for the right user, the dialog, blocked actions, the history, the
 * consultations with their attached files.
 */
class RoutingOnDraftPageTest extends UiTest {

    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threads;
    @Autowired
    pk.gov.mashwara.review.ReviewService review;

    @Test
    void only_the_user_the_draft_waits_for_gets_its_buttons_and_the_history_records_each_step() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, "Routing buttons test");

        signIn(officer);
        navigate("drafts/" + created.id(), DraftView.class);
        assertThat(actionButtons()).isEmpty();
        assertThat(section().state.getText()).isEqualTo("Draft with its committee");
        assertThat(section().getElement().getTextRecursively()).contains("No routing action has been taken");

        signIn(drafter);
        navigate("drafts/" + created.id(), DraftView.class);
        assertThat(actionButtons()).containsExactly("action-put-up");
        test(button("action-put-up")).click();
        test(find(ActionDialog.class).single().confirm).click();

        assertThat(test(find(Notification.class).last()).getText())
                .contains("Put up for the committee's approval", "With the committee's officer for approval");
        assertThat(actionButtons()).as("nothing left for the drafter to do").isEmpty();
        assertThat(section().state.getText()).isEqualTo("With the committee's officer for approval");
        assertThat(section().timeline.getElement().getTextRecursively())
                .contains("Put up for the committee's approval", "Draft → Awaiting committee approval",
                        drafter.displayName());
        assertThat(find(RoutingSection.class).single().getElement().getTextRecursively())
                .contains("Committee officer, Pakistan Telecommunication Authority", "Due by");

        signIn(officer);
        navigate("drafts/" + created.id(), DraftView.class);
        assertThat(actionButtons()).containsExactly("action-return-to-drafter", "action-submit");
    }

    @Test
    void an_action_that_asks_for_a_reason_opens_a_dialog_that_insists_on_one() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draftAwaitingApproval(drafter, "Routing dialog test");

        signIn(officer);
        navigate("drafts/" + created.id(), DraftView.class);
        test(button("action-return-to-drafter")).click();
        var dialog = find(ActionDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Return to the drafter");

        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(status(officer, created.id())).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);

        test(dialog.reason).setValue("Clause 4 cites the wrong section.");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(officer, created.id())).isEqualTo(DraftStatus.DRAFT);
        assertThat(section().timeline.getElement().getTextRecursively())
                .contains("Return to the drafter", "Clause 4 cites the wrong section.", officer.displayName());
        assertThat(actionButtons()).isEmpty();
    }

    @Test
    void submitting_says_it_gives_a_diary_number_and_cannot_be_withdrawn_and_cancelling_changes_nothing() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draftAwaitingApproval(drafter, "Routing confirmation test");
        var year = java.time.Year.now(DraftService.OFFICE_ZONE).getValue();
        signIn(officer);
        navigate("drafts/" + created.id(), DraftView.class);
        var before = Fixtures.as(officer, () -> routing.routing(created.id()));

        test(button("action-submit")).click();
        var dialog = find(ActionDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve and submit to the NSMCWG");
        assertThat(dialog.consequence.getText()).isEqualTo("This gives the draft the next diary number (NSMCWG/" + year
                + "/…) and sends it to the NSMCWG. It cannot be withdrawn.");
        test(dialog.cancel).click();

        assertThat(dialog.isOpened()).isFalse();
        var after = Fixtures.as(officer, () -> drafts.get(created.id()));
        assertThat(after.status()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
        assertThat(after.diaryNumber()).isNull();
        assertThat(after.version()).isEqualTo(before.draftVersion());
        assertThat(Fixtures.as(officer, () -> routing.routing(created.id())).history()).isEqualTo(before.history());
        assertThat(actionButtons()).containsExactly("action-return-to-drafter", "action-submit");

        test(button("action-submit")).click();
        test(find(ActionDialog.class).single().confirm).click();
        var submitted = Fixtures.as(officer, () -> drafts.get(created.id()));
        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(submitted.diaryNumber()).startsWith("NSMCWG/" + year + "/");
        assertThat(section().state.getText()).isEqualTo("Submitted to the NSMCWG");
    }

    @Test
    void returning_for_revision_names_the_committee_in_the_dialog_that_asks_for_the_reason() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedDraft(drafter, officer, "Routing return confirmation test");
        signIn(secretary);
        navigate("drafts/" + created.id(), DraftView.class);

        test(button("action-return-for-revision")).click();
        var dialog = find(ActionDialog.class).single();
        assertThat(find(ActionDialog.class).all()).as("one dialog, not a second one to confirm").hasSize(1);
        assertThat(dialog.consequence.getText()).isEqualTo(
                "The draft goes back to LAW for a new version. It cannot be undone; the reason stays in its history.");
        test(dialog.reason).setValue("Clause 2 needs a definition.");
        test(dialog.cancel).click();
        assertThat(status(secretary, created.id())).isEqualTo(DraftStatus.SUBMITTED);

        test(button("action-return-for-revision")).click();
        dialog = find(ActionDialog.class).single();
        assertThat(dialog.reason.getValue()).as("a new dialog, nothing kept from the cancelled one").isEmpty();
        test(dialog.reason).setValue("Clause 2 needs a definition.");
        test(dialog.confirm).click();
        assertThat(status(secretary, created.id())).isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
    }

    @Test
    void in_urdu_the_confirmation_names_the_consequence_in_urdu() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Routing confirmation in Urdu test");
        signIn(drafter);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setLocale(Messages.URDU);
        session.setAttribute(pk.gov.mashwara.shared.ui.Languages.class.getName() + ".chosen", Boolean.TRUE);
        navigate("drafts/" + created.id(), DraftView.class);

        test(button("action-put-up")).click();
        var dialog = find(ActionDialog.class).single();
        assertThat(dialog.consequence.getText()).isEqualTo("اس سے مسودہ منظوری کے لیے کمیٹی کے افسر کے سامنے پیش ہو"
                + " جائے گا۔ آپ اسے واپس نہیں لے سکتے: صرف افسر اسے آپ کو لوٹا سکتا ہے۔");
        assertThat(dialog.confirm.getText()).isEqualTo("تصدیق");
        test(dialog.cancel).click();
        assertThat(status(drafter, created.id())).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void the_review_window_is_shown_with_the_secretarys_controls_in_one_place_and_members_get_no_buttons() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var created = fixtures.submittedDraft(drafter, officer, "Routing window test");
        var deadline = java.time.LocalDate.now(DraftService.OFFICE_ZONE).plusDays(10).atTime(16, 30)
                .atZone(DraftService.OFFICE_ZONE).toInstant();
        Fixtures.as(secretary, () -> routing.act(created.id(), "open-review", new pk.gov.mashwara.routing.ActionRequest(
                drafts.get(created.id()).version(), null, java.util.Map.of("reviewDeadline", deadline.toString()))));
        var until = pk.gov.mashwara.shared.ui.Formats.dateTime(deadline, java.util.Locale.ENGLISH);

        signIn(member);
        navigate("drafts/" + created.id(), DraftView.class);
        assertThat(actionButtons()).isEmpty();
        assertThat(section().windowState.getText()).matches("Open for comments until "
                + java.util.regex.Pattern.quote(until) + " \\((9|10) days left\\)\\.");
        assertThat(find(Button.class).all()).noneMatch(b -> "window-change".equals(b.getId().orElse(null)));

        signIn(secretary);
        navigate("drafts/" + created.id(), DraftView.class);
        assertThat(actionButtons()).containsExactlyInAnyOrder("action-close-review", "action-return-for-revision");
        // closing the review sits with the window, offered at once, and the page says what it does
        var window = section().window;
        assertThat(find(Button.class, window).all().stream().map(b -> b.getId().orElse("")))
                .containsExactly("window-change", "action-close-review");
        assertThat(button("action-close-review").isEnabled()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, window).id("review-window-explained").getText())
                .startsWith("Closing the review ends comments now, before the deadline, and moves the draft to consolidation");
        // people by name and office: the history (the committee by its name, not its code), and who created the draft
        assertThat(section().timeline.getElement().getTextRecursively())
                .contains(secretary.displayName() + ", NSMCWG secretary",
                        officer.displayName() + ", Committee officer (Law and Justice Division)")
                .doesNotContain("(LAW)");
        // who created the draft is among its particulars, drawn in the browser
        assertThat(pk.gov.mashwara.shared.ui.DrawnTexts.sent(com.vaadin.flow.component.UI.getCurrent()).stream()
                .map(pk.gov.mashwara.shared.ui.Bidi::strip))
                .anyMatch(text -> text.contains(drafter.displayName() + ", Drafter (LAW) · "));
        assertThat(section().timeline.getElement().getTextRecursively())
                .contains("Open the review", "Comments close at (Pakistan time): " + until,
                        "Approve and submit to the NSMCWG", "Put up for the committee's approval");

        // a deadline in the past is refused under the field, the dialog stays open with what was typed
        test(button("window-change")).click();
        var dialog = find(pk.gov.mashwara.review.ui.DeadlineDialog.class).single();
        var past = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).minusDays(1).withSecond(0).withNano(0);
        dialog.deadline.setValue(past);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.deadline.isInvalid()).isTrue();
        assertThat(dialog.deadline.getErrorMessage()).isEqualTo("The deadline must be in the future.");
        assertThat(dialog.deadline.getValue()).isEqualTo(past);
        assertThat(find(Notification.class).all()).as("no pop-up over the form").isEmpty();

        var later = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).plusDays(20).withHour(17)
                .withMinute(0).withSecond(0).withNano(0);
        dialog.deadline.setValue(later);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(section().windowState.getText()).startsWith("Open for comments until "
                + pk.gov.mashwara.shared.ui.Formats.dateTime(later.atZone(pk.gov.mashwara.shared.ui.Formats.PKT)
                        .toInstant(), java.util.Locale.ENGLISH));
    }

    @Test
    void opening_the_review_asks_for_the_deadline_and_a_bad_one_is_said_under_its_field() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedDraft(drafter, officer, "Open review dialog test");
        signIn(secretary);
        navigate("drafts/" + created.id(), DraftView.class);

        test(button("action-open-review")).click();
        var dialog = find(ActionDialog.class).single();
        var proposed = Fixtures.as(secretary, () -> routing.proposedReviewDeadline());
        assertThat(dialog.reviewDeadline.getValue())
                .isEqualTo(java.time.LocalDateTime.ofInstant(proposed, pk.gov.mashwara.shared.ui.Formats.PKT));
        assertThat(dialog.reviewDeadline.getLabel()).isEqualTo("Comments close at (Pakistan time)");
        assertThat(dialog.consequence.getText()).contains("NSMCWG members can comment until the deadline above");

        // in the past: caught before anything is sent
        var past = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).minusHours(2).withSecond(0).withNano(0);
        dialog.reviewDeadline.setValue(past);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reviewDeadline.isInvalid()).isTrue();
        assertThat(dialog.reviewDeadline.getErrorMessage()).isEqualTo("The deadline must be in the future.");
        assertThat(dialog.reviewDeadline.getValue()).isEqualTo(past);
        // too far ahead: refused by the service, and its message lands on the same field
        var tooFar = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).plusYears(3).withSecond(0).withNano(0);
        dialog.reviewDeadline.setValue(tooFar);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reviewDeadline.isInvalid()).isTrue();
        assertThat(dialog.reviewDeadline.getErrorMessage()).isEqualTo("The deadline can be at most 366 days from now.");
        assertThat(dialog.reviewDeadline.getValue()).isEqualTo(tooFar);
        assertThat(dialog.problem.isVisible()).isFalse();
        assertThat(find(Notification.class).all()).as("no pop-up over the form").isEmpty();
        assertThat(status(secretary, created.id())).isEqualTo(DraftStatus.SUBMITTED);

        var chosen = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).plusDays(12).withHour(15)
                .withMinute(30).withSecond(0).withNano(0);
        dialog.reviewDeadline.setValue(chosen);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(secretary, created.id())).isEqualTo(DraftStatus.UNDER_REVIEW);
        assertThat(Fixtures.as(secretary, () -> review.window(created.id())).deadline())
                .isEqualTo(chosen.atZone(pk.gov.mashwara.shared.ui.Formats.PKT).toInstant());
        assertThat(section().windowState.getText()).startsWith("Open for comments until "
                + pk.gov.mashwara.shared.ui.Formats.dateTime(chosen.atZone(pk.gov.mashwara.shared.ui.Formats.PKT)
                        .toInstant(), java.util.Locale.ENGLISH) + " (");
    }

    @Test
    void someone_acting_meanwhile_is_named_and_the_page_shows_the_draft_as_it_now_stands() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var otherOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var created = fixtures.draftAwaitingApproval(drafter, "Routing conflict test");

        signIn(officer);
        navigate("drafts/" + created.id(), DraftView.class);
        Fixtures.as(otherOfficer, () -> routing.act(created.id(), "submit", drafts.get(created.id()).version(), null));
        test(button("action-submit")).click();
        test(find(ActionDialog.class).single().confirm).click();

        assertThat(test(find(Notification.class).last()).getText()).contains(otherOfficer.displayName());
        assertThat(section().state.getText()).isEqualTo("Submitted to the NSMCWG");
        assertThat(actionButtons()).isEmpty();
    }

    @Test
    void a_step_past_its_deadline_is_marked_overdue() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draftAwaitingApproval(drafter, "Routing overdue test");
        signIn(drafter);
        var draft = Fixtures.as(drafter, () -> drafts.get(created.id()));
        var now = Fixtures.as(drafter, () -> routing.routing(created.id()));

        assertThat(new RoutingSection(now, draft).getElement().getTextRecursively()).doesNotContain("Overdue");
        var late = new RoutingView(now.draftId(), now.status(), now.stateTitle(), now.waitingFor(),
                now.since().minus(Duration.ofDays(9)), now.since().minus(Duration.ofDays(2)), true, now.history(),
                now.actions(), now.draftVersion());
        var section = new RoutingSection(late, draft);
        assertThat(section.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(c -> "routing-overdue".equals(c.getId().orElse(null))).findFirst()).isPresent();
        assertThat(section.getElement().getTextRecursively()).contains("Due by", "Overdue");
    }

    @Test
    void in_urdu_the_rule_book_titles_are_shown_translated() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Routing in Urdu test");
        signIn(drafter);
        // as the language switcher leaves it: Urdu chosen in this session
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setLocale(Messages.URDU);
        session.setAttribute(pk.gov.mashwara.shared.ui.Languages.class.getName() + ".chosen", Boolean.TRUE);

        navigate("drafts/" + created.id(), DraftView.class);

        assertThat(button("action-put-up").getText()).isEqualTo("کمیٹی کی منظوری کے لیے پیش کریں");
        assertThat(section().state.getText()).isEqualTo("کمیٹی کے پاس مسودہ");
    }

    @Test
    void a_cleared_draft_shows_the_focal_persons_stamp() throws InterruptedException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        var id = fixtures.submittedDraft(drafter, officer, "Cleared on the page").id();
        Fixtures.as(secretary, () -> windows.setDeadline(id, java.time.Instant.now().plusMillis(1200)));
        Thread.sleep(1400);
        act(secretary, id, "close-review", java.util.Map.of());
        fixtures.composeInput(secretary, id);
        act(secretary, id, "send-for-clearance", java.util.Map.of());
        signIn(officer);
        navigate("drafts/" + id, DraftView.class);
        assertThat(section().clearance.isVisible()).isFalse();

        act(focal, id, "clear", java.util.Map.of());
        navigate("drafts/" + id, DraftView.class);
        assertThat(section().clearance.isVisible()).isTrue();
        assertThat(section().clearance.getElement().getTextRecursively()).contains("Cleared", "Cleared by " + focal.displayName(),
                "SHA-256");

        // on to the consultations: the page names the division whose view is awaited
        act(officer, id, "take-up-input", java.util.Map.of());
        act(officer, id, "start-consultations", java.util.Map.of("federalGovernmentPower", "no"));
        // a policy: first the Minister-in-Charge (recorded by the committee), then the divisions concerned
        navigate("drafts/" + id, DraftView.class);
        assertThat(section().facts.getElement().getTextRecursively()).contains("Committee officer, Pakistan Telecommunication Authority");
        act(officer, id, "record-view", pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "Approved by the Minister."));
        navigate("drafts/" + id, DraftView.class);
        // the Cabinet decides next, but first its summary is lodged: by the sponsor, the PTA's ministry, not the
        // Cabinet Division
        assertThat(section().facts.getElement().getTextRecursively())
                .contains("Committee officer, Ministry of Information Technology & Telecommunication")
                .doesNotContain("Cabinet Division");
    }

    @Test
    void sending_for_consultations_asks_whether_the_federal_government_holds_the_power() {
        var dialog = new ActionDialog("Send for the mandatory consultations",
                java.util.List.of(pk.gov.mashwara.routing.RoutingRules.Ask.POWERS), java.util.List.of(), false, input -> true);
        var powers = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<?>) find(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, dialog).id("routing-federalGovernmentPower");
        assertThat(powers.isRequired()).isTrue();
        assertThat(dialog.input().details()).containsEntry("federalGovernmentPower", null);

        var cabinet = new ActionDialog("Record the division's view",
                java.util.List.of(pk.gov.mashwara.routing.RoutingRules.Ask.VIEW), java.util.List.of(), true, input -> true);
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class, cabinet).all())
                .extracting(d -> d.getId().orElse(""))
                .containsExactly("routing-uoDate", "routing-summaryLodgedOn", "routing-meetingDate");
    }

    @Test
    void the_cabinets_decision_asks_the_case_number_and_the_meeting_or_the_date_of_a_decision_by_circulation() {
        var dialog = new ActionDialog("Record the Cabinet's decision",
                java.util.List.of(pk.gov.mashwara.routing.RoutingRules.Ask.CABINET_DECISION), java.util.List.of(), false,
                input -> true);
        // hidden fields are not found by the tester: the dialog's fields by the names the service takes
        @SuppressWarnings("unchecked")
        var decision = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) dialog.fields.get("decision");
        @SuppressWarnings("unchecked")
        var circulation = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) dialog.fields.get("byCirculation");
        var caseNumber = (com.vaadin.flow.component.textfield.TextField) dialog.fields.get("caseNumber");
        var meeting = (com.vaadin.flow.component.datepicker.DatePicker) dialog.fields.get("meetingDate");
        var decided = (com.vaadin.flow.component.datepicker.DatePicker) dialog.fields.get("decisionDate");
        var modifications = (com.vaadin.flow.component.textfield.TextArea) dialog.fields.get("modifications");
        assertThat(meeting.isVisible()).isTrue();
        assertThat(decided.isVisible()).isFalse();
        assertThat(modifications.isVisible()).isFalse();

        decision.setValue("approved-with-modifications");
        assertThat(modifications.isVisible()).as("asked only when the Cabinet modified the draft").isTrue();
        circulation.setValue("yes");
        assertThat(meeting.isVisible()).isFalse();
        assertThat(decided.isVisible()).isTrue();
        caseNumber.setValue("Case No. 123/12/2026");
        decided.setValue(java.time.LocalDate.of(2026, 12, 1));
        modifications.setValue("Rule 5: sixty days.");
        assertThat(dialog.input().details()).containsEntry("decision", "approved-with-modifications")
                .containsEntry("byCirculation", "yes").containsEntry("decisionDate", "2026-12-01")
                .containsEntry("caseNumber", "Case No. 123/12/2026").doesNotContainKey("meetingDate");
    }

    @Test
    void a_division_records_its_view_with_a_file_and_the_consultations_list_links_to_it() throws Exception {
        var walk = new ConsultationWalk(fixtures, drafts, routing, threads, windows)
                .ptaRegulationInConsultations(Fixtures.unique("Regulations with an attached view"));
        long id = walk.draftId();
        signIn(walk.ministryOfficer());
        navigate("drafts/" + id, DraftView.class);
        assertThat(section().consultations.getElement().getTextRecursively())
                .contains("Views of the administrative ministry", "Waiting for the view", "Not yet open");
        test(button("action-record-view")).click();
        var dialog = find(ActionDialog.class).single();
        assertThat(dialog.attachment).as("the view may come with a file").isNotNull();
        @SuppressWarnings("unchecked")
        var view = (RadioButtonGroup<String>) find(RadioButtonGroup.class, dialog).id("routing-view");
        test(view).selectItem("Concur with observations");
        test((com.vaadin.flow.component.textfield.TextArea) dialog.fields.get("viewText"))
                .setValue("Concur; observations on the fee schedule attached.");
        // the view arrives as a U.O. note
        // typed as officers write it, "U.O. No." included: the page must not say "U.O." twice
        test((com.vaadin.flow.component.textfield.TextField) dialog.fields.get("uoNumber"))
                .setValue("U.O. No. 7(2)/2026-Tel");
        ((com.vaadin.flow.component.datepicker.DatePicker) dialog.fields.get("uoDate"))
                .setValue(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")));
        test((com.vaadin.flow.component.textfield.TextField) dialog.fields.get("designation"))
                .setValue("Joint Secretary (Telecom)");

        // an empty file is refused: the dialog stays open with what was entered, and nothing is recorded
        dialog.received("empty.pdf", Files.createTempFile("view", ".pdf").toFile());
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        // said inside the dialog, not in a pop-up over it
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("The file is empty");
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(Fixtures.as(walk.ministryOfficer(), () -> routing.consultations(id)).getFirst().open()).isTrue();

        var bytes = Fixtures.uniquePdf("The Ministry's observations on the fee schedule");
        var file = Files.createTempFile("view", ".pdf");
        Files.write(file, bytes);
        dialog.received("ministry-observations.pdf", file.toFile());
        assertThat(Files.exists(file)).isTrue();
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Files.exists(file)).as("the temporary file is removed once taken").isFalse();
        var step = Fixtures.as(walk.ministryOfficer(), () -> routing.consultations(id)).getFirst();
        assertThat(step.view()).isEqualTo("concur-with-observations");
        assertThat(step.attachment().sha256()).isEqualTo(pk.gov.mashwara.support.TestFiles.sha256(bytes));
        var link = find(Anchor.class).id("consultation-" + step.id() + "-attachment");
        assertThat(link.getElement().getTextRecursively()).contains("ministry-observations.pdf");
        assertThat(section().timeline.getElement().getTextRecursively())
                .contains("View: Concur with observations", "Attached file: ministry-observations.pdf");
        assertThat(actionButtons()).doesNotContain("action-record-view");
        var note = find(com.vaadin.flow.component.html.Paragraph.class).id("consultation-" + step.id() + "-uo").getText();
        assertThat(note).startsWith("U.O. No. 7(2)/2026-Tel dated ").contains("signed by the Joint Secretary (Telecom)");
        var page = section().getElement().getTextRecursively();
        assertThat(page).contains("U.O. No. 7(2)/2026-Tel").doesNotContain("U.O. note U.O.")
                .doesNotContain("U.O. No. U.O.").doesNotContain("U.O. number: U.O.");
    }

    private void act(MashwaraUser user, long id, String action, java.util.Map<String, String> details) {
        Fixtures.as(user, () -> routing.act(id, action,
                new pk.gov.mashwara.routing.ActionRequest(drafts.get(id).version(), null, details)));
    }

    private RoutingSection section() {
        return find(RoutingSection.class).single();
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    private java.util.List<String> actionButtons() {
        return find(Button.class).all().stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("action-")).toList();
    }

    private DraftStatus status(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> drafts.get(id).status());
    }
}
