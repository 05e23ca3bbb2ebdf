package pk.gov.mashwara.routing.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A decision a deciding body (the Cabinet, the CCLC) took on a lodged summary: at a meeting, or by circulation
 * (Rule 17(1)(b)) without one. Appended, never changed; a deferral is followed by a later decision.
 */
@Entity
@Table(name = "cabinet_decision")
public class CabinetDecision {

    public static final int MAX_MODIFICATIONS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "summary_id", nullable = false, updatable = false)
    private long summaryId;

    @Column(nullable = false, updatable = false, length = 32)
    private String decision;

    @Column(updatable = false, length = MAX_MODIFICATIONS)
    private String modifications;

    @Column(name = "case_number", nullable = false, updatable = false, length = 32)
    private String caseNumber;

    @Column(name = "meeting_date", updatable = false)
    private LocalDate meetingDate;

    @Column(name = "by_circulation", nullable = false, updatable = false)
    private boolean byCirculation;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CabinetDecision() {
    }

    public CabinetDecision(long draftId, long consultationId, long summaryId, String decision, String modifications,
            String caseNumber, LocalDate meetingDate, boolean byCirculation, LocalDate decidedOn, String recordedBy,
            Instant recordedAt) {
        this.draftId = draftId;
        this.consultationId = consultationId;
        this.summaryId = summaryId;
        this.decision = decision;
        this.modifications = modifications;
        this.caseNumber = caseNumber;
        this.meetingDate = meetingDate;
        this.byCirculation = byCirculation;
        this.decidedOn = decidedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public long getConsultationId() { return consultationId; }
    public long getSummaryId() { return summaryId; }
    public String getDecision() { return decision; }
    public String getModifications() { return modifications; }
    public String getCaseNumber() { return caseNumber; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public boolean isByCirculation() { return byCirculation; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
