package pk.gov.mashwara.datarequest.domain;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.datarequest.BodyState;

/** One body a data request is addressed to, and where it stands. Changed only through the service. */
@Entity
@Table(name = "data_request_body")
public class AddressedBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private BodyState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "delegated_to", length = 64)
    private String delegatedTo;

    @Column(name = "rest_due")
    private LocalDate restDue;

    @Column(name = "decline_reason", columnDefinition = "text")
    private String declineReason;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "escalated_by", length = 64)
    private String escalatedBy;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Version
    private long version;

    protected AddressedBody() {
    }

    public AddressedBody(long requestId, long committeeId, Instant now) {
        this.requestId = requestId;
        this.committeeId = committeeId;
        this.state = BodyState.ASKED;
        this.stateSince = now;
    }

    public void moveTo(BodyState next, Instant now) {
        if (next != state) {
            state = next;
            stateSince = now;
        }
    }

    public void acknowledged(String by, Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = by;
        }
    }

    public void delegateTo(String username) { this.delegatedTo = username; }
    public void restDue(LocalDate date) { this.restDue = date; }
    public void declined(String reason) { this.declineReason = reason; }
    public void escalated(String by, Instant now) { this.escalatedBy = by; this.escalatedAt = now; }
    public void reminded(Instant now) { this.lastRemindedAt = now; }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getCommitteeId() { return committeeId; }
    public BodyState getState() { return state; }
    public Instant getStateSince() { return stateSince; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public String getDelegatedTo() { return delegatedTo; }
    public LocalDate getRestDue() { return restDue; }
    public String getDeclineReason() { return declineReason; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public String getEscalatedBy() { return escalatedBy; }
    public Instant getLastRemindedAt() { return lastRemindedAt; }
    public long getVersion() { return version; }
}
