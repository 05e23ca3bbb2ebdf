package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress entry to record for the user's body.
 *
 * @param date     the day it reports on (not in the future); null: today
 * @param done     what was done
 * @param remains  what remains, if anything
 * @param percent  how far, 0–100, where it fits
 * @param reason   why the body cannot proceed (required for CANNOT_PROCEED)
 * @param shared   whether other bodies acting on the direction may read it and its evidence
 * @param evidence files of evidence (required for DONE, unless an earlier entry of the body has some)
 */
public record NewProgress(LocalDate date, ProgressStatus status, String done, String remains, Integer percent,
        String milestone, String reason, boolean shared, List<EvidenceFile> evidence) {

    public NewProgress {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
