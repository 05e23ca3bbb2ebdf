package pk.gov.mashwara.datarequest.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message of the thread between the NSMCWG and an addressed body. Written once. */
@Entity
@Immutable
@Table(name = "data_request_message")
public class BodyMessage {

    /** What a message is. */
    public enum Kind {
        /** The body asks what is meant. */
        CLARIFICATION_ASKED,
        /** The NSMCWG explains. */
        CLARIFICATION_GIVEN,
        /** The body's officer hands the request to someone in the body. */
        DELEGATED,
        /** The NSMCWG escalates a refusal. */
        ESCALATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 32)
    private Kind kind;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected BodyMessage() {
    }

    public BodyMessage(long bodyId, Kind kind, String text, String author, Instant writtenAt) {
        this.bodyId = bodyId;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public Kind getKind() { return kind; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
}
