package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** That a signed-off progress report was sent, and on which day: recorded once, never changed. */
@Entity
@Immutable
@Table(name = "dir_report_sent")
public class ReportSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;
    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReportSent() {
    }

    public ReportSent(long reportId, LocalDate sentOn, String recordedBy, Instant recordedAt) {
        this.reportId = reportId;
        this.sentOn = sentOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public LocalDate getSentOn() { return sentOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
