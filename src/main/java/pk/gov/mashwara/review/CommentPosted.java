package pk.gov.mashwara.review;

import java.time.Instant;

/** A comment was added to a thread, edited or retracted. */
public record CommentPosted(long threadId, long commentId, long draftId, Change change, String actor,
        Instant occurredAt) {

    public enum Change { REPLIED, EDITED, RETRACTED }
}
