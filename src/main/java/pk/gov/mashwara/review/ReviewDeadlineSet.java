package pk.gov.mashwara.review;

import java.time.Instant;

/** The NSMCWG secretary set the review deadline of a draft ({@code previous} null) or moved it. */
public record ReviewDeadlineSet(long draftId, Instant deadline, Instant previous, String actor, Instant occurredAt) {
}
