package pk.gov.mashwara.text;

import java.time.Instant;

/**
 * A version, or a file attached to a record, whose extraction failed or did not produce full text, for the
 * administrators' list.
 *
 * @param fileSha256 the attached file's SHA-256, or null for a version ({@code draftId} and {@code versionNumber}
 *                   are 0 for a file)
 */
public record ExtractionProblem(long draftId, int versionNumber, ExtractionStatus status, ExtractionReason reason,
        String detail, int attempts, Instant finishedAt, String fileSha256) {

    public ExtractionProblem(long draftId, int versionNumber, ExtractionStatus status, ExtractionReason reason,
            String detail, int attempts, Instant finishedAt) {
        this(draftId, versionNumber, status, reason, detail, attempts, finishedAt, null);
    }
}
