package pk.gov.mashwara.draft;

/** The metadata of a draft about to be created; the first file comes with it. */
public record NewDraft(String title, long committeeId, DraftKind kind, String legalBasis, boolean financialImplications,
        Classification classification) {
}
