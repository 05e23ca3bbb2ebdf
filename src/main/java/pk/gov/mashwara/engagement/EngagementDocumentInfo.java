package pk.gov.mashwara.engagement;

import java.time.Instant;

/** A document exchanged in an engagement: its name, detected type, size, SHA-256, who added it and when. */
public record EngagementDocumentInfo(long id, DocumentDirection direction, String fileName, String mediaType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
