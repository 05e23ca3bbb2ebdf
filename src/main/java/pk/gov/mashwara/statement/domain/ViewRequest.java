package pk.gov.mashwara.statement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pk.gov.mashwara.shared.ConflictException;

/**
 * A view the spokesperson asked on a statement: of a body (any of its officers or drafters replies) or of one
 * person, and the reply, given once.
 */
@Entity
@Table(name = "statement_view")
public class ViewRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "committee_id", updatable = false)
    private Long committeeId;

    @Column(updatable = false, length = 64)
    private String username;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String question;

    @Column(name = "asked_by", nullable = false, updatable = false, length = 64)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(columnDefinition = "text")
    private String reply;

    @Column(name = "replied_by", length = 64)
    private String repliedBy;

    @Column(name = "replied_by_name", length = 200)
    private String repliedByName;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Version
    private long version;

    protected ViewRequest() {
    }

    public ViewRequest(long statementId, Long committeeId, String username, String question, String askedBy,
            Instant askedAt) {
        this.statementId = statementId;
        this.committeeId = committeeId;
        this.username = username;
        this.question = question;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    public void reply(String text, String by, String byName, Instant at) {
        if (reply != null) {
            throw new ConflictException("error.statement.viewGiven", repliedByName);
        }
        this.reply = text;
        this.repliedBy = by;
        this.repliedByName = byName;
        this.repliedAt = at;
    }

    public Long getId() { return id; }
    public long getStatementId() { return statementId; }
    public Long getCommitteeId() { return committeeId; }
    public String getUsername() { return username; }
    public String getQuestion() { return question; }
    public String getAskedBy() { return askedBy; }
    public Instant getAskedAt() { return askedAt; }
    public String getReply() { return reply; }
    public String getRepliedBy() { return repliedBy; }
    public String getRepliedByName() { return repliedByName; }
    public Instant getRepliedAt() { return repliedAt; }
}
