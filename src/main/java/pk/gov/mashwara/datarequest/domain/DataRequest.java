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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/** A data request as asked; its particulars never change once asked. */
@Entity
@Table(name = "data_request")
public class DataRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String question;

    @Column(name = "why_needed", nullable = false, updatable = false, columnDefinition = "text")
    private String whyNeeded;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "form_wanted", nullable = false, updatable = false, length = 16)
    private FormWanted formWanted;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 32)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 32)
    private Priority priority;

    @Column(name = "deadline_days", nullable = false, updatable = false)
    private int deadlineDays;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "direction_letter", updatable = false, length = 100)
    private String directionLetter;

    @Column(name = "direction_number", updatable = false, length = 16)
    private String directionNumber;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DataRequest() {
    }

    public DataRequest(String subject, String question, String whyNeeded, FormWanted formWanted,
            Classification classification, Priority priority, int deadlineDays, Instant dueAt, String directionLetter,
            String directionNumber, String createdBy, Instant createdAt) {
        this.subject = subject;
        this.question = question;
        this.whyNeeded = whyNeeded;
        this.formWanted = formWanted;
        this.classification = classification;
        this.priority = priority;
        this.deadlineDays = deadlineDays;
        this.dueAt = dueAt;
        this.directionLetter = directionLetter;
        this.directionNumber = directionNumber;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getQuestion() { return question; }
    public String getWhyNeeded() { return whyNeeded; }
    public FormWanted getFormWanted() { return formWanted; }
    public Classification getClassification() { return classification; }
    public Priority getPriority() { return priority; }
    public int getDeadlineDays() { return deadlineDays; }
    public Instant getDueAt() { return dueAt; }
    public String getDirectionLetter() { return directionLetter; }
    public String getDirectionNumber() { return directionNumber; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
