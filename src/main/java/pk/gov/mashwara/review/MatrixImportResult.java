package pk.gov.mashwara.review;

import java.util.List;

/**
 * What recording a received matrix did: how many threads it started, how many of them on the passage their row
 * quotes, and the rows whose passage was not found in the version (kept as comments on the draft as a whole).
 */
public record MatrixImportResult(int recorded, int anchored, List<Unanchored> unanchored) {

    /** A row whose quoted passage the version does not have (or has more than once). */
    public record Unanchored(int row, long threadId, String existingText) {
    }
}
