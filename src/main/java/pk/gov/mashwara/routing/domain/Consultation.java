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
 * One consultation step of a draft in one round: the committee consulted, when it opened and falls due, and the
 * view it recorded. Steps open one after another, in the order of the rules.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    public static final int MAX_VIEW = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 64)
    private String step;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(name = "deadline_days", nullable = false, updatable = false)
    private int deadlineDays;

    /** The draft's priority mark when the round opened: {@code deadlineDays} is already shortened by it. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private pk.gov.mashwara.draft.Priority priority = pk.gov.mashwara.draft.Priority.ROUTINE;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "view_kind", length = 32)
    private String view;

    @Column(name = "view_text", length = MAX_VIEW)
    private String viewText;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "summary_lodged")
    private LocalDate summaryLodged;

    @Version
    private long version;

    protected Consultation() {
    }

    public Consultation(long draftId, int round, int position, String step, long committeeId, int deadlineDays) {
        this.draftId = draftId;
        this.round = round;
        this.position = position;
        this.step = step;
        this.committeeId = committeeId;
        this.deadlineDays = deadlineDays;
    }

    /** A step of a draft marked {@code priority}, its deadline in working days already shortened by the mark. */
    public Consultation(long draftId, int round, int position, String step, long committeeId, int deadlineDays,
            pk.gov.mashwara.draft.Priority priority) {
        this(draftId, round, position, step, committeeId, deadlineDays);
        this.priority = priority;
    }

    public void open(Instant now, Instant due) {
        this.openedAt = now;
        this.dueAt = due;
    }

    public void record(String view, String text, String actor, Instant now, LocalDate meetingDate,
            LocalDate summaryLodged) {
        this.view = view;
        this.viewText = text;
        this.recordedBy = actor;
        this.recordedAt = now;
        this.meetingDate = meetingDate;
        this.summaryLodged = summaryLodged;
    }

    public boolean isOpen() {
        return openedAt != null && recordedAt == null;
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public int getRound() { return round; }
    public int getPosition() { return position; }
    public String getStep() { return step; }
    public long getCommitteeId() { return committeeId; }
    public int getDeadlineDays() { return deadlineDays; }
    public pk.gov.mashwara.draft.Priority getPriority() { return priority; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDueAt() { return dueAt; }
    public String getView() { return view; }
    public String getViewText() { return viewText; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public LocalDate getSummaryLodged() { return summaryLodged; }
}
