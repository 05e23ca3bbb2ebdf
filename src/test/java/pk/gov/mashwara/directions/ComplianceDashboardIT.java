package pk.gov.mashwara.directions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.Fixtures;

/**
 * The compliance dashboard's colours, computed from the progress entries and time lines: per direction and per body
 * today, week by week as the entries recorded by then show them, and who may read them; and the directions'
 * pendency (not done, overdue first) with its counts by body and status.
 */
@SpringBootTest
@Import(Fixtures.class)
class ComplianceDashboardIT {

    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    ComplianceDashboard dashboard;

    private DirectionsWorld world;
    private LocalDate today;
    private long letterId;

    /**
     * A letter dated 30 days ago: direction 1 due in 20 days, not started (amber); 2 due 10 days ago, not started
     * (red); 3 due in 20 days, done by its only body 14 days ago and confirmed today (green); 4 due in 20 days, the
     * supporting body unable to proceed since 3 days ago (red).
     */
    @BeforeEach
    void aLetterWithEachColour() {
        world = new DirectionsWorld(fixtures, directory);
        today = LocalDate.now(PKT);
        var later = Timeline.byDate(today.plusDays(20));
        var letter = world.letter(letters, today.minusDays(30), false, List.of(world.direction("1", later),
                world.direction("2", Timeline.byDate(today.minusDays(10))),
                new NewDirection("3", "Direction 3, the lead's alone.", null, later, "Lead", false, world.id(world.lead),
                        List.of(), List.of(), List.of()),
                world.direction("4", later)));
        letterId = letter.letter().id();
        as(world.leadOfficer, () -> progress.record(direction(letter, "3"), new NewProgress(today.minusDays(14),
                ProgressStatus.DONE, "Done.", null, 100, null, null, false,
                List.of(DirectionsWorld.evidence("done.txt", "The lead's report.")))));
        as(world.supportOfficer, () -> progress.record(direction(letter, "4"), new NewProgress(today.minusDays(3),
                ProgressStatus.CANNOT_PROCEED, "Asked for the figures.", null, null, null, "The law forbids sharing them.",
                false, List.of())));
    }

    private static long direction(LetterDetails letter, String label) {
        return letter.directions().stream().filter(d -> d.label().equals(label)).findFirst().orElseThrow().id();
    }

    private ComplianceLetter ours(List<ComplianceLetter> all) {
        return all.stream().filter(l -> l.letterId() == letterId).findFirst().orElseThrow();
    }

    private static ComplianceLetter.Direction labelled(ComplianceLetter letter, String label) {
        return letter.directions().stream().filter(d -> d.info().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void each_direction_and_body_gets_its_colour_and_the_letter_counts_them() {
        var letter = ours(as(world.monitor, dashboard::letters));
        assertThat(labelled(letter, "1").rag()).isEqualTo(Rag.AMBER);
        assertThat(labelled(letter, "2").rag()).isEqualTo(Rag.RED);
        assertThat(labelled(letter, "3").rag()).isEqualTo(Rag.GREEN);
        assertThat(labelled(letter, "4").rag()).isEqualTo(Rag.RED);
        assertThat(letter.count(Rag.RED)).isEqualTo(2);
        assertThat(letter.count(Rag.AMBER)).isEqualTo(1);
        assertThat(letter.count(Rag.GREEN)).isEqualTo(1);
        // overdue: every body not done is red; cannot proceed: that body red, the lead (not started, not overdue) amber
        assertThat(labelled(letter, "2").bodies()).extracting(ComplianceLetter.Body::rag).containsOnly(Rag.RED);
        assertThat(labelled(letter, "4").bodies()).extracting(b -> b.status().body().code() + "=" + b.rag())
                .containsExactly(world.lead + "=AMBER", world.support + "=RED");
    }

    @Test
    void the_colours_week_by_week_follow_what_was_recorded_by_then() {
        var weeks = as(world.monitor, () -> dashboard.history(letterId, 8));
        // the weeks ending before the letter's week are left out: 8 asked, the letter 30 days old
        assertThat(weeks).hasSize(6);
        assertThat(weeks.getLast().weekEnding()).isEqualTo(today);
        assertThat(weeks.getFirst()).extracting(RagWeek::total).isEqualTo(0);
        // today: as the dashboard
        assertThat(weeks.getLast()).isEqualTo(new RagWeek(today, 2, 1, 1));
        // a week ago: 2 overdue, 4 not yet unable; 3 done, reported (and so confirmed) by the lead as of 14 days ago,
        // though recorded today
        assertThat(weeks.get(4)).isEqualTo(new RagWeek(today.minusWeeks(1), 1, 2, 1));
        // two weeks ago: nothing overdue yet; 3 done that day
        assertThat(weeks.get(3)).isEqualTo(new RagWeek(today.minusWeeks(2), 0, 3, 1));
        // three weeks ago: before the lead's report
        assertThat(weeks.get(2)).isEqualTo(new RagWeek(today.minusWeeks(3), 0, 4, 0));

        var png = as(world.monitor, () -> dashboard.historyChart(letterId, 8, Locale.ENGLISH));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThatThrownBy(() -> as(world.monitor, () -> dashboard.history(letterId, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_the_monitor_the_nsmcwg_and_auditors_open_the_dashboard_and_each_sees_the_letters_it_may() {
        assertThatThrownBy(() -> as(world.leadOfficer, dashboard::letters)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> dashboard.history(null, 4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER), dashboard::mayView)).isFalse();
        // the letter is not about social media: the NSMCWG's secretary does not see it; an auditor does
        assertThat(as(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY), dashboard::letters))
                .noneMatch(l -> l.letterId() == letterId);
        assertThat(ours(as(fixtures.user(null, Role.AUDITOR), dashboard::letters)).directions()).hasSize(4);
        // another office's monitor does not see it either
        var otherMonitor = fixtures.user(world.stranger, Role.PMO_MONITOR);
        assertThat(as(otherMonitor, dashboard::letters)).noneMatch(l -> l.letterId() == letterId);
        assertThatThrownBy(() -> as(otherMonitor, () -> dashboard.history(letterId, 4)))
                .isInstanceOf(pk.gov.mashwara.shared.NotFoundException.class);
    }

    @Test
    void the_pendency_counts_a_direction_once_by_status_and_once_for_each_body_not_done_by_body() {
        // a second letter of the office: one direction to all Ministries/Divisions, none of them done
        var all = world.letter(letters, today.minusDays(5), false, List.of(new NewDirection("1", "Every Ministry and"
                + " Division to name a focal person.", "1 month", Timeline.within(1, Timeline.Unit.MONTHS),
                "All Ministries/Divisions", true, null, List.of(), List.of(), List.of())));
        var allId = all.letter().id();
        // on a database other tests share, a letter to all Ministries/Divisions names every office, this one's too:
        // the totals are compared with each other, this test's letters counted on their own
        var pending = as(world.monitor, dashboard::pending);
        var ours = pending.stream().filter(d -> d.letterId() == letterId || d.letterId() == allId).toList();
        // directions 1, 2, 4 of the first letter and the one to all, each once
        assertThat(ours).extracting(d -> d.letterId() == allId ? "all" : d.label())
                .containsExactlyInAnyOrder("1", "2", "4", "all");
        // the summary and the chart by status count each direction once
        var byStatus = as(world.monitor, dashboard::pendingByStatus);
        assertThat(byStatus.values().stream().mapToLong(c -> c[0]).sum()).isEqualTo(pending.size());
        assertThat(byStatus.values().stream().mapToLong(c -> c[1]).sum())
                .isEqualTo(pending.stream().filter(DirectionInfo::overdue).count());
        // the chart by body once for each body not done on each direction: the direction to all under every body
        var byBody = as(world.monitor, dashboard::pendingByBody);
        var parts = pending.stream().mapToLong(d -> d.bodies().stream()
                .filter(b -> b.status() != ProgressStatus.DONE).count()).sum();
        assertThat(byBody.values().stream().mapToLong(c -> c[0]).sum()).isEqualTo(parts).isGreaterThan(pending.size());
        var toAll = ours.stream().filter(d -> d.letterId() == allId).findFirst().orElseThrow();
        assertThat(toAll.bodies()).extracting(b -> b.body().code())
                .contains(world.lead, world.support, world.bystander, world.stranger).doesNotContain(world.office);
        assertThat(byBody.get(world.stranger)[0]).isGreaterThanOrEqualTo(1);
        assertThat(byBody.get(world.lead)[0]).isGreaterThanOrEqualTo(4);
        // and the page says so, in both languages
        assertThat(pk.gov.mashwara.shared.Messages.get(Locale.ENGLISH, "directions.pendency.counts"))
                .contains("once").contains("each body");
        assertThat(pk.gov.mashwara.shared.Messages.get(Locale.ENGLISH, "directions.pendency.chart.byBody"))
                .contains("once for each body");
    }

    @Test
    void the_pendency_lists_what_is_not_done_overdue_first_and_counts_it_by_body_and_status() {
        var pending = as(world.supportOfficer, dashboard::pending).stream().filter(d -> d.letterId() == letterId)
                .toList();
        // the support body acts on 1, 2 and 4 (not on 3); the overdue one first, then by due date and number
        assertThat(pending).extracting(DirectionInfo::label).containsExactly("2", "1", "4");
        var byBody = as(world.monitor, dashboard::pendingByBody);
        // at least this letter's (open, overdue): on a database other tests share, their letters count too
        assertThat(byBody.get(world.lead)[0]).isGreaterThanOrEqualTo(3L);
        assertThat(byBody.get(world.lead)[1]).isGreaterThanOrEqualTo(1L);
        assertThat(byBody.get(world.support)[0]).isGreaterThanOrEqualTo(3L);
        assertThat(byBody.get(world.support)[1]).isGreaterThanOrEqualTo(1L);
        var byStatus = as(world.monitor, dashboard::pendingByStatus);
        assertThat(byStatus.get(ProgressStatus.CANNOT_PROCEED)[0]).isGreaterThanOrEqualTo(1);
        var png = as(world.monitor, () -> dashboard.pendingChart(DirectionsChart.BY_BODY, Locale.of("ur")));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(as(world.leadOfficer, dashboard::offersPendency)).isTrue();
        assertThat(as(fixtures.user("NSA", Role.NSA_LEAD), dashboard::offersPendency)).isFalse();
    }
}
