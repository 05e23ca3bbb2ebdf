package pk.gov.mashwara.routing;

import java.time.Instant;

/**
 * Someone downloaded the generated summary for the Cabinet on a draft; {@code step} is the deciding step it is for
 * and {@code sha256} identifies the exact file they received.
 */
public record CabinetSummaryExported(long draftId, String step, long sizeBytes, String sha256, String actor,
        Instant occurredAt) {
}
