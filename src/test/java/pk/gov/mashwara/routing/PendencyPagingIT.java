package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * More waiting drafts than one page: the pages, read from the database, hold them all once, in the order of
 * urgency, and are counted exactly; nobody's pages hold a draft they may not see.
 */
@SpringBootTest
@Import({ Fixtures.class, PendencyIT.TestClock.class })
class PendencyPagingIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PendencyService pendency;
    @Autowired
    DirectoryService directory;
    @Autowired
    MutableClock clock;
    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;

    @Test
    void a_long_backlog_is_paged_in_the_order_of_urgency_and_counted_exactly() {
        // a committee of its own, so that the counts are exactly this test's drafts
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        var created = new ArrayList<Long>();
        var late = new ArrayList<Long>();
        var onTime = new ArrayList<Long>();
        var noDeadline = new ArrayList<Long>();
        // 30 put up long ago (overdue by now), 60 left as drafts (no deadline), 30 put up lately (on time);
        // created out of order of urgency, so that only the query's ordering puts them right
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(3));
            late.add(fixtures.draftAwaitingApproval(drafter, "Backlog late " + i).id());
            clock.advance(Duration.ofMinutes(3));
            noDeadline.add(fixtures.draft(drafter, "Backlog draft " + (2 * i)).id());
            noDeadline.add(fixtures.draft(drafter, "Backlog draft " + (2 * i + 1)).id());
        }
        // COMMITTEE_APPROVAL allows seven working days: the last of the late ones falls due at the close of its
        // seventh; the on-time ones are put up two days before that and are due days after it
        var lastLateDue = calendar.dueAt(clock.instant(), 7);
        clock.advance(Duration.between(clock.instant(), lastLateDue).minusDays(2));
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            onTime.add(fixtures.draftAwaitingApproval(drafter, "Backlog on time " + i).id());
        }
        clock.advance(Duration.between(clock.instant(), lastLateDue).plusHours(12));
        created.addAll(late);
        created.addAll(noDeadline);
        created.addAll(onTime);

        var count = as(drafter, () -> pendency.pendingCount());
        assertThat(count.total()).isEqualTo(120);
        assertThat(count.overdue()).isEqualTo(30);

        var first = as(drafter, () -> pendency.pending(0, 100));
        var rest = as(drafter, () -> pendency.pending(100, 100));
        assertThat(first).hasSize(100);
        assertThat(rest).hasSize(20);
        var all = new ArrayList<>(first);
        all.addAll(rest);
        assertThat(ids(all)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        // the order the list had when it was sorted in memory
        assertThat(all).isSortedAccordingTo(OpenDrafts.URGENCY);
        assertThat(ids(all)).as("the longest overdue first, then the nearest deadline, then those without one")
                .containsExactlyElementsOf(concat(late, onTime, noDeadline));
        assertThat(first.subList(0, 30)).allMatch(PendingDraft::overdue);
        assertThat(ids(as(drafter, () -> pendency.pending(25, 10)))).as("a range off the page boundaries")
                .containsExactlyElementsOf(ids(all).subList(25, 35));
        assertThat(as(drafter, () -> pendency.pending(120, 50))).isEmpty();

        var summary = as(drafter, () -> pendency.pendency());
        assertThat(summary.total()).isEqualTo(120);
        assertThat(summary.overdue()).isEqualTo(30);
        assertThat(summary.byCommittee()).containsOnlyKeys(code);
        assertThat(summary.byCommittee().get(code)).isEqualTo(new Pendency.Count(120, 30));
        assertThat(summary.byState().get(DraftStatus.COMMITTEE_APPROVAL)).isEqualTo(new Pendency.Count(60, 30));
        assertThat(summary.byState().get(DraftStatus.DRAFT)).isEqualTo(new Pendency.Count(60, 0));

        // the officer's desk: the 60 put up, paged the same way
        var desk = as(officer, () -> pendency.deskCount());
        assertThat(desk).isEqualTo(new PendingCount(60, 30));
        var deskRows = pages(officer, 25, (o, l) -> pendency.desk(o, l));
        assertThat(ids(deskRows)).containsExactlyElementsOf(concat(late, onTime, List.of()));
        assertThat(deskRows).isSortedAccordingTo(OpenDrafts.URGENCY)
                .allMatch(d -> d.actions().contains("Approve and submit to the NSMCWG"));
        // the drafter's desk: the 60 drafts still to put up
        assertThat(as(drafter, () -> pendency.deskCount())).isEqualTo(new PendingCount(60, 0));
        assertThat(ids(pages(drafter, 50, (o, l) -> pendency.desk(o, l)))).containsExactlyElementsOf(noDeadline);
    }

    @Test
    void no_other_committee_and_not_the_nsmcwg_count_or_page_a_committees_unsubmitted_drafts() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        var ours = new HashSet<Long>();
        for (int i = 0; i < 6; i++) {
            ours.add(fixtures.draftAwaitingApproval(drafter, "Unsubmitted " + i).id());
        }
        var submitted = fixtures.submittedDraft(drafter, officer, "Submitted one").id();

        var otherCode = freshCommittee();
        var otherDrafter = fixtures.user(otherCode, Role.COMMITTEE_DRAFTER);
        var otherOfficer = fixtures.user(otherCode, Role.COMMITTEE_OFFICER);
        var theirs = fixtures.draftAwaitingApproval(otherDrafter, "Theirs").id();

        assertThat(as(otherDrafter, () -> pendency.pendingCount()).total()).isEqualTo(1);
        assertThat(ids(pages(otherDrafter, 2, (o, l) -> pendency.pending(o, l)))).containsExactly(theirs);
        assertThat(as(otherOfficer, () -> pendency.deskCount()).total()).isEqualTo(1);
        assertThat(ids(pages(otherOfficer, 2, (o, l) -> pendency.desk(o, l)))).containsExactly(theirs);
        assertThat(as(otherDrafter, () -> pendency.pendency()).byCommittee()).containsOnlyKeys(otherCode);

        // the NSMCWG sees the submitted draft and none of the others, page after page
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var seen = pages(secretary, PendencyService.MAX_PAGE, (o, l) -> pendency.pending(o, l));
        assertThat(seen).hasSize((int) as(secretary, () -> pendency.pendingCount()).total());
        assertThat(ids(seen)).contains(submitted).doesNotContainAnyElementsOf(ours).doesNotContain(theirs);
        assertThat(as(secretary, () -> pendency.pendency()).total()).isEqualTo(seen.size());
        var secretaryDesk = pages(secretary, PendencyService.MAX_PAGE, (o, l) -> pendency.desk(o, l));
        assertThat(ids(secretaryDesk)).contains(submitted).doesNotContainAnyElementsOf(ours);
        assertThat(secretaryDesk).hasSize((int) as(secretary, () -> pendency.deskCount()).total());
    }

    @Test
    void a_page_out_of_range_is_refused_plainly() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        assertThatThrownBy(() -> as(drafter, () -> pendency.pending(-1, 10))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(drafter, () -> pendency.pending(0, 0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(drafter, () -> pendency.desk(0, PendencyService.MAX_PAGE + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<PendingDraft> pages(MashwaraUser user, int size, BiFunction<Integer, Integer, List<PendingDraft>> page) {
        var all = new ArrayList<PendingDraft>();
        for (int offset = 0;; offset += size) {
            int from = offset;
            var rows = as(user, () -> page.apply(from, size));
            all.addAll(rows);
            if (rows.size() < size) {
                return all;
            }
        }
    }

    private String freshCommittee() {
        var code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as(systemAdministrator(), () -> directory.createCommittee(
                new CommitteeForm(code, "Paging test committee " + code, null, CommitteeType.DIVISION, null, true)));
        return code;
    }

    private static List<Long> ids(List<PendingDraft> list) {
        return list.stream().map(PendingDraft::draftId).toList();
    }

    @SafeVarargs
    private static List<Long> concat(List<Long>... lists) {
        var all = new ArrayList<Long>();
        for (var list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
