package pk.gov.mashwara.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class NotificationsViewTest extends UiTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    Follows follows;

    @Test
    void lists_newest_first_marks_unread_and_opening_one_marks_it_read_and_goes_to_its_link() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Notifications page"));
        notify(drafter, officer, draft.id(), "older", "drafts/" + draft.id());
        notify(drafter, officer, draft.id(), "newer", "drafts/" + draft.id() + "/versions/1/text?q=clause");

        signIn(officer);
        var view = navigate("notifications", NotificationsView.class);
        var bell = find(NotificationBell.class).single();
        assertThat(bell.shownCount()).isEqualTo(2);
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 2 unread");
        assertThat(bell.count.getText()).isEqualTo("2");

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(((NotificationItem) grid.getRow(0)).excerpt()).isEqualTo("newer");
        var newest = (Div) grid.getCellComponent(0, "notification");
        assertThat(newest.getClassNames()).contains("unread");
        assertThat(newest.getElement().getTextRecursively()).contains("Amina Khan mentioned you on", "newer");

        test(find(Button.class, newest).withClassName("notification-message").single()).click();

        assertThat(as(officer, () -> notifications.unreadCount())).isEqualTo(1);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("drafts/" + draft.id() + "/versions/1/text");
        assertThat(location.getQueryParameters().getSingleParameter("q")).contains("clause");
        assertThat(bell.shownCount()).isEqualTo(1);
    }

    @Test
    void mark_all_read_clears_the_count_and_the_bell() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Mark all"));
        notify(drafter, officer, draft.id(), "one", "drafts/" + draft.id());
        notify(drafter, officer, draft.id(), "two", "drafts/" + draft.id());

        signIn(officer);
        var view = navigate("notifications", NotificationsView.class);
        assertThat(view.markAllRead.isEnabled()).isTrue();
        test(view.markAllRead).click();

        assertThat(as(officer, () -> notifications.unreadCount())).isZero();
        assertThat(view.markAllRead.isEnabled()).isFalse();
        assertThat(((Div) test(view.grid).getCellComponent(0, "notification")).getClassNames()).doesNotContain("unread");
        var bell = find(NotificationBell.class).single();
        assertThat(bell.shownCount()).isZero();
        assertThat(bell.count.isVisible()).isFalse();
    }

    @Test
    void a_user_without_notifications_is_told_so_and_e_mail_choices_explain_why_they_are_off() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        signIn(member);
        var view = navigate("notifications", NotificationsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.emailChoices.boxes).hasSize(NotificationKind.values().length)
                .allSatisfy(box -> assertThat(box.isEnabled()).isFalse());
        assertThat(view.emailChoices.boxes.get(0).getValue()).isTrue();
        assertThat(view.emailChoices.hint.isVisible()).isTrue();
        assertThat(view.emailChoices.hint.getText()).contains("not set up");
    }

    @Test
    void followed_drafts_are_listed_and_can_be_unfollowed() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var title = unique("Followed on the page");
        var draft = fixtures.draft(drafter, title);
        await().atMost(Duration.ofSeconds(20)).until(() -> as(drafter, () -> follows.isFollowing(draft.id())));

        signIn(drafter);
        var view = navigate("notifications", NotificationsView.class);
        var link = find(Anchor.class, view.followed).withText(title).single();
        assertThat(link.getHref()).isEqualTo("drafts/" + draft.id());

        test(find(Button.class, view.followed).id("unfollow-" + draft.id())).click();

        assertThat(as(drafter, () -> follows.isFollowing(draft.id()))).isFalse();
        assertThat(find(Anchor.class, view.followed).withText(title).exists()).isFalse();
    }

    @Test
    void many_followed_drafts_are_shown_a_page_at_a_time() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        int count = 2 * FollowedDrafts.PAGE + 5;
        for (int i = 0; i < count; i++) {
            fixtures.textDraft(drafter, unique("Followed " + i), "Clause " + i + ".");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> as(drafter, () -> follows.countMine()) == count);

        signIn(drafter);
        var view = navigate("notifications", NotificationsView.class);
        assertThat(find(Anchor.class, view.followed).all()).hasSize(FollowedDrafts.PAGE);
        var more = view.followed.more;
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).contains(Integer.toString(count - FollowedDrafts.PAGE));

        test(more).click();
        assertThat(find(Anchor.class, view.followed).all()).hasSize(2 * FollowedDrafts.PAGE);
        test(more).click();
        var links = find(Anchor.class, view.followed).all();
        assertThat(links).hasSize(count);
        assertThat(links).extracting(Anchor::getHref).doesNotHaveDuplicates();
        assertThat(more.isVisible()).isFalse();
    }

    private void notify(MashwaraUser actor, MashwaraUser recipient, long draftId, String excerpt, String link) {
        as(actor, () -> notifications.send(new Notice(NotificationKind.MENTION, Set.of(recipient.id()), draftId, 1L,
                "Amina Khan", "Title", excerpt, link)));
    }
}
