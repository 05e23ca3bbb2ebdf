package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/** Who hears of what happens in a review: mentions, replies, resolutions, deadlines; never the wrong people. */
@SpringBootTest
@Import(Fixtures.class)
class ReviewNotificationsIT {

    static final String TEXT = "Draft rules on synthetic media.\n\n1. Platforms shall label synthetic media clearly.\n\n2. Labels shall be in Urdu and English.\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ThreadActions actions;
    @Autowired
    ReviewWindows windows;
    @Autowired
    NotificationService notifications;
    @Autowired
    VersionTexts texts;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    pk.gov.mashwara.notification.Follows follows;

    List<NotificationItem> inbox(MashwaraUser user, long draftId) {
        return Fixtures.as(user, () -> notifications.mine(0, 100)).stream().filter(n -> n.draftId() == draftId).toList();
    }

    @Test
    void mentions_replies_and_resolutions_reach_the_right_people_only() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var colleague = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Notified draft"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());

        var thread = Fixtures.as(member, () -> actions.start(new NewThread(draftId, 1, null,
                "Please look at this, @" + colleague.getUsername() + " and @" + outsider.getUsername() + ".", false)));
        assertThat(inbox(colleague, draftId)).extracting(NotificationItem::kind).containsExactly(NotificationKind.MENTION);
        assertThat(inbox(outsider, draftId)).as("cannot see the draft").isEmpty();
        assertThat(inbox(member, draftId)).as("not about one's own action").isEmpty();

        Fixtures.as(drafter, () -> actions.reply(thread.id(), thread.opening().id(), "Noted by the PTA."));
        assertThat(inbox(member, draftId)).extracting(NotificationItem::kind).containsExactly(NotificationKind.REPLY);
        assertThat(inbox(member, draftId).getFirst().link()).endsWith("?thread=" + thread.id());

        var current = Fixtures.as(member, () -> actions.reply(thread.id(), thread.opening().id(), "Thanks, @PTA."));
        assertThat(inbox(officer, draftId)).as("a committee mention reaches its members")
                .extracting(NotificationItem::kind).contains(NotificationKind.MENTION);

        Fixtures.as(secretary, () -> actions.resolve(thread.id(), current.version(), Resolution.NOTED, null));
        assertThat(inbox(member, draftId)).extracting(NotificationItem::kind).contains(NotificationKind.THREAD_RESOLVED);
        assertThat(inbox(drafter, draftId)).extracting(NotificationItem::kind).contains(NotificationKind.THREAD_RESOLVED);
    }

    @Test
    void a_new_thread_is_news_to_the_drafts_followers_who_may_see_it() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var follower = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Followed draft"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(drafter, () -> follows.isFollowing(draftId)));
        Fixtures.as(follower, () -> follows.follow(draftId));

        var thread = Fixtures.as(member, () -> actions.start(new NewThread(draftId, 1, null,
                "Labels need a size, @" + follower.getUsername() + ".", false)));
        var news = inbox(drafter, draftId).stream().filter(n -> n.kind() == NotificationKind.NEW_THREAD).toList();
        assertThat(news).hasSize(1);
        assertThat(news.getFirst().link()).endsWith("?thread=" + thread.id());
        assertThat(inbox(follower, draftId)).as("mentioned: told once, of the mention")
                .extracting(NotificationItem::kind).containsExactly(NotificationKind.MENTION);
        assertThat(inbox(member, draftId)).as("not about one's own thread").isEmpty();

        Fixtures.as(officer, () -> actions.start(new NewThread(draftId, 1, null, "Between us: agree?", true)));
        assertThat(inbox(follower, draftId)).as("an internal note stays inside the committee").hasSize(1);
        assertThat(inbox(drafter, draftId)).as("the committee hears of its own internal notes")
                .filteredOn(n -> n.kind() == NotificationKind.NEW_THREAD).hasSize(2);
    }

    @Test
    void an_internal_note_mentions_no_one_outside_its_committee() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Internal draft"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());

        Fixtures.as(drafter, () -> actions.start(new NewThread(draftId, 1, null,
                "@" + member.getUsername() + " must not hear of this; @" + officer.getUsername() + " should.", true)));
        assertThat(inbox(member, draftId)).isEmpty();
        // the officer was also told that the draft, put up, waited for his approval: that is not the note
        assertThat(inbox(officer, draftId)).extracting(NotificationItem::kind)
                .filteredOn(kind -> kind != NotificationKind.AWAITING_YOU).containsExactly(NotificationKind.MENTION);
    }

    @Test
    void the_nsmcwg_is_reminded_once_of_a_closing_window() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Deadline draft"), TEXT).id();
        Fixtures.as(secretary, () -> windows.setDeadline(draftId, Instant.now().plus(Duration.ofHours(3))));

        RunAs.user(RunAs.systemAdministrator(), () -> reminders.remind());
        assertThat(inbox(member, draftId)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.DEADLINE_APPROACHING);
        RunAs.user(RunAs.systemAdministrator(), () -> reminders.remind());
        assertThat(inbox(member, draftId)).as("only once").hasSize(1);
        assertThat(inbox(drafter, draftId)).as("the committee is not reminded of the NSMCWG's deadline")
                .noneMatch(n -> n.kind() == NotificationKind.DEADLINE_APPROACHING);
    }
}
