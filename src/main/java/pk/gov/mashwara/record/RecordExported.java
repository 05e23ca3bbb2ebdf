package pk.gov.mashwara.record;

import java.time.Instant;

/** Someone exported the review record of a draft; {@code sha256} identifies the exact file they received. */
public record RecordExported(long draftId, String actor, Instant occurredAt, int pages, long sizeBytes, String sha256) {
}
