package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/**
 * A letter to register with its directions.
 *
 * @param issuingOfficeId the body that issued it (the PMO)
 * @param socialMedia     whether its directions concern social media (the NSMCWG's secretary and focal person see
 *                        them all)
 * @param body            the operative paragraphs other than the directions ("2. Action may be taken …")
 */
public record NewLetter(long issuingOfficeId, String reference, LocalDate date, String subject,
        Classification classification, Priority priority, boolean socialMedia, String body, String signedBy,
        List<NewAddressee> addressees, List<NewDirection> directions) {

    public NewLetter {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        directions = directions == null ? List.of() : List.copyOf(directions);
    }
}
