package pk.gov.mashwara.routing;

import java.time.Instant;

/** Someone downloaded the final summary the sponsoring division lodged with the Cabinet Division. */
public record LodgedSummaryDownloaded(long draftId, long summaryId, String fileName, long sizeBytes, String sha256,
        String actor, Instant occurredAt) {
}
