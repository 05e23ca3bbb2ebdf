package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

/**
 * The progress reports of a letter as the user may see and do them.
 *
 * @param letterId       the letter at the top of the cascade, which the reports are about
 * @param bodies         the offices the user may generate a report for (their own, or for the issuing office and
 *                       whoever sees the whole cascade, every office that acts)
 * @param canSignOff     whether the user signs off their office's report (its officer)
 * @param canSchedule    whether the user sets the schedule
 * @param schedule       the schedule, or null when none is set
 * @param due            the next report due per office the user may see
 * @param reports        the signed-off reports the user may see, the latest first
 * @param suggestedFrom  the period's start the next report would have (the day after the last report's period)
 * @param consolidates   whether the user may write the consolidated report of every acting office (who sees the
 *                       whole cascade)
 * @param canSignOffConsolidated whether the user signs off a consolidated report (the officer of an office that sees
 *                       the whole cascade and is not the issuing office)
 * @param consolidatedFrom the period's start the next consolidated report would have
 */
public record ProgressReportsOverview(long letterId, List<BodyRef> bodies, boolean canSignOff, boolean canSchedule,
        ReportScheduleInfo schedule, List<ReportDue> due, List<ProgressReportInfo> reports, LocalDate suggestedFrom,
        LocalDate suggestedTo, boolean consolidates, boolean canSignOffConsolidated, LocalDate consolidatedFrom) {

    public ProgressReportsOverview {
        bodies = List.copyOf(bodies);
        due = List.copyOf(due);
        reports = List.copyOf(reports);
    }
}
