package pk.gov.mashwara.routing.domain;

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

import pk.gov.mashwara.draft.DraftStatus;

/** One action taken on a draft under the routing rules: written once, never changed. */
@Entity
@Immutable
@Table(name = "routing_step")
public class RoutingStep {

    public static final int MAX_REASON = 2000;
    public static final int MAX_DETAILS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", nullable = false, updatable = false, length = 32)
    private DraftStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, updatable = false, length = 32)
    private DraftStatus toStatus;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Column(updatable = false, length = MAX_REASON)
    private String reason;

    @Column(updatable = false, length = MAX_DETAILS)
    private String details;

    /** The draft's priority mark when the step was taken. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private pk.gov.mashwara.draft.Priority priority = pk.gov.mashwara.draft.Priority.ROUTINE;

    protected RoutingStep() {
    }

    public RoutingStep(long draftId, String action, DraftStatus fromStatus, DraftStatus toStatus, String actor,
            String actorName, Instant actedAt, String reason, String details) {
        this.draftId = draftId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.actorName = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
        this.actedAt = actedAt;
        this.reason = reason;
        this.details = details;
    }

    /** A step taken on a draft marked {@code priority}. */
    public RoutingStep(long draftId, String action, DraftStatus fromStatus, DraftStatus toStatus, String actor,
            String actorName, Instant actedAt, String reason, String details, pk.gov.mashwara.draft.Priority priority) {
        this(draftId, action, fromStatus, toStatus, actor, actorName, actedAt, reason, details);
        this.priority = priority;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public String getAction() { return action; }
    public DraftStatus getFromStatus() { return fromStatus; }
    public DraftStatus getToStatus() { return toStatus; }
    public String getActor() { return actor; }
    public String getActorName() { return actorName; }
    public Instant getActedAt() { return actedAt; }
    public String getReason() { return reason; }
    public String getDetails() { return details; }
    public pk.gov.mashwara.draft.Priority getPriority() { return priority; }
}
