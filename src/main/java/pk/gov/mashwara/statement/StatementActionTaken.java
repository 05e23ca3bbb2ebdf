package pk.gov.mashwara.statement;

import java.time.Instant;

/**
 * Something was done to a statement (proposed, edited, views asked, a view given, issued, declined): the audit
 * log's entry.
 *
 * @param action what was done, e.g. {@code issue}
 * @param detail what it recorded, in English
 */
public record StatementActionTaken(long statementId, String action, String actor, Instant occurredAt, String detail) {
}
