package pk.gov.mashwara.review;

import java.time.Instant;

/** A thread was started on a version of a draft ({@code internal}: a committee's internal note). */
public record ThreadStarted(long threadId, long draftId, int versionNumber, boolean internal, String actor,
        Instant occurredAt) {
}
