package pk.gov.mashwara.draft;

/** Narrows the drafts list; every field is optional. Visibility is applied on top, never instead. */
public record DraftFilter(Long committeeId, DraftKind kind, DraftStatus status, String titleContains) {

    public static DraftFilter none() {
        return new DraftFilter(null, null, null, null);
    }
}
