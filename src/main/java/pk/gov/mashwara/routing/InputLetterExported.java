package pk.gov.mashwara.routing;

import java.time.Instant;

/** Someone downloaded the cleared input as a letter; {@code sha256} identifies the exact file they received. */
public record InputLetterExported(long draftId, String format, long sizeBytes, String sha256, String actor,
        Instant occurredAt) {
}
