package pk.gov.mashwara.directions.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder sent to an addressee that had not acknowledged a letter. */
@Entity
@Table(name = "dir_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "reminded_at", nullable = false, updatable = false)
    private Instant remindedAt;

    protected Reminder() {
    }

    public Reminder(long letterId, long committeeId, Instant remindedAt) {
        this.letterId = letterId;
        this.committeeId = committeeId;
        this.remindedAt = remindedAt;
    }

    public long getLetterId() { return letterId; }
    public long getCommitteeId() { return committeeId; }
    public Instant getRemindedAt() { return remindedAt; }
}
