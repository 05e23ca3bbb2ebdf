package pk.gov.mashwara.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

import pk.gov.mashwara.draft.ui.DraftListView;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Polling;
import pk.gov.mashwara.support.UiTest;

class NotificationBellTest extends UiTest {

    @Autowired
    NotificationService notifications;

    @Test
    void the_bell_shows_a_new_notification_on_the_next_poll_without_a_reload_and_opens_the_notifications() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Bell"));
        signIn(officer);
        navigate(DraftListView.class);
        var bell = find(NotificationBell.class).single();
        assertThat(bell.shownCount()).isZero();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 0 unread");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(NotificationBell.POLL_MILLIS);

        // Someone else, elsewhere, comments
        as(drafter, () -> notifications.send(new Notice(NotificationKind.REPLY, Set.of(officer.id()), draft.id(), 4L,
                "Drafter", null, "Agreed", "drafts/" + draft.id())));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(bell.shownCount()).isEqualTo(1);
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 1 unread");

        test(bell.button).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
    }

    @Test
    void the_count_is_refreshed_on_navigation_and_a_view_that_stops_polling_leaves_the_bell_polling() {
        var drafter = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Bell navigation"));
        signIn(officer);
        navigate(DraftListView.class);
        var bell = find(NotificationBell.class).single();

        as(drafter, () -> notifications.send(new Notice(NotificationKind.MENTION, Set.of(officer.id()), draft.id(), 1L,
                "Drafter", null, null, "drafts/" + draft.id())));
        var ui = UI.getCurrent();
        // The draft page polls faster while text is extracted, and stops its own polling when left
        navigate("drafts/" + draft.id(), pk.gov.mashwara.draft.ui.DraftView.class);
        assertThat(bell.shownCount()).isEqualTo(1);
        assertThat(ui.getPollInterval()).isBetween(1, NotificationBell.POLL_MILLIS);
        navigate(DraftListView.class);

        assertThat(ui.getPollInterval()).isEqualTo(NotificationBell.POLL_MILLIS);
        assertThat(Polling.interval(ui)).isEqualTo(NotificationBell.POLL_MILLIS);
    }

    @Test
    void an_idle_user_is_no_longer_polled_so_that_the_session_can_time_out_and_activity_resumes_polling() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        signIn(member);
        navigate(DraftListView.class);
        var ui = UI.getCurrent();
        var bell = find(NotificationBell.class).single();
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setMaxInactiveInterval(1800);

        bell.idleFor(java.time.Duration.ofMinutes(29));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(bell.isPolling()).isTrue();

        bell.idleFor(java.time.Duration.ofMinutes(31));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(bell.isPolling()).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(-1);

        navigate(pk.gov.mashwara.search.ui.SearchView.class);
        assertThat(bell.isPolling()).isTrue();
        assertThat(ui.getPollInterval()).isEqualTo(NotificationBell.POLL_MILLIS);
    }
}
