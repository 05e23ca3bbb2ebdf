package pk.gov.mashwara.review;

import java.time.Instant;

/** A thread was resolved ({@code resolution} set) or reopened ({@code resolution} null). */
public record ThreadResolved(long threadId, long draftId, Resolution resolution, String reason, String actor,
        Instant occurredAt) {

    public boolean reopened() {
        return resolution == null;
    }
}
