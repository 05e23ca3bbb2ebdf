package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pk.gov.mashwara.directions.ReportEvery;

/** When progress reports on a letter fall due: its kind and the day it counts from. Who set it last, and when. */
@Entity
@Table(name = "dir_report_schedule")
public class ReportSchedule {

    @Id
    @Column(name = "letter_id")
    private Long letterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportEvery kind;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Version
    private long version;

    protected ReportSchedule() {
    }

    public ReportSchedule(long letterId, ReportEvery kind, LocalDate startsOn, String setBy, Instant setAt) {
        this.letterId = letterId;
        change(kind, startsOn, setBy, setAt);
    }

    public void change(ReportEvery kind, LocalDate startsOn, String setBy, Instant setAt) {
        this.kind = kind;
        this.startsOn = startsOn;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Long getLetterId() { return letterId; }
    public ReportEvery getKind() { return kind; }
    public LocalDate getStartsOn() { return startsOn; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
}
