package pk.gov.mashwara.draft;

/** Someone downloaded the original file of a version. */
public record VersionDownloaded(long draftId, int number, String actor, java.time.Instant occurredAt) {
}
