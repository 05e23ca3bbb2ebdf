package pk.gov.mashwara.draft;

/** A draft was created (its first version is announced separately). */
public record DraftCreated(long draftId, long committeeId, String title, String actor,
        java.time.Instant occurredAt) {
}
