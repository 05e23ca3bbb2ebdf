package pk.gov.mashwara.statement;

import java.time.Instant;

/** A proposal (or a declined one) in the list of those the user may see. */
public record StatementSummary(long id, StatementStatus status, String occasion, String company, Urgency urgency,
        String proposer, String proposerName, Instant proposedAt, int revision) {
}
