package pk.gov.mashwara.directions.domain;

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

import pk.gov.mashwara.directions.ProgressStatus;

/**
 * A body's dated entry on a direction: what was done, what remains, how far, and the status it reports. Never
 * edited; a DONE entry is confirmed once by the lead body.
 */
@Entity
@Table(name = "dir_progress")
public class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "direction_id", nullable = false, updatable = false)
    private long directionId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ProgressStatus status;
    @Column(name = "done_text", nullable = false, updatable = false, columnDefinition = "text")
    private String doneText;
    @Column(name = "remains_text", updatable = false, columnDefinition = "text")
    private String remainsText;
    @Column(updatable = false)
    private Integer percent;
    @Column(updatable = false, length = 200)
    private String milestone;
    @Column(updatable = false, columnDefinition = "text")
    private String reason;
    @Column(nullable = false, updatable = false)
    private boolean shared;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Version
    private long version;

    protected ProgressEntry() {
    }

    public ProgressEntry(long directionId, long committeeId, LocalDate entryDate, ProgressStatus status,
            String doneText, String remainsText, Integer percent, String milestone, String reason, boolean shared,
            String recordedBy, Instant recordedAt) {
        this.directionId = directionId;
        this.committeeId = committeeId;
        this.entryDate = entryDate;
        this.status = status;
        this.doneText = doneText;
        this.remainsText = remainsText;
        this.percent = percent;
        this.milestone = milestone;
        this.reason = reason;
        this.shared = shared;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The lead body's confirmation that the work reported done is done; only a DONE entry, only once. */
    public void confirm(String by, Instant at) {
        if (status != ProgressStatus.DONE) {
            throw new IllegalStateException("Only an entry reporting the work done is confirmed");
        }
        if (confirmedBy != null) {
            throw new IllegalStateException("Already confirmed");
        }
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() {
        return confirmedBy != null;
    }

    public Long getId() { return id; }
    public long getDirectionId() { return directionId; }
    public long getCommitteeId() { return committeeId; }
    public LocalDate getEntryDate() { return entryDate; }
    public ProgressStatus getStatus() { return status; }
    public String getDoneText() { return doneText; }
    public String getRemainsText() { return remainsText; }
    public Integer getPercent() { return percent; }
    public String getMilestone() { return milestone; }
    public String getReason() { return reason; }
    public boolean isShared() { return shared; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public long getVersion() { return version; }
}
