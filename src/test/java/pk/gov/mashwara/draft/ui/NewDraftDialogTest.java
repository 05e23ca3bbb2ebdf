package pk.gov.mashwara.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

class NewDraftDialogTest extends UiTest {

    @Test
    void missing_fields_are_named_and_nothing_is_lost() {
        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        var list = navigate(DraftListView.class);
        test(list.newDraft).click();
        var dialog = find(NewDraftDialog.class).single();

        test(dialog.title).setValue("A title that must survive");
        test(dialog.create).click();

        // each missing field says so under itself; no pop-up covers the form
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(dialog.legalBasis.isInvalid()).isTrue();
        assertThat(dialog.legalBasis.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.fileStatus.getText()).isEqualTo("Choose the draft's file: drop it here or choose it.");
        assertThat(dialog.fileStatus.getClassNames()).contains("field-error");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("A title that must survive");
        assertThat(dialog.committee.getValue().code()).isEqualTo("MOIB");
        assertThat(dialog.committee.isReadOnly()).isTrue();
    }

    @Test
    void a_refused_file_keeps_the_dialog_open_with_its_values() throws Exception {
        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        var list = navigate(DraftListView.class);
        test(list.newDraft).click();
        var dialog = find(NewDraftDialog.class).single();
        test(dialog.title).setValue("Draft with a wrong file");
        dialog.kind.setValue(DraftKind.POLICY);
        test(dialog.legalBasis).setValue("Rules of Business 1973");
        var zip = Files.createTempFile("archive", ".pdf");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("inside.txt"));
            out.write("not a draft".getBytes());
        }
        dialog.acceptFile("archive.pdf", zip.toFile());

        test(dialog.create).click();

        // said where the file goes, not over the form
        assertThat(dialog.fileStatus.getText()).contains("ZIP archive", "nothing was stored");
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.legalBasis.getValue()).isEqualTo("Rules of Business 1973");
    }

    @Test
    void a_valid_upload_creates_the_draft_and_opens_it() throws Exception {
        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        var list = navigate(DraftListView.class);
        test(list.newDraft).click();
        var dialog = find(NewDraftDialog.class).single();
        test(dialog.title).setValue("Created through the dialog");
        dialog.kind.setValue(DraftKind.POLICY);
        test(dialog.legalBasis).setValue("Rules of Business 1973");
        var pdf = Files.createTempFile("draft", ".pdf");
        Files.write(pdf, Fixtures.uniquePdf("Created through the dialog"));
        dialog.acceptFile("Engagement policy.pdf", pdf.toFile());

        test(dialog.create).click();

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        var view = (DraftView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo("Created through the dialog");
        assertThat(dialog.isOpened()).isFalse();
    }
}
