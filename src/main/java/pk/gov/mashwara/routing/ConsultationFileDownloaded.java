package pk.gov.mashwara.routing;

import java.time.Instant;

/** Someone downloaded the file a consulted division attached to its view. */
public record ConsultationFileDownloaded(long draftId, long consultationId, String step, String fileName,
        String sha256, String actor, Instant occurredAt) {
}
