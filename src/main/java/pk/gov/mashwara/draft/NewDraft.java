package pk.gov.mashwara.draft;

/**
 * The metadata of a draft about to be created; the first file comes with it.
 *
 * @param fileNumber the committee's file number (see {@link FileNumbers}), or null
 * @param priority   the priority mark the committee gives it, or null for Routine
 */
public record NewDraft(String title, long committeeId, DraftKind kind, String legalBasis, boolean financialImplications,
        Classification classification, String fileNumber, Priority priority) {

    /** A routine draft without a file number. */
    public NewDraft(String title, long committeeId, DraftKind kind, String legalBasis, boolean financialImplications,
            Classification classification) {
        this(title, committeeId, kind, legalBasis, financialImplications, classification, null, Priority.ROUTINE);
    }
}
