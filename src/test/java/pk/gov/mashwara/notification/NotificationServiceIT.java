package pk.gov.mashwara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.notification.NotificationTestSupport.mention;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class NotificationServiceIT {

    @Autowired
    NotificationService notifications;

    @Autowired
    DirectoryService directory;

    @Autowired
    Fixtures fixtures;

    @Test
    void only_recipients_who_exist_are_enabled_and_may_see_the_draft_are_notified() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var otherCommittee = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var disabled = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        as(systemAdministrator(), () -> directory.updateUser(disabled.id(), new UserForm(disabled.getUsername(),
                "Gone", null, disabled.committeeId(), EnumSet.of(Role.COMMITTEE_DRAFTER), false, null)));
        var draft = fixtures.draft(drafter, unique("Visibility of notices"));

        as(drafter, () -> notifications.send(mention(draft.id(),
                Set.of(officer.id(), otherCommittee.id(), member.id(), disabled.id(), Long.MAX_VALUE), "See 3(b)")));

        assertThat(as(officer, () -> notifications.mine(0, 10))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.draftId()).isEqualTo(draft.id());
            assertThat(n.threadId()).isEqualTo(5L);
            assertThat(n.excerpt()).isEqualTo("See 3(b)");
            assertThat(n.link()).isEqualTo("drafts/" + draft.id() + "/versions/1/read?thread=5");
            assertThat(n.read()).isFalse();
        });
        assertThat(as(otherCommittee, () -> notifications.unreadCount())).isZero();
        assertThat(as(member, () -> notifications.unreadCount())).isZero();
        assertThat(as(disabled, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void a_notice_for_nobody_who_may_see_a_missing_draft_changes_nothing_and_does_not_throw() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);

        as(drafter, () -> notifications.send(mention(Long.MAX_VALUE, Set.of(drafter.id()), null)));
        as(drafter, () -> notifications.send(mention(Long.MAX_VALUE, Set.of(), null)));

        assertThat(as(drafter, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void unread_counts_go_down_as_the_user_marks_their_own_notifications_read_and_no_one_else_can() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Unread counts"));
        for (var excerpt : new String[] { "first", "second", "third" }) {
            as(drafter, () -> notifications.send(mention(draft.id(), Set.of(officer.id()), excerpt)));
        }

        var mine = as(officer, () -> notifications.mine(0, 10));
        assertThat(mine).extracting(NotificationItem::excerpt).containsExactly("third", "second", "first");
        assertThat(as(officer, () -> notifications.unreadCount())).isEqualTo(3);
        assertThat(as(officer, () -> notifications.mine(1, 1))).extracting(NotificationItem::excerpt)
                .containsExactly("second");

        var first = mine.get(2).id();
        assertThatThrownBy(() -> as(drafter, () -> notifications.markRead(first))).isInstanceOf(NotFoundException.class);
        assertThat(as(officer, () -> notifications.unreadCount())).isEqualTo(3);

        as(officer, () -> notifications.markRead(first));
        as(officer, () -> notifications.markRead(first));
        assertThat(as(officer, () -> notifications.unreadCount())).isEqualTo(2);
        assertThat(as(officer, () -> notifications.mine(true, 0, 10))).extracting(NotificationItem::excerpt)
                .containsExactly("third", "second");
        assertThat(as(officer, () -> notifications.count(false))).isEqualTo(3);

        as(drafter, () -> notifications.markAllRead());
        assertThat(as(officer, () -> notifications.unreadCount())).isEqualTo(2);
        as(officer, () -> notifications.markAllRead());
        assertThat(as(officer, () -> notifications.unreadCount())).isZero();
        assertThat(as(officer, () -> notifications.mine(0, 10))).allMatch(NotificationItem::read).hasSize(3);
    }

    @Test
    void long_texts_are_cut_rather_than_refused() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Long excerpt"));

        as(drafter, () -> notifications.send(mention(draft.id(), Set.of(officer.id()), "x".repeat(2000))));

        var excerpt = as(officer, () -> notifications.mine(0, 1)).get(0).excerpt();
        assertThat(excerpt).hasSize(500).endsWith("…");
    }

    @Test
    void a_missing_title_is_taken_from_the_draft() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var title = unique("Title looked up");
        var draft = fixtures.draft(drafter, title);

        as(drafter, () -> notifications.send(new Notice(NotificationKind.REPLY, Set.of(officer.id()), draft.id(), 9L,
                "Someone", null, null, "drafts/" + draft.id())));

        assertThat(as(officer, () -> notifications.mine(0, 1)).get(0).draftTitle()).isEqualTo(title);
    }

    @Test
    void e_mail_preferences_start_from_the_defaults_and_keep_the_users_choice() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var other = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        assertThat(as(member, () -> notifications.preferences()).byEmail()).containsExactlyInAnyOrder(
                NotificationKind.MENTION, NotificationKind.REPLY, NotificationKind.THREAD_RESOLVED,
                NotificationKind.THREAD_REOPENED, NotificationKind.DEADLINE_APPROACHING, NotificationKind.STEP_OVERDUE,
                NotificationKind.AWAITING_YOU, NotificationKind.LETTER_UNACKNOWLEDGED,
                NotificationKind.DIRECTION_CANNOT_PROCEED, NotificationKind.PROGRESS_REPORT_DUE,
                NotificationKind.PROGRESS_REPORT_OVERDUE, NotificationKind.DATA_REQUEST,
                NotificationKind.DATA_REQUEST_OVERDUE, NotificationKind.COMMITMENT_OWED,
                NotificationKind.COMMITMENT_OVERDUE, NotificationKind.STATEMENT);

        as(member, () -> notifications.updatePreferences(new EmailPreferences(Set.of(NotificationKind.NEW_VERSION))));
        assertThat(as(member, () -> notifications.preferences()).byEmail()).containsExactly(NotificationKind.NEW_VERSION);
        as(member, () -> notifications.updatePreferences(new EmailPreferences(Set.of())));
        assertThat(as(member, () -> notifications.preferences()).byEmail()).isEmpty();
        assertThat(as(other, () -> notifications.preferences()).byEmail()).contains(NotificationKind.MENTION);

        assertThatThrownBy(() -> as(member, () -> notifications.updatePreferences(null)))
                .isInstanceOf(InvalidInputException.class);
        // No SMTP server in this configuration
        assertThat(as(member, () -> notifications.emailAvailability())).isEqualTo(EmailAvailability.NOT_CONFIGURED);
    }

    @Test
    void paging_is_validated_and_nobody_signed_in_reads_anything() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        assertThatThrownBy(() -> as(member, () -> notifications.mine(-1, 10))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(member, () -> notifications.mine(0, 0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(member, () -> notifications.mine(0, 101))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> notifications.unreadCount()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void sending_works_where_nobody_is_signed_in_as_in_an_event_listener() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Sent by the system"));

        Fixtures.anonymously(() -> {
            notifications.send(mention(draft.id(), Set.of(officer.id()), "from a listener"));
            return null;
        });

        assertThat(as(officer, () -> notifications.mine(0, 1))).extracting(NotificationItem::excerpt)
                .containsExactly("from a listener");
    }
}
