package pk.gov.mashwara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/** Following drafts, and the notifications the draft module's events bring to followers. */
@SpringBootTest
@Import(Fixtures.class)
class FollowsAndDraftEventsIT {

    @Autowired
    Follows follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    DraftService drafts;

    @Autowired

    pk.gov.mashwara.routing.RoutingService routing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    pk.gov.mashwara.directory.DirectoryService directory;

    @Test
    void the_creator_of_a_draft_follows_it() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Creator follows"));

        await(() -> assertThat(as(drafter, () -> follows.isFollowing(draft.id()))).isTrue());
        assertThat(as(drafter, () -> follows.mine())).extracting(FollowedDraft::draftId).contains(draft.id());
    }

    @Test
    void a_user_follows_only_drafts_they_may_see_and_can_always_unfollow() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Follow rules"));

        assertThatThrownBy(() -> as(outsider, () -> follows.follow(draft.id()))).isInstanceOf(NotFoundException.class);
        as(outsider, () -> follows.followAs(outsider.id(), draft.id()));
        assertThat(as(outsider, () -> follows.isFollowing(draft.id()))).isFalse();

        as(officer, () -> follows.follow(draft.id()));
        as(officer, () -> follows.follow(draft.id()));
        assertThat(as(officer, () -> follows.isFollowing(draft.id()))).isTrue();
        assertThat(as(officer, () -> follows.followers(draft.id()))).contains(officer.id()).doesNotContain(outsider.id());

        as(officer, () -> follows.setFollowing(draft.id(), false));
        assertThat(as(officer, () -> follows.isFollowing(draft.id()))).isFalse();
        as(officer, () -> follows.unfollow(draft.id()));
    }

    @Test
    void a_new_version_is_news_to_every_follower_but_its_uploader() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var uploader = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var title = unique("New version news");
        var draft = fixtures.draft(drafter, title);
        await(() -> assertThat(as(drafter, () -> follows.isFollowing(draft.id()))).isTrue());
        as(officer, () -> follows.follow(draft.id()));
        as(uploader, () -> follows.follow(draft.id()));

        as(uploader, () -> drafts.addVersion(draft.id(), "second.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("second"))));

        for (var follower : new MashwaraUser[] { drafter, officer }) {
            await(() -> assertThat(as(follower, () -> notifications.mine(0, 10))).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.NEW_VERSION);
                assertThat(n.draftTitle()).isEqualTo(title);
                assertThat(n.actorName()).isEqualTo("Test " + uploader.getUsername());
                assertThat(n.excerpt()).isEqualTo("v2 · second.pdf");
                assertThat(n.link()).isEqualTo("drafts/" + draft.id());
            }));
        }
        assertThat(as(uploader, () -> notifications.unreadCount())).isZero();
        // The first version came with the draft: nobody was told about it
        assertThat(as(officer, () -> notifications.mine(0, 10))).hasSize(1);
    }

    @Test
    void a_status_change_is_news_to_every_follower_but_the_one_who_made_it() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var colleague = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Status news"));
        await(() -> assertThat(as(drafter, () -> follows.isFollowing(draft.id()))).isTrue());
        as(officer, () -> follows.follow(draft.id()));
        as(colleague, () -> follows.follow(draft.id()));

        as(drafter, () -> routing.act(draft.id(), "put-up", drafts.get(draft.id()).version(), null));

        await(() -> assertThat(as(colleague, () -> notifications.mine(0, 10))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.STATUS_CHANGED);
            assertThat(n.excerpt()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL.name());
            assertThat(n.message(java.util.Locale.ENGLISH)).isEqualTo("Test " + drafter.getUsername() + " moved “"
                    + n.draftTitle() + "” to “Awaiting committee approval”");
        }));
        // the officer follows it too, but hears once, that it now waits for him
        await(() -> assertThat(as(officer, () -> notifications.mine(0, 10))).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.AWAITING_YOU)));
        assertThat(as(drafter, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void two_transactions_following_the_same_draft_at_once_both_commit() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("Simultaneous follows"));
        var firstInserted = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            // The first transaction holds its new row uncommitted while the second inserts the same one
            Future<?> first = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                follows.followAs(officer.id(), draft.id());
                firstInserted.countDown();
                sleep(400);
            }));
            Future<?> second = pool.submit(() -> {
                await(firstInserted);
                transactions.executeWithoutResult(tx -> follows.followAs(officer.id(), draft.id()));
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(officer, () -> follows.followers(draft.id()))).contains(officer.id());
        assertThat(as(officer, () -> follows.mine())).filteredOn(f -> f.draftId() == draft.id()).hasSize(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_followed_drafts_are_paged_newest_first_and_counted_and_only_those_still_seen() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        for (int i = 0; i < 5; i++) {
            fixtures.draft(drafter, unique("Paged follow " + i));
        }
        await(() -> assertThat(as(drafter, () -> follows.countMine())).isEqualTo(5));
        var all = as(drafter, () -> follows.mine());
        var paged = new java.util.ArrayList<FollowedDraft>();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            paged.addAll(as(drafter, () -> follows.mine(from, 2)));
        }
        assertThat(paged).hasSize(5).containsExactlyElementsOf(all);
        assertThat(paged).extracting(FollowedDraft::since).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // moved to another committee, the drafter no longer sees PTA's drafts: neither pages nor count hold them
        var moib = fixtures.committee("MOIB");
        as(Fixtures.systemAdministrator(), () -> directory.updateUser(drafter.id(), new pk.gov.mashwara.directory.UserForm(
                drafter.getUsername(), drafter.displayName(), null, moib, java.util.Set.of(Role.COMMITTEE_DRAFTER), true,
                null)));
        var moved = fixtures.load(drafter.getUsername());
        assertThat(as(moved, () -> follows.countMine())).isZero();
        assertThat(as(moved, () -> follows.mine(0, 10))).isEmpty();
        var theirs = fixtures.draft(moved, unique("Followed after the move"));
        await(() -> assertThat(as(moved, () -> follows.countMine())).isEqualTo(1));
        assertThat(as(moved, () -> follows.mine(0, 10))).extracting(FollowedDraft::draftId).containsExactly(theirs.id());
        assertThatThrownBy(() -> as(moved, () -> follows.mine(-1, 10)))
                .isInstanceOf(pk.gov.mashwara.shared.InvalidInputException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(org.awaitility.core.ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(assertion);
    }
}
