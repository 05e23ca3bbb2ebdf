package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * Who a draft waits for and how late: desks, the pendency list and its charts, and reminders of overdue steps,
 * with a clock the test moves.
 */
@SpringBootTest
@Import({ Fixtures.class, PendencyIT.TestClock.class })
class PendencyIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            // the database keeps microseconds
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    PendencyService pendency;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;
    @Autowired
    OverdueReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;

    static List<Long> ids(List<PendingDraft> list) {
        return list.stream().map(PendingDraft::draftId).toList();
    }

    static PendingDraft row(List<PendingDraft> list, long draftId) {
        return list.stream().filter(d -> d.draftId() == draftId).findFirst().orElseThrow();
    }

    @Test
    void a_draft_put_up_waits_on_the_officers_desk_and_after_submission_on_the_secretarys() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var otherOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var put = fixtures.draftAwaitingApproval(drafter, unique("Desk draft"));
        var putAt = clock.instant();

        var officerDesk = as(officer, () -> pendency.desk());
        assertThat(ids(officerDesk)).contains(put.id());
        var pending = row(officerDesk, put.id());
        assertThat(pending.status()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
        assertThat(pending.actions()).contains("Approve and submit to the NSMCWG", "Return to the drafter");
        assertThat(pending.since()).isEqualTo(putAt);
        // COMMITTEE_APPROVAL: seven working days, at the close of the seventh
        assertThat(pending.dueAt()).isEqualTo(calendar.dueAt(putAt, 7));
        assertThat(pending.overdue()).isFalse();
        assertThat(ids(as(drafter, () -> pendency.desk()))).as("not the drafter's turn").doesNotContain(put.id());
        assertThat(ids(as(otherOfficer, () -> pendency.desk()))).as("another committee's").doesNotContain(put.id());
        assertThat(ids(as(secretary, () -> pendency.desk()))).doesNotContain(put.id());

        clock.advance(Duration.ofHours(5));
        var submittedAt = clock.instant();
        as(officer, () -> routing.act(put.id(), "submit", drafts.get(put.id()).version(), null));

        assertThat(ids(as(officer, () -> pendency.desk()))).doesNotContain(put.id());
        var secretaryDesk = as(secretary, () -> pendency.desk());
        assertThat(ids(secretaryDesk)).contains(put.id());
        assertThat(row(secretaryDesk, put.id()).since()).isEqualTo(submittedAt);
        assertThat(row(secretaryDesk, put.id()).actions()).contains("Open the review");
    }

    @Test
    void a_draft_an_officer_put_up_himself_waits_on_his_colleagues_desk_not_his() {
        // an officer who also drafts: he writes the draft and puts it up; approving it is another officer's
        var both = fixtures.user("PTA", Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
        var colleague = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var own = fixtures.draftAwaitingApproval(both, unique("His own draft"));

        var his = as(both, () -> pendency.desk(0, PendencyService.MAX_PAGE));
        assertThat(ids(his)).as("not waiting for him: his own case").doesNotContain(own.id());
        var count = as(both, () -> pendency.deskCount());
        assertThat(count.total()).as("the count agrees with the list").isEqualTo(his.size());
        var theirs = as(colleague, () -> pendency.desk(0, PendencyService.MAX_PAGE));
        assertThat(ids(theirs)).contains(own.id());
        var row = row(theirs, own.id());
        assertThat(row.actions()).contains("Approve and submit to the NSMCWG");
        // who can act: the PTA's officers, other than the one whose case it is
        assertThat(row.divisions()).extracting(c -> c.code()).containsExactly("PTA");
        assertThat(row.notBy()).containsExactly(both.displayName());
        var page = as(colleague, () -> routing.routing(own.id()));
        assertThat(page.notBy()).containsExactly(both.displayName());
        // and he is refused if he tries
        assertThatThrownBy(() -> as(both, () -> routing.act(own.id(), "submit", drafts.get(own.id()).version(), null)))
                .hasMessageContaining("own case");
        as(colleague, () -> routing.act(own.id(), "submit", drafts.get(own.id()).version(), null));
        assertThat(as(colleague, () -> drafts.get(own.id()).status())).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void a_step_is_overdue_once_the_clock_passes_its_deadline_and_comes_first() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var late = fixtures.draftAwaitingApproval(drafter, unique("Late draft"));
        var lateDue = calendar.dueAt(clock.instant(), 7);
        clock.advance(Duration.ofDays(5));
        var fresh = fixtures.draftAwaitingApproval(drafter, unique("Fresh draft"));

        assertThat(row(as(officer, () -> pendency.desk()), late.id()).overdue()).isFalse();
        // an hour past the close of the seventh working day
        clock.advance(Duration.between(clock.instant(), lateDue).plusHours(1));

        var desk = as(officer, () -> pendency.desk());
        var lateRow = row(desk, late.id());
        assertThat(lateRow.overdue()).isTrue();
        assertThat(lateRow.daysOverdue()).as("an hour late is a day overdue").isEqualTo(1);
        assertThat(row(desk, fresh.id()).overdue()).isFalse();
        assertThat(ids(desk).indexOf(late.id())).isLessThan(ids(desk).indexOf(fresh.id()));
        assertOverdueFirst(desk);
    }

    @Test
    void pendency_lists_only_the_drafts_the_user_may_see_overdue_first_and_counts_them() {
        // PEMRA is consulted on no one's drafts under the shipped rules: it sees its own drafts only
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var foreignDrafter = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var submitted = fixtures.submittedDraft(drafter, officer, unique("Pending submitted"));
        var submittedDue = calendar.dueAt(clock.instant(), 3);
        // two days and two hours past the close of the third working day
        clock.advance(Duration.between(clock.instant(), submittedDue).plusDays(2).plusHours(2));
        var own = fixtures.draftAwaitingApproval(drafter, unique("Pending own"));
        var foreign = fixtures.draftAwaitingApproval(foreignDrafter, unique("Pending foreign"));

        var pemraView = as(drafter, () -> pendency.pendency());
        var pemraList = as(drafter, () -> pendency.pending(0, PendencyService.MAX_PAGE));
        assertThat(ids(pemraList)).contains(submitted.id(), own.id()).doesNotContain(foreign.id());
        assertThat(pemraList).allMatch(d -> d.committeeCode().equals("PEMRA"));
        assertThat(row(pemraList, submitted.id()).overdue()).as("SUBMITTED allows three working days").isTrue();
        assertThat(row(pemraList, submitted.id()).daysOverdue()).as("two days and two hours").isEqualTo(2);
        assertThat(ids(pemraList).indexOf(submitted.id())).isLessThan(ids(pemraList).indexOf(own.id()));
        assertOverdueFirst(pemraList);
        assertThat(pemraView.byCommittee()).containsOnlyKeys("PEMRA");
        assertThat(pemraView.byCommittee().get("PEMRA").overdue()).isEqualTo(pemraView.overdue());
        assertThat(pemraView.byState().get(DraftStatus.SUBMITTED).overdue()).isPositive();

        var nsmcwgList = as(secretary, () -> pendency.pending(0, PendencyService.MAX_PAGE));
        assertThat(ids(nsmcwgList)).contains(submitted.id()).doesNotContain(own.id(), foreign.id());
        assertThat(nsmcwgList).noneMatch(d -> d.status() == DraftStatus.COMMITTEE_APPROVAL);

        assertThatThrownBy(() -> as(member, () -> pendency.pendency())).isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> pendency.mayViewPendency())).isFalse();
    }

    @Test
    void the_charts_are_png_images_in_both_languages() throws IOException {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        fixtures.draftAwaitingApproval(drafter, unique("Charted draft"));
        for (var kind : PendencyChart.values()) {
            for (var locale : List.of(Locale.ENGLISH, Locale.of("ur"))) {
                byte[] png = as(drafter, () -> pendency.chart(kind, locale));
                assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
                var image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(image.getWidth()).isEqualTo(PendencyCharts.WIDTH);
                assertThat(image.getHeight()).isEqualTo(PendencyCharts.HEIGHT);
            }
        }
    }

    @Test
    void the_actors_of_an_overdue_step_are_reminded_once_per_interval() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var draft = fixtures.draftAwaitingApproval(drafter, unique("Reminded draft"));
        var due = calendar.dueAt(clock.instant(), 7);

        reminders.remind();
        assertThat(overdueNotices(officer, draft.id())).as("not overdue yet").isEmpty();

        // a minute past the close of the seventh working day
        clock.advance(Duration.between(clock.instant(), due).plusMinutes(1));
        reminders.remind();
        var notices = overdueNotices(officer, draft.id());
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().message(Locale.ENGLISH)).contains("Awaiting committee approval");
        assertThat(notices.getFirst().link()).isEqualTo("drafts/" + draft.id());
        assertThat(overdueNotices(drafter, draft.id())).as("the drafter does not act on this step").isEmpty();
        assertThat(overdueNotices(secretary, draft.id())).isEmpty();

        // reminders.every (P1D) is counted in working days: the same time on the next working day (after a
        // Friday, the Monday), not 24 hours later
        var sent = clock.instant().atZone(DraftService.OFFICE_ZONE);
        var again = calendar.addWorkingDays(sent.toLocalDate(), 1).atTime(sent.toLocalTime())
                .atZone(DraftService.OFFICE_ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), again).minusMinutes(1));
        reminders.remind();
        assertThat(overdueNotices(officer, draft.id())).as("once per interval (P1D)").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        reminders.remind();
        assertThat(overdueNotices(officer, draft.id())).as("again after the interval").hasSize(2);

        // the officer submits: the next step is the secretary's, overdue three working days later
        as(officer, () -> routing.act(draft.id(), "submit", drafts.get(draft.id()).version(), null));
        clock.advance(Duration.between(clock.instant(), calendar.dueAt(clock.instant(), 3)).plusMinutes(1));
        reminders.remind();
        assertThat(overdueNotices(officer, draft.id())).as("no longer the officer's step").hasSize(2);
        assertThat(overdueNotices(secretary, draft.id())).hasSize(1);
    }

    private List<NotificationItem> overdueNotices(MashwaraUser user, long draftId) {
        return as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.draftId() == draftId && n.kind() == NotificationKind.STEP_OVERDUE).toList();
    }

    /** The most urgent mark first; within a mark, the overdue before the rest. */
    private static void assertOverdueFirst(List<PendingDraft> list) {
        boolean seenOnTime = false;
        pk.gov.mashwara.draft.Priority mark = null;
        for (var d : list) {
            if (d.priority() != mark) {
                assertThat(mark == null || mark.moreUrgentThan(d.priority())).as("draft " + d.draftId() + " marked "
                        + d.priority() + " after one marked " + mark).isTrue();
                mark = d.priority();
                seenOnTime = false;
            }
            if (!d.overdue()) {
                seenOnTime = true;
            } else {
                assertThat(seenOnTime).as("overdue draft " + d.draftId() + " after one on time").isFalse();
            }
        }
    }
}
