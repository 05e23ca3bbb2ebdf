package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

/**
 * A direction with its computed state.
 *
 * @param timelineText  the time line as written in the letter
 * @param bodies        the bodies that act, each with its status (for "All Ministries/Divisions" every body of the
 *                      directory); empty when none acts
 * @param status        rolled up from the bodies' statuses
 * @param due           the computed due date; null for an ongoing direction, one without time line, or one waiting
 *                      for an event not yet recorded
 * @param overdueDays   days past {@code due} today when not done; 0 otherwise
 * @param nextReportDue for an ongoing direction, when the next report is due
 */
public record DirectionInfo(long id, long letterId, String letterReference, String label, String text,
        String timelineText, Timeline timeline, String actionByText, boolean allBodies, List<BodyStatus> bodies,
        ProgressStatus status, LocalDate due, boolean overdue, long overdueDays, LocalDate nextReportDue,
        List<Long> draftIds, List<String> otherRefs) {

    public DirectionInfo {
        bodies = List.copyOf(bodies);
        draftIds = List.copyOf(draftIds);
        otherRefs = List.copyOf(otherRefs);
    }

    /** Whether the body acts on this direction. */
    public boolean actsOn(long bodyId) {
        return bodies.stream().anyMatch(b -> b.body().id() == bodyId);
    }
}
