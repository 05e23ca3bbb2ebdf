package pk.gov.mashwara.draft;

/** A draft moved from one state to another. */
public record DraftStatusChanged(long draftId, DraftStatus from, DraftStatus to, String actor, String note,
        java.time.Instant occurredAt) {
}
