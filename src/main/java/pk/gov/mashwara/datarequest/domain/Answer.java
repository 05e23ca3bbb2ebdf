package pk.gov.mashwara.datarequest.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One answer of a body, numbered in the body's order like versions. Never changed. */
@Entity
@Immutable
@Table(name = "data_request_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean partial;

    @Column(name = "rest_due", updatable = false)
    private LocalDate restDue;

    @Column(nullable = false, updatable = false)
    private boolean shareable;

    @Column(name = "answered_by", nullable = false, updatable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected Answer() {
    }

    public Answer(long bodyId, int number, String text, boolean partial, LocalDate restDue, boolean shareable,
            String answeredBy, Instant answeredAt) {
        this.bodyId = bodyId;
        this.number = number;
        this.text = text;
        this.partial = partial;
        this.restDue = restDue;
        this.shareable = shareable;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public int getNumber() { return number; }
    public String getText() { return text; }
    public boolean isPartial() { return partial; }
    public LocalDate getRestDue() { return restDue; }
    public boolean isShareable() { return shareable; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
