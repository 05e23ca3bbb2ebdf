package pk.gov.mashwara.directions;

/** When progress reports on a letter fall due. */
public enum ReportEvery {
    /** Fourteen days after the last report (or the day the schedule starts). */
    FORTNIGHTLY,
    /** A month after the last report (or the day the schedule starts). */
    MONTHLY,
    /** When a time line of a direction the office acts on and has not done ends. */
    TIMELINE
}
