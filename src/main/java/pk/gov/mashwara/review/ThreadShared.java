package pk.gov.mashwara.review;

import java.time.Instant;

/** A committee shared its internal note: everyone who sees the draft may read the thread from now on. */
public record ThreadShared(long threadId, long draftId, String actor, Instant occurredAt) {
}
