package pk.gov.mashwara.draft;

/**
 * What files imported together share: the committee they belong to and their metadata. Each file becomes a
 * draft of its own, titled after its file name.
 */
public record ImportRequest(long committeeId, DraftKind kind, String legalBasis, boolean financialImplications,
        Classification classification) {
}
