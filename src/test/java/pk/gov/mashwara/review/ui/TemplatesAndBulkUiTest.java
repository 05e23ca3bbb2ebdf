package pk.gov.mashwara.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.DraftTexts;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ResponseTemplates;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.ui.ReaderView;

/** The response-template picker, ticking threads and resolving them at once, the templates page, the redline links. */
class TemplatesAndBulkUiTest extends UiTest {

    static final String TEXT = "Rule 1. A platform shall publish its community guidelines in Urdu and English.\n\n"
            + "Rule 2. A platform shall remove content within six hours of a lawful order.\n";

    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions actions;
    @Autowired
    ReviewService review;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;

    record Reviewed(long id, MashwaraUser member, MashwaraUser secretary, long first, long second) {
    }

    Reviewed reviewed() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Bulk draft"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(id, 1).isFinal());
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(7))));
        // the clause is found in the context kept with the passage: here the start of its paragraph
        var at = TEXT.indexOf("A platform shall remove");
        var first = Fixtures.as(member, () -> actions.start(new NewThread(id, 1,
                new Selection(at, at + 23, "A platform shall remove", null, null, null), "Six hours is too short.", false))).id();
        var second = Fixtures.as(member, () -> actions.start(new NewThread(id, 1, null, "Consult the provinces.", false))).id();
        return new Reviewed(id, member, secretary, first, second);
    }

    ReviewPanel open(Reviewed draft, MashwaraUser user) {
        signIn(user);
        navigate("drafts/" + draft.id() + "/versions/1/text", ReaderView.class);
        return find(ReviewPanel.class).single();
    }

    @Test
    void the_resolve_dialog_inserts_a_template_with_the_commenter_and_the_clause() {
        var draft = reviewed();
        var template = Fixtures.as(draft.secretary(), () -> templates.create(Fixtures.unique("Thanks"),
                "Thank you, {commenter}: {clause} will be revised."));
        var panel = open(draft, draft.secretary());
        test(find(Button.class, panel.list).id("resolve-" + draft.first())).click();
        var dialog = find(ResolveDialog.class).single();
        assertThat(dialog.template.isVisible()).isTrue();
        var offered = dialog.template.getListDataView().getItems().filter(t -> t.id() == template.id()).findFirst().orElseThrow();
        dialog.template.setValue(offered);
        assertThat(dialog.reason.getValue()).isEqualTo("Thank you, " + draft.member().displayName() + ": Rule 2 will be revised.");
        assertThat(dialog.template.getValue()).isNull();
        dialog.resolution.setValue(Resolution.DECLINED);
        test(dialog.confirm).click();
        var thread = Fixtures.as(draft.secretary(), () -> review.thread(draft.first()));
        assertThat(thread.resolution()).isEqualTo(Resolution.DECLINED);
        assertThat(thread.resolutionReason()).startsWith("Thank you, " + draft.member().displayName());
    }

    @Test
    void ticked_threads_are_resolved_at_once() {
        var draft = reviewed();
        var panel = open(draft, draft.secretary());
        assertThat(panel.resolveSelected.isVisible()).isFalse();
        test(find(Checkbox.class, panel.list).id("select-" + draft.first())).click();
        test(find(Checkbox.class, panel.list).id("select-" + draft.second())).click();
        assertThat(panel.resolveSelected.isVisible()).isTrue();
        assertThat(panel.resolveSelected.getText()).isEqualTo("Resolve selected (2)");
        test(panel.resolveSelected).click();
        var dialog = find(ResolveDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Resolve 2 threads");
        dialog.resolution.setValue(Resolution.NOTED);
        dialog.reason.setValue("Noted, {commenter}.");
        test(dialog.confirm).click();
        for (var id : new long[] { draft.first(), draft.second() }) {
            var thread = Fixtures.as(draft.secretary(), () -> review.thread(id));
            assertThat(thread.resolution()).isEqualTo(Resolution.NOTED);
            assertThat(thread.resolutionReason()).isEqualTo("Noted, " + draft.member().displayName() + ".");
        }
        assertThat(panel.resolveSelected.isVisible()).isFalse();
        // a member resolves nothing: no tick boxes
        panel = open(draft, draft.member());
        panel.filter.setSelectedTab(panel.allTab);
        assertThat(find(Checkbox.class, panel.list).all()).noneMatch(c -> c.getId().orElse("").startsWith("select-"));
    }

    @Test
    void an_officer_keeps_the_committee_s_templates_and_a_bad_variable_is_said_under_the_text() {
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        signIn(officer);
        var view = navigate("response-templates", ResponseTemplatesView.class);
        assertThat(view.add.isVisible()).isTrue();
        test(view.add).click();
        var dialog = find(ResponseTemplatesView.TemplateDialog.class).single();
        var title = Fixtures.unique("Declined with reasons");
        test(find(TextField.class, dialog).id("template-title")).setValue(title);
        test(find(TextArea.class, dialog).id("template-body")).setValue("Dear {minister}, declined.");
        test(dialog.saveButton()).click();
        assertThat(dialog.body.isInvalid()).isTrue();
        assertThat(dialog.body.getErrorMessage()).contains("{minister}");
        test(find(TextArea.class, dialog).id("template-body")).setValue("Declined: {clause} stays as it is.");
        test(dialog.saveButton()).click();
        assertThat(view.grid.getListDataView().getItems()).anyMatch(t -> t.title().equals(title) && t.library().equals("MOIT"));

        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        signIn(drafter);
        // elsewhere first: navigating to the route shown keeps its view
        navigate("drafts", pk.gov.mashwara.draft.ui.DraftListView.class);
        var readOnly = navigate("response-templates", ResponseTemplatesView.class);
        assertThat(readOnly.add.isVisible()).isFalse();
        assertThat(readOnly.note.isVisible()).isTrue();
        assertThat(readOnly.grid.getListDataView().getItems()).anyMatch(t -> t.title().equals(title) && !t.editable());
    }

    @Test
    void the_comparison_page_offers_both_redlines() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = new DraftTexts(drafts, texts, extraction).draft(drafter, "1. Ninety days.\n", "1. Sixty days.\n");
        signIn(drafter);
        com.vaadin.flow.component.UI.getCurrent().navigate("drafts/" + id + "/compare",
                com.vaadin.flow.router.QueryParameters.fromString("from=1&to=2"));
        var view = (DiffView) getCurrentView();
        assertThat(view.redlineDocx.isVisible()).isTrue();
        assertThat(view.redlinePdf.isVisible()).isTrue();
        assertThat(view.redlineDocx.getElement().getTextRecursively()).isEqualTo("Redline (Word)");
        assertThat(view.redlinePdf.getElement().getTextRecursively()).isEqualTo("Redline (PDF)");
        assertThat(view.redlineDocx.getHref()).isNotBlank();
    }
}
