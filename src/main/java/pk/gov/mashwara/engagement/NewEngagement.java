package pk.gov.mashwara.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * An engagement to log.
 *
 * @param lead             the user name of who led it for the government (the NSA's lead, the focal person or a
 *                         member); null: whoever logs it
 * @param bodies           codes of the bodies of the directory party to it (their users read it), may be empty
 * @param positionDraftId  the draft whose cleared input the position takes up, or null
 * @param directionNumber  the direction of the PMO's letter it serves ("1" or "7"), or null
 * @param letterReference  that letter's reference, e.g. {@code No. 1(1)/AS-II/2021}, or null
 */
public record NewEngagement(String company, EngagementKind kind, LocalDate occurredOn, String subject, String lead,
        String ourParticipants, String theirParticipants, String topics, String position, Long positionDraftId,
        String directionNumber, String letterReference, List<String> bodies) {

    public NewEngagement {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }
}
