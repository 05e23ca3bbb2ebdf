package pk.gov.mashwara.text;

import java.time.Instant;
import java.util.List;

/**
 * Extractions that came to an end, in the order they ended, whichever portal ran them. A portal hears of the
 * extractions it ran itself through {@link TextExtracted}; where several portals share the database (or a queue
 * holds jobs another portal claimed), this is how the others learn that a version now has its text.
 */
public interface FinishedExtractions {

    /** One extraction that ended: the version and when it ended (as stored, to the microsecond). */
    record Finished(long draftId, int versionNumber, Instant finishedAt) {
    }

    /** Extractions that ended at or after {@code since}, oldest first, a page of {@code size} at a time. */
    List<Finished> finishedSince(Instant since, int page, int size);
}
