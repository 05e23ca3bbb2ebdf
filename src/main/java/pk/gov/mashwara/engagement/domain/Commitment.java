package pk.gov.mashwara.engagement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.shared.ConflictException;

/**
 * What one side promised in an engagement, by when: owed by the company ({@code ownerCommitteeId} null) or by a
 * body of the directory. It is followed up once, to {@link CommitmentStatus#DONE} or {@link CommitmentStatus#LAPSED},
 * with a note; a second follow-up is refused (of two at once, the optimistic lock lets one win).
 */
@Entity
@Table(name = "engagement_commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "owner_committee_id", updatable = false)
    private Long ownerCommitteeId;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitmentStatus status;

    @Column(name = "follow_up_note", columnDefinition = "text")
    private String note;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Commitment() {
    }

    public Commitment(long engagementId, Long ownerCommitteeId, String description, LocalDate dueOn,
            String createdBy, Instant createdAt) {
        this.engagementId = engagementId;
        this.ownerCommitteeId = ownerCommitteeId;
        this.description = description;
        this.dueOn = dueOn;
        this.status = CommitmentStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Follows the commitment up to {@code DONE} or {@code LAPSED}; refused unless it is still open. */
    public void close(CommitmentStatus outcome, String note, String actor, Instant now) {
        if (outcome == CommitmentStatus.OPEN) {
            throw new IllegalArgumentException("A commitment is closed as done or lapsed");
        }
        if (status != CommitmentStatus.OPEN) {
            throw new ConflictException("error.engagement.commitment.closed", id, closedBy, closedAt);
        }
        this.status = outcome;
        this.note = note;
        this.closedBy = actor;
        this.closedAt = now;
    }

    /** Open and past its day ({@code today} in Pakistan). */
    public boolean overdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && dueOn.isBefore(today);
    }

    /** Whether a reminder is due now: overdue, and never reminded or last reminded at least {@code every} ago. */
    public boolean reminderDue(LocalDate today, Instant now, Duration every) {
        return overdue(today) && (lastRemindedAt == null || !lastRemindedAt.plus(every).isAfter(now));
    }

    public void reminded(Instant now) {
        this.lastRemindedAt = now;
    }

    public Long getId() { return id; }
    public long getEngagementId() { return engagementId; }
    public Long getOwnerCommitteeId() { return ownerCommitteeId; }
    public String getDescription() { return description; }
    public LocalDate getDueOn() { return dueOn; }
    public CommitmentStatus getStatus() { return status; }
    public String getNote() { return note; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getLastRemindedAt() { return lastRemindedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
