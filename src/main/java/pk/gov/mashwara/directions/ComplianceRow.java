package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

/**
 * One body on one direction, as a progress report, a dashboard or a pendency tab reads it.
 *
 * @param entriesInPeriod the body's entries dated within the period asked for (details only where the reader may
 *                        see them)
 */
public record ComplianceRow(long letterId, long directionId, String label, String timelineText, BodyStatus body,
        ProgressStatus directionStatus, LocalDate due, boolean overdue, long overdueDays,
        List<ProgressItem> entriesInPeriod) {

    public ComplianceRow {
        entriesInPeriod = List.copyOf(entriesInPeriod);
    }
}
