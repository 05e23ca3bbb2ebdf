package pk.gov.mashwara.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The text a comment had before an edit, and when it was written. */
@Embeddable
public class CommentRevision {

    @Column(nullable = false, length = ReviewComment.MAX_BODY, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CommentRevision() {
    }

    CommentRevision(String body, Instant writtenAt) {
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public String getBody() { return body; }
    public Instant getWrittenAt() { return writtenAt; }
}
