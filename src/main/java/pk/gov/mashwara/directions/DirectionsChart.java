package pk.gov.mashwara.directions;

/** The charts of the directions' pendency. */
public enum DirectionsChart {
    /** Directions not done, per acting body, the overdue part in red. */
    BY_BODY,
    /** Directions not done, per status, the overdue part in red. */
    BY_STATUS
}
