package pk.gov.mashwara.routing.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A summary the sponsoring division lodged with a deciding body's secretariat (the Cabinet Division) for a deciding
 * step of a draft's consultations; the secretariat may return it as incomplete, and the sponsor lodges anew.
 */
@Entity
@Table(name = "cabinet_summary")
public class CabinetSummary {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "lodged_on", nullable = false, updatable = false)
    private LocalDate lodgedOn;

    @Column(name = "lodged_by", nullable = false, updatable = false, length = 64)
    private String lodgedBy;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private Instant lodgedAt;

    @Column(name = "returned_by", length = 64)
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    @Version
    private long version;

    protected CabinetSummary() {
    }

    public CabinetSummary(long draftId, long consultationId, LocalDate lodgedOn, String lodgedBy, Instant lodgedAt) {
        this.draftId = draftId;
        this.consultationId = consultationId;
        this.lodgedOn = lodgedOn;
        this.lodgedBy = lodgedBy;
        this.lodgedAt = lodgedAt;
    }

    /** The secretariat returns the summary as incomplete; once returned it stays returned. */
    public void returnAsIncomplete(String reason, String actor, Instant now) {
        if (returnedAt != null) {
            throw new IllegalStateException("summary " + id + " was already returned");
        }
        this.returnReason = reason;
        this.returnedBy = actor;
        this.returnedAt = now;
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public long getConsultationId() { return consultationId; }
    public LocalDate getLodgedOn() { return lodgedOn; }
    public String getLodgedBy() { return lodgedBy; }
    public Instant getLodgedAt() { return lodgedAt; }
    public String getReturnedBy() { return returnedBy; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnReason() { return returnReason; }
}
