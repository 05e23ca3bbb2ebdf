package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office's receipt of a letter, with its own diary number and date: its acknowledgement. Never changed. */
@Entity
@Table(name = "dir_receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "diary_number", nullable = false, updatable = false, length = 100)
    private String diaryNumber;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Receipt() {
    }

    public Receipt(long letterId, long committeeId, String diaryNumber, LocalDate receivedOn, String recordedBy,
            Instant recordedAt) {
        this.letterId = letterId;
        this.committeeId = committeeId;
        this.diaryNumber = diaryNumber;
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public long getCommitteeId() { return committeeId; }
    public String getDiaryNumber() { return diaryNumber; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
