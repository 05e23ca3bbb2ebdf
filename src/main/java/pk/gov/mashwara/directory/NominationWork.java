package pk.gov.mashwara.directory;

import java.time.Instant;

/**
 * A nomination that waits for the user: {@code VIEW} (a member's support or objection), {@code CONSENSUS},
 * {@code RECOMMENDATION} or {@code APPROVAL} (the secretary's next step).
 */
public record NominationWork(long nominationId, String nomineeName, NominationStatus status, Due due, Instant since) {

    public enum Due {
        VIEW, CONSENSUS, RECOMMENDATION, APPROVAL
    }
}
