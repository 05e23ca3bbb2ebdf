package pk.gov.mashwara.directory;

import java.time.Instant;

/**
 * Something was done on a nomination for focal person (nominated, supported, objected, consensus, recommendation,
 * approval, office handed over): the audit log's entry.
 */
public record NominationActionTaken(long nominationId, String action, String actor, Instant occurredAt, String detail) {
}
