package pk.gov.mashwara.draft;

/** A version was stored and committed: the file is on disk under its SHA-256. */
public record VersionUploaded(long draftId, int number, String sha256, String mediaType, long sizeBytes,
        String fileName, String actor, java.time.Instant occurredAt) {
}
