package pk.gov.mashwara.review;

import java.time.Instant;
import java.time.LocalDate;

/** Someone recorded the rows of a comments matrix received on {@code receivedOn} as threads on a version. */
public record MatrixImported(long draftId, int versionNumber, LocalDate receivedOn, int recorded, int anchored,
        String actor, Instant occurredAt) {
}
