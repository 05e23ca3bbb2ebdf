package pk.gov.mashwara.routing;

/** The charts of the pendency dashboard. */
public enum PendencyChart {
    /** Open drafts per committee, overdue ones apart. */
    BY_COMMITTEE,
    /** Open drafts per state, overdue ones apart. */
    BY_STATE
}
