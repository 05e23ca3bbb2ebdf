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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.draft.DraftStatus;

/** When the actors of a draft's step (the draft in a state) were last reminded that it is overdue. */
@Entity
@Table(name = "routing_reminder")
public class RoutingReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 32)
    private DraftStatus status;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected RoutingReminder() {
    }

    public RoutingReminder(long draftId, DraftStatus status, Instant sentAt) {
        this.draftId = draftId;
        this.status = status;
        this.sentAt = sentAt;
    }

    /**
     * Whether a reminder is due again at {@code now}: the last one was sent before the step began, or {@code next}
     * (when the interval after it ends, counted in working days by the caller) has come.
     */
    public boolean dueAgain(Instant stepSince, Instant now, Instant next) {
        return sentAt.isBefore(stepSince) || !next.isAfter(now);
    }

    public void sent(Instant now) {
        sentAt = now;
    }

    public long getDraftId() { return draftId; }
    public DraftStatus getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
}
