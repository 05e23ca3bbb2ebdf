package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder sent to a reporting office about a progress report due on a day: before that day, or after it. */
@Entity
@Table(name = "dir_report_reminder")
public class ReportReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Column(name = "after_due", nullable = false, updatable = false)
    private boolean afterDue;
    @Column(name = "reminded_at", nullable = false, updatable = false)
    private Instant remindedAt;

    protected ReportReminder() {
    }

    public ReportReminder(long letterId, long committeeId, LocalDate dueOn, boolean afterDue, Instant remindedAt) {
        this.letterId = letterId;
        this.committeeId = committeeId;
        this.dueOn = dueOn;
        this.afterDue = afterDue;
        this.remindedAt = remindedAt;
    }

    public long getLetterId() { return letterId; }
    public long getCommitteeId() { return committeeId; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isAfterDue() { return afterDue; }
    public Instant getRemindedAt() { return remindedAt; }
}
