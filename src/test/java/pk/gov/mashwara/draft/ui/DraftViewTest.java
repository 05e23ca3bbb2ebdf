package pk.gov.mashwara.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class DraftViewTest extends UiTest {

    @Test
    void the_drafter_sees_metadata_versions_and_puts_the_draft_up_then_the_officer_submits_it() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, "Draft page test");

        signIn(drafter);
        var view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.title.getText()).isEqualTo("Draft page test");
        // the particulars, drawn in the browser: one element kept for them, their texts sent once
        assertThat(view.metadata.getChildren()).isEmpty();
        assertThat(pk.gov.mashwara.shared.ui.DrawnTexts.sent(com.vaadin.flow.component.UI.getCurrent()))
                .contains("Committee", "PTA", "Kind of instrument", "Legal basis", "Created by", "Last change");
        assertThat(test(view.versions).size()).isEqualTo(1);
        assertThat(((VersionInfo) test(view.versions).getRow(0)).sha256()).isEqualTo(created.sha256());
        assertThat(view.uploadSection.isVisible()).isTrue();

        test(button(view, "action-put-up")).click();
        test(find(Button.class).id("routing-confirm")).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("officer for approval");
        assertThat(view.uploadSection.isVisible()).isFalse();

        signIn(officer);
        view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.uploadSection.isVisible()).isFalse();
        test(button(view, "action-submit")).click();
        test(find(Button.class).id("routing-confirm")).click();
        assertThat(view.badges.getElement().getText() + view.badges.getChildren()
                .map(c -> c.getElement().getText()).toList()).contains("NSMCWG/");
        assertThat(fixturesStatus(created.id(), officer)).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void the_page_offers_the_review_record_as_a_pdf_download() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Review record link test");
        signIn(drafter);

        var view = navigate("drafts/" + created.id(), DraftView.class);

        assertThat(view.record).isNotNull();
        assertThat(view.record.getElement().getTextRecursively()).isEqualTo("Review record (PDF)");
        assertThat(view.record.getHref()).as("a download handler's address").isNotBlank();
        assertThat(view.record.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void with_two_versions_the_page_links_to_their_comparison() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Comparison link test");
        signIn(drafter);
        var view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.compare.isVisible()).isFalse();

        pk.gov.mashwara.support.Fixtures.as(drafter, () -> drafts.addVersion(created.id(), "v2.pdf",
                new java.io.ByteArrayInputStream(pk.gov.mashwara.support.Fixtures.uniquePdf("Comparison link v2"))));
        view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.compare.isVisible()).isTrue();
        assertThat(view.compare.getHref()).isEqualTo("drafts/" + created.id() + "/compare?from=1&to=2");
        assertThat(view.compare.getElement().getTextRecursively()).isEqualTo("Compare versions");
    }

    @Test
    void the_page_shows_where_the_text_extraction_of_each_version_stands_until_it_is_done() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Extraction status on the draft page");
        signIn(drafter);

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            var view = navigate("drafts/" + created.id(), DraftView.class);
            var cell = test(view.versions).getCellComponent(0, "text");
            assertThat(cell.getElement().getTextRecursively()).isEqualTo("Text extracted");
        });
    }

    @Test
    void another_committee_cannot_open_the_draft_and_is_sent_back_to_the_list() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Hidden draft page test");

        signIn(outsider);
        navigate("drafts/" + created.id(), DraftListView.class);

        assertThat(getCurrentView()).isInstanceOf(DraftListView.class);
        assertThat(test(find(Notification.class).last()).getText()).contains("not visible to you");
    }

    @Test
    void the_follow_toggle_follows_and_unfollows_the_draft_for_the_signed_in_user() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, "Follow toggle test");

        signIn(officer);
        var view = navigate("drafts/" + created.id(), DraftView.class);
        var toggle = (FollowToggle) button(view, "follow");
        assertThat(toggle.isOn()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Follow");

        test(toggle).click();
        assertThat(pk.gov.mashwara.support.Fixtures.as(officer, () -> following.isFollowing(created.id()))).isTrue();
        assertThat(toggle.getText()).isEqualTo("Following");
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        // Shown as followed on the next visit too
        view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(((FollowToggle) button(view, "follow")).isOn()).isTrue();

        test(button(view, "follow")).click();
        assertThat(pk.gov.mashwara.support.Fixtures.as(officer, () -> following.isFollowing(created.id()))).isFalse();
    }

    @Test
    void a_refused_version_is_said_under_the_upload_not_in_a_pop_up() throws java.io.IOException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, "Refused version test");
        signIn(drafter);
        var view = navigate("drafts/" + created.id(), DraftView.class);
        assertThat(view.versionUploadError.isVisible()).isFalse();

        var empty = java.nio.file.Files.createTempFile("empty", ".pdf").toFile();
        view.versionUpload.receive("empty.pdf", empty);

        assertThat(view.versionUploadError.isVisible()).isTrue();
        assertThat(view.versionUploadError.getText()).contains("empty.pdf")
                .contains("The file is empty. Choose the file again; nothing was stored.");
        assertThat(find(Notification.class).all()).as("no pop-up over the page").isEmpty();
        assertThat(test(view.versions).size()).as("nothing stored").isEqualTo(1);

        view.versionUpload.receive("v2.pdf", writeTemp(pk.gov.mashwara.support.Fixtures.uniquePdf("Refused then fine")));
        assertThat(view.versionUploadError.isVisible()).as("a good file clears the message").isFalse();
        assertThat(test(view.versions).size()).isEqualTo(2);
    }

    private static java.io.File writeTemp(byte[] content) throws java.io.IOException {
        var file = java.nio.file.Files.createTempFile("version", ".pdf");
        java.nio.file.Files.write(file, content);
        return file.toFile();
    }

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.draft.DraftFollowing following;

    private Button button(DraftView view, String id) {
        return view.actions.getChildren().filter(c -> id.equals(c.getId().orElse(null))).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No button " + id));
    }

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.draft.DraftService drafts;

    private DraftStatus fixturesStatus(long id, pk.gov.mashwara.security.MashwaraUser user) {
        return pk.gov.mashwara.support.Fixtures.as(user, () -> drafts.get(id).status());
    }
}
