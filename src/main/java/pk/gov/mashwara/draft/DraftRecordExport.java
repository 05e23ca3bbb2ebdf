package pk.gov.mashwara.draft;

/**
 * Implemented by the module that writes a draft's review record (the record module); the draft page offers
 * the record for download when an implementation exists. The draft module depends on none of them.
 */
public interface DraftRecordExport {

    /**
     * The review record of a draft, for the signed-in user: a draft they may not see is not found, and the record
     * holds only what they may see.
     */
    ExportedFile export(long draftId);

    /** A generated file, whole in memory (a review record is small). */
    record ExportedFile(String fileName, String mediaType, byte[] content) {
    }
}
