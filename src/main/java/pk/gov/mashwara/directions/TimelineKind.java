package pk.gov.mashwara.directions;

/** The kinds of time line a direction carries, typed rather than free text. */
public enum TimelineKind {
    /** "Immediate": due a configurable number of working days after the letter's date. */
    IMMEDIATE,
    /** Due on a given date. */
    BY_DATE,
    /** "1 month", "15 days": due that long after the letter's date (on the next working day if it falls on none). */
    WITHIN,
    /** "Upon formation of NSMCWG": due some working days after that event is recorded; not due before. */
    UPON_EVENT,
    /** "Ongoing": no due date; the bodies report every so many days instead. */
    ONGOING,
    /** "—": a standing rule with no time line and no body to act. */
    NONE
}
