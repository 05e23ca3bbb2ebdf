package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something a time line of the letter waits for ("formation of NSMCWG"), recorded once with the day it happened. */
@Entity
@Table(name = "dir_event")
public class LetterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(nullable = false, updatable = false, length = 200)
    private String name;
    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected LetterEvent() {
    }

    public LetterEvent(long letterId, String name, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        this.letterId = letterId;
        this.name = name;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public String getName() { return name; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
