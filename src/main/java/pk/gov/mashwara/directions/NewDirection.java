package pk.gov.mashwara.directions;

import java.util.List;

/**
 * A direction of a new letter.
 *
 * @param label        its number or letter in the letter ("1", "B")
 * @param timelineText the time line as the letter writes it ("Upon nominations from NSMCWG"); null: described from
 *                     the typed one
 * @param actionByText "action by" as the letter writes it
 * @param allBodies    "All Ministries/Divisions": every body of the directory acts
 * @param leadBodyId   the lead body, or null when none acts (or every body does)
 * @param supporting   the supporting bodies
 * @param draftIds     drafts the direction produced
 * @param otherRefs    references to data requests, statements and other records, kept as written
 */
public record NewDirection(String label, String text, String timelineText, Timeline timeline, String actionByText,
        boolean allBodies, Long leadBodyId, List<Long> supporting, List<Long> draftIds, List<String> otherRefs) {

    public NewDirection {
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
        draftIds = draftIds == null ? List.of() : List.copyOf(draftIds);
        otherRefs = otherRefs == null ? List.of() : List.copyOf(otherRefs);
    }
}
