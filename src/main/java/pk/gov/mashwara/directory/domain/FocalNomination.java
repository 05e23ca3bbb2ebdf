package pk.gov.mashwara.directory.domain;

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

import pk.gov.mashwara.directory.NominationStatus;
import pk.gov.mashwara.shared.ConflictException;

/** A nomination for focal person, carried from the nomination to the PM's approval, one step at a time. */
@Entity
@Table(name = "focal_nomination")
public class FocalNomination {

    public static final String DIRECTION_LETTER = "No. 1(1)/AS-II/2021";
    public static final String DIRECTION_NUMBER = "3";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nominee_id", nullable = false, updatable = false)
    private long nomineeId;

    @Column(name = "nominated_by", nullable = false, updatable = false, length = 64)
    private String nominatedBy;

    @Column(updatable = false, columnDefinition = "text")
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NominationStatus status;

    @Column(name = "nominated_at", nullable = false, updatable = false)
    private Instant nominatedAt;

    @Column(name = "consensus_note", columnDefinition = "text")
    private String consensusNote;

    @Column(name = "consensus_by", length = 64)
    private String consensusBy;

    @Column(name = "consensus_at")
    private Instant consensusAt;

    @Column(name = "recommendation_ref", length = 100)
    private String recommendationRef;

    @Column(name = "recommendation_date")
    private LocalDate recommendationDate;

    @Column(name = "recommended_by", length = 64)
    private String recommendedBy;

    @Column(name = "approval_ref", length = 100)
    private String approvalRef;

    @Column(name = "approval_date")
    private LocalDate approvalDate;

    @Column(name = "approval_recorded_by", length = 64)
    private String approvalRecordedBy;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", columnDefinition = "text")
    private String withdrawalReason;

    @Column(name = "direction_letter", nullable = false, updatable = false, length = 64)
    private String directionLetter;

    @Column(name = "direction_number", nullable = false, updatable = false, length = 8)
    private String directionNumber;

    @Version
    private long version;

    protected FocalNomination() {
    }

    public FocalNomination(long nomineeId, String nominatedBy, String note, Instant at) {
        this.nomineeId = nomineeId;
        this.nominatedBy = nominatedBy;
        this.note = note;
        this.nominatedAt = at;
        this.status = NominationStatus.OPEN;
        this.directionLetter = DIRECTION_LETTER;
        this.directionNumber = DIRECTION_NUMBER;
    }

    public void consensus(String note, String by, Instant at) {
        require(NominationStatus.OPEN);
        this.consensusNote = note;
        this.consensusBy = by;
        this.consensusAt = at;
        this.status = NominationStatus.CONSENSUS;
    }

    public void recommended(String reference, LocalDate date, String by) {
        require(NominationStatus.CONSENSUS);
        this.recommendationRef = reference;
        this.recommendationDate = date;
        this.recommendedBy = by;
        this.status = NominationStatus.RECOMMENDED;
    }

    public void approved(String reference, LocalDate date, String by) {
        require(NominationStatus.RECOMMENDED);
        if (date.isBefore(recommendationDate)) {
            throw new ConflictException("error.nomination.approvalBeforeRecommendation",
                    recommendationDate.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        }
        this.approvalRef = reference;
        this.approvalDate = date;
        this.approvalRecordedBy = by;
        this.status = NominationStatus.APPROVED;
    }

    /**
     * The PM did not approve the recommendation: the PM's answer (reference, date) closes the nomination and no one
     * becomes focal person.
     */
    public void notApproved(String reference, LocalDate date, String by) {
        require(NominationStatus.RECOMMENDED);
        if (date.isBefore(recommendationDate)) {
            throw new ConflictException("error.nomination.approvalBeforeRecommendation",
                    recommendationDate.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        }
        this.approvalRef = reference;
        this.approvalDate = date;
        this.approvalRecordedBy = by;
        this.status = NominationStatus.NOT_APPROVED;
    }

    /** Withdrawn before the PM's answer, with the reason; closed, no one becomes focal person. */
    public void withdraw(String by, String reason, Instant at) {
        if (status.closed()) {
            throw new ConflictException("error.nomination.notAt." + status.name());
        }
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
        this.status = NominationStatus.WITHDRAWN;
    }

    public void requireOpen() {
        require(NominationStatus.OPEN);
    }

    private void require(NominationStatus expected) {
        if (status != expected) {
            throw new ConflictException("error.nomination.notAt." + status.name());
        }
    }

    public Long getId() { return id; }
    public long getNomineeId() { return nomineeId; }
    public String getNominatedBy() { return nominatedBy; }
    public String getNote() { return note; }
    public NominationStatus getStatus() { return status; }
    public Instant getNominatedAt() { return nominatedAt; }
    public String getConsensusNote() { return consensusNote; }
    public String getConsensusBy() { return consensusBy; }
    public Instant getConsensusAt() { return consensusAt; }
    public String getRecommendationRef() { return recommendationRef; }
    public LocalDate getRecommendationDate() { return recommendationDate; }
    public String getRecommendedBy() { return recommendedBy; }
    public String getApprovalRef() { return approvalRef; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public String getApprovalRecordedBy() { return approvalRecordedBy; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public String getDirectionLetter() { return directionLetter; }
    public String getDirectionNumber() { return directionNumber; }
    public long getVersion() { return version; }
}
