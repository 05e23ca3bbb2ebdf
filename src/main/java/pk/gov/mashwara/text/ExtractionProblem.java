package pk.gov.mashwara.text;

import java.time.Instant;

/** A version whose extraction failed or did not produce full text, for the administrators' list. */
public record ExtractionProblem(long draftId, int versionNumber, ExtractionStatus status, ExtractionReason reason,
        String detail, int attempts, Instant finishedAt) {
}
