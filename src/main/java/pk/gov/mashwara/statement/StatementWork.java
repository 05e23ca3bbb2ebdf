package pk.gov.mashwara.statement;

import java.time.Instant;

/**
 * Something on a statement that waits for the signed-in user: {@code DECIDE} (a proposal for the spokesperson or
 * MoIT's officer) or {@code REPLY} (a view asked of the user or their body).
 */
public record StatementWork(long statementId, Kind kind, String occasion, String company, Urgency urgency,
        Instant since) {

    public enum Kind {
        DECIDE, REPLY
    }
}
