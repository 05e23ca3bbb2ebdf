package pk.gov.mashwara.directions;

import java.time.LocalDate;

/**
 * Where one body stands on a direction, from its latest entry.
 *
 * @param awaitingConfirmation the body reported the work done and the lead has not confirmed it yet (the status is
 *                             then IN_PROGRESS)
 * @param lastEntry            the date of its latest entry, or null
 */
public record BodyStatus(BodyRef body, boolean lead, ProgressStatus status, boolean awaitingConfirmation,
        LocalDate lastEntry, Integer percent) {
}
