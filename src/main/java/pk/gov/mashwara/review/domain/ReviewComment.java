package pk.gov.mashwara.review.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * One comment of a thread. Its author may edit it for a short time (the earlier text is kept as a revision)
 * and may retract it (it stays, shown as retracted). Nothing is deleted.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    public static final int MAX_BODY = pk.gov.mashwara.review.CommentView.MAX_BODY;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    @ElementCollection
    @CollectionTable(name = "review_comment_revision", joinColumns = @JoinColumn(name = "comment_id"))
    @OrderColumn(name = "position")
    private List<CommentRevision> revisions = new ArrayList<>();

    protected ReviewComment() {
    }

    ReviewComment(Long parentId, Author author, String body, Instant now) {
        this.parentId = parentId;
        this.authorId = author.id();
        this.author = author.username();
        this.authorName = author.displayName();
        this.body = requireBody(body);
        this.createdAt = now;
    }

    /** The opening comment of a thread that only suggests wording: no text of its own. */
    static ReviewComment empty(Author author, Instant now) {
        var comment = new ReviewComment();
        comment.authorId = author.id();
        comment.author = author.username();
        comment.authorName = author.displayName();
        comment.body = "";
        comment.createdAt = now;
        return comment;
    }

    static String requireBody(String body) {
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.onField("body", "error.review.comment.empty");
        }
        if (text.length() > MAX_BODY) {
            throw InvalidInputException.onField("body", "error.review.comment.tooLong", MAX_BODY);
        }
        return text;
    }

    void edit(long userId, String newBody, Instant now, Duration editWindow) {
        if (userId != authorId) {
            throw new ForbiddenException("error.review.comment.notYours");
        }
        if (retractedAt != null) {
            throw new ConflictException("error.review.comment.retracted");
        }
        if (!now.isBefore(createdAt.plus(editWindow))) {
            throw new ConflictException("error.review.comment.editWindow", editWindow.toMinutes());
        }
        var text = requireBody(newBody);
        if (text.equals(body)) {
            return;
        }
        revisions.add(new CommentRevision(body, editedAt == null ? createdAt : editedAt));
        body = text;
        editedAt = now;
    }

    void retract(long userId, Instant now) {
        if (userId != authorId) {
            throw new ForbiddenException("error.review.comment.notYours");
        }
        if (retractedAt == null) {
            retractedAt = now;
        }
    }

    public boolean isEditableBy(long userId, Instant now, Duration editWindow) {
        return userId == authorId && retractedAt == null && now.isBefore(createdAt.plus(editWindow));
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public long getAuthorId() { return authorId; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public Instant getRetractedAt() { return retractedAt; }
    public List<CommentRevision> getRevisions() { return List.copyOf(revisions); }
}
