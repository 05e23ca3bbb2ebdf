package pk.gov.mashwara.directions;

/**
 * The compliance dashboard's colour of a direction, or of one body on it, computed each time it is read:
 * <ul>
 * <li>{@link #GREEN} done (for a body: its work done and confirmed by the lead);</li>
 * <li>{@link #RED} overdue (past its due date and not done) or cannot proceed;</li>
 * <li>{@link #AMBER} anything else: in progress, or not started and not yet overdue (including one waiting for the
 * event its time line counts from, or an ongoing one).</li>
 * </ul>
 */
public enum Rag {
    RED, AMBER, GREEN;

    /** A direction's colour from its rolled-up status and whether it is overdue. */
    public static Rag of(ProgressStatus status, boolean overdue) {
        if (status == ProgressStatus.DONE) {
            return GREEN;
        }
        if (status == ProgressStatus.CANNOT_PROCEED || overdue) {
            return RED;
        }
        return AMBER;
    }

    /** A body's colour on a direction: its own status, red when the direction is overdue and the body not done. */
    public static Rag of(BodyStatus body, boolean directionOverdue) {
        return of(body.status(), directionOverdue);
    }
}
