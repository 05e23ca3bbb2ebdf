package pk.gov.mashwara.directions;

import java.time.Instant;
import java.util.List;

import pk.gov.mashwara.draft.AttachedFile;

/**
 * A letter with everything the user may see of it.
 *
 * @param quoted         for a forwarding letter, the letter it quotes; null otherwise
 * @param file           the letter's file, or null
 * @param directions     the directions the user sees (of the letter at the top of the cascade)
 * @param cascade        the cascade from the top letter down
 * @param unacknowledged the addressees (bodies) of this letter with no receipt recorded
 * @param canAcknowledge whether the user's office may record its receipt now
 * @param canForward     whether the user's office may forward it
 * @param canRecordEvent whether the user may record an event of its time lines
 */
public record LetterDetails(LetterSummary letter, LetterSummary quoted, String body, String signedBy,
        AttachedFile file, String registeredBy, Instant registeredAt, List<AddresseeInfo> addressees,
        List<DirectionInfo> directions, List<EventInfo> events, CascadeNode cascade, List<BodyRef> unacknowledged,
        boolean canAcknowledge, boolean canForward, boolean canRecordEvent) {

    public LetterDetails {
        addressees = List.copyOf(addressees);
        directions = List.copyOf(directions);
        events = List.copyOf(events);
        unacknowledged = List.copyOf(unacknowledged);
    }
}
