package pk.gov.mashwara.directions;

import java.time.LocalDate;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/**
 * A letter as the register lists it.
 *
 * @param parentLetterId the letter it forwards, or null for one that starts a cascade
 * @param directions     how many directions the user sees (of the letter at the top of its cascade)
 * @param overdue        how many of those are overdue today
 */
public record LetterSummary(long id, BodyRef issuingOffice, String reference, LocalDate date, String subject,
        Classification classification, Priority priority, Long parentLetterId, int directions, int overdue) {
}
