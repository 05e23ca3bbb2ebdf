package pk.gov.mashwara.draft;

/**
 * The priority mark a file carries in the federal Secretariat (Secretariat Instructions): the flag on its cover,
 * from the least to the most urgent. The rule book shortens the deadlines of a more urgent file by its factor.
 */
public enum Priority {
    ROUTINE, PRIORITY, IMMEDIATE, MOST_IMMEDIATE;

    /** Whether this mark is more urgent than {@code other}. */
    public boolean moreUrgentThan(Priority other) {
        return compareTo(other) > 0;
    }

    /** The mark named {@code value} (any case; '-' or ' ' for '_'), or ROUTINE when none is given. */
    public static Priority parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return ROUTINE;
        }
        var name = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (var priority : values()) {
            if (priority.name().equals(name)) {
                return priority;
            }
        }
        throw pk.gov.mashwara.shared.InvalidInputException.onField(field, "error.draft.priority", value);
    }
}
