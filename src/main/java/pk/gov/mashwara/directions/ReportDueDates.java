package pk.gov.mashwara.directions;

import java.util.ArrayList;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.ProgressReportRepository;
import pk.gov.mashwara.directions.domain.ReportSchedule;

/**
 * When a reporting office's next progress report on a letter falls due under the letter's schedule: a fortnight or
 * a month after its last report (or the day the schedule counts from), or when the next time line of a direction it
 * has not done ends after its last report. An office that has done everything and reported owes no more. Computed
 * each time it is read, never stored.
 */
@Component
class ReportDueDates {

    private final ProgressReportRepository reports;
    private final CascadeViews views;

    ReportDueDates(ProgressReportRepository reports, CascadeViews views) {
        this.reports = reports;
        this.views = views;
    }

    /** When the office's next report on the letter is due under the schedule, if one is. */
    Optional<LocalDate> nextDue(Cascade cascade, long body, ReportSchedule schedule) {
        var last = reports.findFirstByLetterIdAndCommitteeIdAndConsolidatedFalseOrderByIdDesc(cascade.root.getId(), body);
        var lastDay = last.map(r -> r.getSignedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate());
        var open = new ArrayList<DirectionInfo>();
        for (var direction : cascade.directions) {
            if (!cascade.acts(direction, body)) {
                continue;
            }
            var info = views.direction(cascade, direction);
            var mine = info.bodies().stream().filter(b -> b.body().id() == body).findFirst();
            if (mine.isPresent() && mine.get().status() != ProgressStatus.DONE) {
                open.add(info);
            }
        }
        if (open.isEmpty() && last.isPresent()) {
            return Optional.empty();
        }
        var base = lastDay.filter(d -> d.isAfter(schedule.getStartsOn())).orElse(schedule.getStartsOn());
        return switch (schedule.getKind()) {
            case FORTNIGHTLY -> Optional.of(base.plusDays(14));
            case MONTHLY -> Optional.of(base.plusMonths(1));
            case TIMELINE -> open.stream().map(DirectionInfo::due).filter(java.util.Objects::nonNull)
                    .filter(due -> lastDay.isEmpty() || due.isAfter(lastDay.get())).min(Comparator.naturalOrder());
        };
    }

}
