package pk.gov.mashwara.review;

import java.time.Instant;

/** A thread was filed under another category or severity. */
public record ThreadClassified(long threadId, long draftId, String category, Severity severity, String actor,
        Instant occurredAt) {
}
