package pk.gov.mashwara.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/** The file number and priority on the draft page: set by the committee, a bad number said under its field. */
class ParticularsDialogTest extends UiTest {

    @Autowired
    DraftService drafts;

    @Test
    void the_officer_numbers_and_marks_the_draft_and_a_bad_number_is_refused_under_its_field() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, Fixtures.unique("Particulars page"));

        signIn(officer);
        var view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.badges.getElement().getTextRecursively()).contains("Routine").doesNotContain("File ");
        test(button(view, "edit-particulars")).click();
        var dialog = find(ParticularsDialog.class).single();
        assertThat(dialog.reason.isVisible()).as("the committee gives no reason while it holds the draft").isFalse();

        test(dialog.fileNumber).setValue("the blue file");
        dialog.priority.setValue(Priority.IMMEDIATE);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fileNumber.isInvalid()).isTrue();
        assertThat(dialog.fileNumber.getErrorMessage()).contains("“the blue file”", "F. No. 2(1)/2026-Pub.");
        assertThat(dialog.priority.getValue()).as("nothing typed is lost").isEqualTo(Priority.IMMEDIATE);
        assertThat(Fixtures.as(officer, () -> drafts.get(created.id())).fileNumber()).isNull();

        test(dialog.fileNumber).setValue("No. 5(12)/2026-PEMRA-Legal");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var saved = Fixtures.as(officer, () -> drafts.get(created.id()));
        assertThat(saved.fileNumber()).isEqualTo("No. 5(12)/2026-PEMRA-Legal");
        assertThat(saved.priority()).isEqualTo(Priority.IMMEDIATE);
        assertThat(view.badges.getElement().getTextRecursively()).contains("Immediate", "No. 5(12)/2026-PEMRA-Legal");
    }

    @Test
    void a_member_of_the_working_group_gets_no_button() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var submitted = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Particulars hidden"));

        signIn(member);
        var view = navigate("drafts/" + submitted.id(), DraftView.class);
        assertThat(view.actions.getChildren().map(c -> c.getId().orElse(""))).doesNotContain("edit-particulars");
    }

    private static Button button(DraftView view, String id) {
        return view.actions.getChildren().filter(c -> id.equals(c.getId().orElse(null))).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No button " + id));
    }
}
