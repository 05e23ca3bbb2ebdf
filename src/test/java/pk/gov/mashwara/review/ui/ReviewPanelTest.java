package pk.gov.mashwara.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;

import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.ui.ReaderView;
import pk.gov.mashwara.text.ui.reader.TextSelection;

/** The review panel in the reader: commenting on a selected passage, replying and resolving, the window. */
class ReviewPanelTest extends UiTest {

    static final String TEXT = "Rule 1. A platform shall publish its community guidelines in Urdu and English.\n\n"
            + "Rule 2. A platform shall remove content within six hours of a lawful order.\n";

    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions actions;

    record Draft(long id, MashwaraUser drafter, MashwaraUser member, MashwaraUser secretary) {
    }

    Draft submitted() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Panel draft"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        return new Draft(id, drafter, fixtures.user("NSMCWG", Role.NSMCWG_MEMBER),
                fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
    }

    ReviewPanel open(Draft draft, MashwaraUser user) {
        signIn(user);
        navigate("drafts/" + draft.id() + "/versions/1/text", ReaderView.class);
        return find(ReviewPanel.class).single();
    }

    @Test
    void a_member_comments_on_a_selected_passage_and_it_is_marked_in_the_text() {
        var draft = submitted();
        var panel = open(draft, draft.member());
        assertThat(panel.heading.getText()).contains("0 open");
        assertThat(find(Paragraph.class, panel.composer).withText("Select a passage in the text to comment on it.").exists()).isTrue();

        var text = texts.text(draft.id(), 1).orElseThrow();
        var start = text.indexOf("within six hours");
        panel.selected(new TextSelection(start, start + "within six hours".length()));
        test(find(Button.class, panel.composer).id("review-comment-selection")).click();
        test(find(TextArea.class, panel.composer).id("review-new-comment")).setValue("Six hours is not workable at night.");
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class, panel.composer).exists())
                .as("a member cannot keep notes internal").isFalse();
        test(find(Button.class, panel.composer).id("review-start")).click();

        assertThat(panel.heading.getText()).contains("1 open");
        var cards = find(ThreadCard.class, panel.list).all();
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().thread().passage().exact()).isEqualTo("within six hours");
        var view = find(ReaderView.class).single();
        var passages = view.shownText().stream().flatMap(e -> descendants(e).stream())
                .filter(e -> e.getClassList().contains("reader-passage")).toList();
        assertThat(passages).hasSize(1);
        assertThat(passages.getFirst().getTextRecursively()).isEqualTo("within six hours");

        var earlier = text.indexOf("community guidelines");
        panel.selected(new TextSelection(earlier, earlier + "community guidelines".length()));
        test(find(Button.class, panel.composer).id("review-comment-selection")).click();
        test(find(TextArea.class, panel.composer).id("review-new-comment")).setValue("Which languages exactly?");
        test(find(Button.class, panel.composer).id("review-start")).click();
        var ordered = find(ThreadCard.class, panel.list).all();
        assertThat(ordered).extracting(c -> c.thread().passage().exact())
                .as("in the order of the text").containsExactly("community guidelines", "within six hours");
        assertThat(ordered.get(0).getClassNames()).as("the new thread is shown").contains("current");
        test(panel.next).click();
        assertThat(ordered.get(0).getClassNames()).doesNotContain("current");
        assertThat(ordered.get(1).getClassNames()).contains("current");
        test(panel.next).click();
        assertThat(ordered.get(0).getClassNames()).as("wraps around").contains("current");
    }

    @Test
    void the_committee_replies_and_the_secretary_resolves() {
        var draft = submitted();
        var panel = open(draft, draft.member());
        test(find(Button.class, panel).id("review-whole-draft")).click();
        test(find(TextArea.class, panel.composer).id("review-new-comment")).setValue("A general point.");
        test(find(Button.class, panel.composer).id("review-start")).click();
        var threadId = find(ThreadCard.class, panel.list).single().thread().id();
        var opening = find(ThreadCard.class, panel.list).single().thread().opening().id();

        panel = open(draft, draft.drafter());
        test(find(Button.class, panel.list).id("reply-" + opening)).click();
        var card = find(ThreadCard.class, panel.list).single();
        test(find(TextArea.class, card).single()).setValue("Answered in the next version.");
        test(find(Button.class, card).id("send-reply-" + opening)).click();
        assertThat(card.thread().comments()).hasSize(2);

        panel = open(draft, draft.secretary());
        card = find(ThreadCard.class, panel.list).single();
        test(find(Button.class, card).id("resolve-" + threadId)).click();
        var dialog = find(ResolveDialog.class).single();
        test(dialog.confirm).click();
        assertThat(card.thread().status().name()).isEqualTo("RESOLVED");
        assertThat(panel.heading.getText()).contains("0 open").contains("1 resolved");
        // named by name and office, not by user id
        assertThat(find(Paragraph.class, card).all()).anySatisfy(p -> assertThat(p.getText())
                .startsWith("Accepted by " + draft.secretary().displayName() + ", NSMCWG secretary on "));
        // the Open tab drops it at once; All still has it
        assertThat(find(ThreadCard.class, panel.list).all()).isEmpty();
        panel.filter.setSelectedTab(panel.allTab);
        assertThat(find(ThreadCard.class, panel.list).single().thread().id()).isEqualTo(threadId);
    }

    @Test
    void a_refused_reply_or_edit_is_said_under_the_text_which_stays_as_typed() {
        var draft = submitted();
        var panel = open(draft, draft.member());
        test(find(Button.class, panel).id("review-whole-draft")).click();
        test(find(TextArea.class, panel.composer).id("review-new-comment")).setValue("A point to answer.");
        test(find(Button.class, panel.composer).id("review-start")).click();
        var opening = find(ThreadCard.class, panel.list).single().thread().opening().id();

        panel = open(draft, draft.drafter());
        test(find(Button.class, panel.list).id("reply-" + opening)).click();
        var card = find(ThreadCard.class, panel.list).single();
        var reply = find(TextArea.class, card).single();
        test(reply).setValue("   ");
        test(find(Button.class, card).id("send-reply-" + opening)).click();
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("Write something before sending.");
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).as("no pop-up")
                .noneSatisfy(n -> assertThat(test(n).getText()).contains("Write something"));
        assertThat(card.thread().comments()).hasSize(1);

        var tooLong = "x".repeat(pk.gov.mashwara.review.CommentView.MAX_BODY + 1);
        // the field's own limit is the browser's; the service's is the one that counts
        reply.setMaxLength(tooLong.length());
        test(reply).setValue(tooLong);
        test(find(Button.class, card).id("send-reply-" + opening)).click();
        assertThat(reply.getErrorMessage()).startsWith("A comment may be at most");
        assertThat(reply.getValue()).as("nothing typed is lost").isEqualTo(tooLong);

        // editing the own opening comment to nothing is refused the same way
        panel = open(draft, draft.member());
        card = find(ThreadCard.class, panel.list).single();
        test(find(Button.class, card).id("edit-" + opening)).click();
        var edit = find(TextArea.class, card).single();
        assertThat(edit.getValue()).isEqualTo("A point to answer.");
        test(edit).setValue("");
        test(find(Button.class, card).id("save-edit-" + opening)).click();
        assertThat(edit.isInvalid()).isTrue();
        assertThat(edit.getErrorMessage()).isEqualTo("Write something before sending.");
        assertThat(card.thread().comments().getFirst().body()).isEqualTo("A point to answer.");
    }

    @Test
    void after_the_deadline_a_member_is_told_why_they_cannot_comment() throws InterruptedException {
        var draft = submitted();
        Fixtures.as(draft.secretary(), () -> windows.setDeadline(draft.id(), Instant.now().plusSeconds(2)));
        Thread.sleep(2500);
        var panel = open(draft, draft.member());
        assertThat(panel.window.getText()).startsWith("Comments closed on");
        assertThat(panel.wholeDraft.isVisible()).isFalse();
        assertThat(find(Paragraph.class, panel.composer).single().getText()).contains("closed");
        assertThat(panel.setDeadline.isVisible()).isFalse();

        var secretaryPanel = open(draft, draft.secretary());
        assertThat(secretaryPanel.setDeadline.isVisible()).isTrue();
    }

    @Test
    void what_others_write_appears_by_itself_unless_the_user_is_writing() {
        var draft = submitted();
        var panel = open(draft, draft.drafter());
        assertThat(panel.isPolling()).as("an open reader looks for others' activity").isTrue();
        panel.polled(com.vaadin.flow.component.UI.getCurrent());
        assertThat(find(ThreadCard.class, panel.list).all()).isEmpty();

        Fixtures.as(draft.member(), () -> actions.start(new NewThread(draft.id(), 1, null, "First general point.", false)));
        panel.polled(com.vaadin.flow.component.UI.getCurrent());
        assertThat(find(ThreadCard.class, panel.list).all()).as("appears at the next look").hasSize(1);
        assertThat(panel.fresh.isVisible()).isFalse();

        // The drafter starts writing a reply; another point arrives meanwhile
        var opening = find(ThreadCard.class, panel.list).single().thread().opening().id();
        test(find(Button.class, panel.list).id("reply-" + opening)).click();
        var card = find(ThreadCard.class, panel.list).single();
        test(find(TextArea.class, card).single()).setValue("Half-written answer");
        Fixtures.as(draft.member(), () -> actions.start(new NewThread(draft.id(), 1, null, "Second general point.", false)));
        panel.polled(com.vaadin.flow.component.UI.getCurrent());
        assertThat(find(ThreadCard.class, panel.list).all()).as("not redrawn under the user's typing").hasSize(1);
        assertThat(find(TextArea.class, card).single().getValue()).isEqualTo("Half-written answer");
        assertThat(panel.fresh.isVisible()).as("offered instead").isTrue();

        test(find(Button.class, card).id("send-reply-" + opening)).click();
        test(panel.fresh).click();
        assertThat(find(ThreadCard.class, panel.list).all()).hasSize(2);
        assertThat(panel.fresh.isVisible()).isFalse();
        panel.polled(com.vaadin.flow.component.UI.getCurrent());
        assertThat(panel.fresh.isVisible()).as("nothing new since").isFalse();
    }

    @Test
    void the_threads_filter_by_category_and_severity_and_a_card_writes_its_history_only_when_opened() {
        var draft = submitted();
        Fixtures.as(draft.member(), () -> actions.start(new NewThread(draft.id(), 1, null, "The statute does not allow it.",
                false, "LEGAL", pk.gov.mashwara.review.Severity.MUST_CHANGE, null)));
        Fixtures.as(draft.member(), () -> actions.start(new NewThread(draft.id(), 1, null, "A comma is missing.",
                false, "DRAFTING", pk.gov.mashwara.review.Severity.CONSIDER, null)));
        var panel = open(draft, draft.secretary());
        assertThat(find(ThreadCard.class, panel.list).all()).hasSize(2);
        assertThat(panel.categoryFilter.getValue()).as("empty is any category").isNull();
        assertThat(panel.categoryFilter.getPlaceholder()).isEqualTo("Every category");

        test(panel.categoryFilter).selectItem("Legal / constitutional");
        assertThat(find(ThreadCard.class, panel.list).all()).extracting(c -> c.thread().category()).containsExactly("LEGAL");
        panel.categoryFilter.clear(); // as its clear button does
        test(panel.severityFilter).selectItem("Consider");
        assertThat(find(ThreadCard.class, panel.list).all()).extracting(c -> c.thread().category()).containsExactly("DRAFTING");
        test(panel.categoryFilter).selectItem("Legal / constitutional");
        assertThat(find(ThreadCard.class, panel.list).all()).isEmpty();
        assertThat(find(Paragraph.class, panel.list).single().getText()).isNotBlank();
        panel.categoryFilter.clear(); // as its clear button does
        panel.severityFilter.clear();
        assertThat(find(ThreadCard.class, panel.list).all()).hasSize(2);

        // the history is written when it is opened, not before
        var card = find(ThreadCard.class, panel.list).all().getFirst();
        var history = find(Button.class, card).id("history-" + card.thread().id());
        assertThat(history.getText()).isEqualTo("History (1)");
        assertThat(history.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(find(Paragraph.class, card).all()).noneSatisfy(p -> assertThat(p.getText()).contains("started on v1"));
        test(history).click();
        assertThat(history.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(find(Paragraph.class, card).all()).filteredOn(p -> p.getText().contains("started on v1")).hasSize(1);
        test(history).click();
        assertThat(find(Paragraph.class, card).all()).noneSatisfy(p -> assertThat(p.getText()).contains("started on v1"));
    }

    @Test
    void a_deadline_the_service_refuses_is_said_under_the_field_and_what_was_typed_stays() {
        var draft = submitted();
        Fixtures.as(draft.secretary(), () -> windows.setDeadline(draft.id(), Instant.now().plusSeconds(86_400)));
        var panel = open(draft, draft.secretary());
        assertThat(panel.window.getText()).startsWith("Open for comments");
        test(panel.setDeadline).click();
        var dialog = find(DeadlineDialog.class).single();
        var tooFar = java.time.LocalDateTime.now(pk.gov.mashwara.shared.ui.Formats.PKT).plusYears(2).withSecond(0).withNano(0);
        dialog.deadline.setValue(tooFar);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.deadline.isInvalid()).isTrue();
        assertThat(dialog.deadline.getErrorMessage()).isEqualTo("The deadline can be at most 366 days from now.");
        assertThat(dialog.deadline.getValue()).isEqualTo(tooFar);
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).isEmpty();

        dialog.deadline.setValue(null);
        test(dialog.confirm).click();
        assertThat(dialog.deadline.getErrorMessage()).startsWith("Give the date and time comments close");
    }

    private static List<Element> descendants(Element root) {
        var all = new ArrayList<Element>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }
}
