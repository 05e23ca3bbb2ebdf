package pk.gov.mashwara.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ThreadEventKind;

/** One entry of a thread's history; written once, never changed. */
@Embeddable
public class ThreadEvent {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24, updatable = false)
    private ThreadEventKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16, updatable = false)
    private Resolution resolution;

    @Column(name = "from_version", updatable = false)
    private Integer fromVersion;

    @Column(name = "to_version", updatable = false)
    private Integer toVersion;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected ThreadEvent() {
    }

    ThreadEvent(ThreadEventKind kind, String actor, Instant occurredAt, Resolution resolution, Integer fromVersion,
            Integer toVersion, String detail) {
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.resolution = resolution;
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
        this.detail = detail;
    }

    public ThreadEventKind getKind() { return kind; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public Resolution getResolution() { return resolution; }
    public Integer getFromVersion() { return fromVersion; }
    public Integer getToVersion() { return toVersion; }
    public String getDetail() { return detail; }
}
