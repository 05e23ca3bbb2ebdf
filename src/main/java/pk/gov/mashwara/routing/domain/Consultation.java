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
 * view it recorded as the division's U.O. note. Steps of the same stage are open together, each with its own
 * deadline; stages open one after another, in the order of the rules. A step the committee's officer added carries
 * who added it and why; an objection carries how it was dealt with when not by revision.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    public static final int MAX_VIEW = 4000;
    public static final int MAX_UO_NUMBER = 100;
    public static final int MAX_DESIGNATION = 200;
    public static final int MAX_REASON = 2000;
    public static final int MAX_ATTENDEES = 2000;
    public static final int MAX_OUTCOME = 4000;

    /** The paths an objection may take besides revision. */
    public enum Resolution {
        /** A meeting of the Secretaries concerned resolved it (Rule 9). */
        SECRETARIES_MEETING,
        /** Submitted to the Cabinet with the objecting division's view and the sponsor's reply side by side. */
        CABINET
    }

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

    /** Changed only by a new priority mark while the step waits ({@link #reprioritise}). */
    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @Column(nullable = false, updatable = false)
    private int stage;

    @Column(name = "added_by", length = 64, updatable = false)
    private String addedBy;

    @Column(name = "added_reason", updatable = false, columnDefinition = "text")
    private String addedReason;

    @Column(name = "uo_number", length = MAX_UO_NUMBER)
    private String uoNumber;

    @Column(name = "uo_date")
    private LocalDate uoDate;

    @Column(name = "signed_by", length = MAX_DESIGNATION)
    private String signedBy;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 32)
    private Resolution resolution;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_meeting")
    private LocalDate resolutionMeeting;

    @Column(name = "resolution_attendees", columnDefinition = "text")
    private String resolutionAttendees;

    @Column(name = "resolution_outcome", columnDefinition = "text")
    private String resolutionOutcome;

    @Column(name = "sponsor_reply", columnDefinition = "text")
    private String sponsorReply;

    /**
     * The draft's priority mark when the round opened, or when it was marked anew while the step waited:
     * {@code deadlineDays} is already shortened by it.
     */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
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

    public Consultation(long draftId, int round, int position, int stage, String step, long committeeId,
            int deadlineDays) {
        this.draftId = draftId;
        this.round = round;
        this.position = position;
        this.stage = stage;
        this.step = step;
        this.committeeId = committeeId;
        this.deadlineDays = deadlineDays;
    }

    /** A division the committee's officer adds to the round, with the reason, consulted with the stage open now. */
    public static Consultation added(long draftId, int round, int position, int stage, String step, long committeeId,
            int deadlineDays, pk.gov.mashwara.draft.Priority priority, String addedBy, String reason) {
        var added = new Consultation(draftId, round, position, stage, step, committeeId, deadlineDays, priority);
        added.addedBy = addedBy;
        added.addedReason = reason;
        return added;
    }

    /** A step of a draft marked {@code priority}, its deadline in working days already shortened by the mark. */
    public Consultation(long draftId, int round, int position, int stage, String step, long committeeId,
            int deadlineDays, pk.gov.mashwara.draft.Priority priority) {
        this(draftId, round, position, stage, step, committeeId, deadlineDays);
        this.priority = priority;
    }

    /**
     * The draft's priority mark changed while the step waits: its deadline is counted again in working days for the
     * new mark, and an open step falls due that many working days after it opened ({@code due}, null when not
     * yet open).
     */
    public void reprioritise(pk.gov.mashwara.draft.Priority priority, int deadlineDays, Instant due) {
        if (recordedAt != null) {
            throw new IllegalStateException("step " + id + " is recorded: its deadline is history");
        }
        this.priority = priority;
        this.deadlineDays = deadlineDays;
        if (openedAt != null) {
            this.dueAt = due;
        }
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

    /** The view as a U.O. note: its number and date and the designation of the officer who signed it. */
    public void note(String uoNumber, LocalDate uoDate, String signedBy, boolean onBehalf, LocalDate receivedOn) {
        this.uoNumber = uoNumber;
        this.uoDate = uoDate;
        this.signedBy = signedBy;
        this.onBehalf = onBehalf;
        this.receivedOn = receivedOn;
    }

    /** The objection recorded on this step is dealt with by {@code path}; refused when there is none to deal with. */
    public void resolve(Resolution path, String actor, Instant now, LocalDate meeting, String attendees,
            String outcome, String reply) {
        if (!isOpenObjection()) {
            throw new IllegalStateException("No open objection on consultation " + id);
        }
        this.resolution = path;
        this.resolvedBy = actor;
        this.resolvedAt = now;
        this.resolutionMeeting = meeting;
        this.resolutionAttendees = attendees;
        this.resolutionOutcome = outcome;
        this.sponsorReply = reply;
    }

    /** The division objects and the objection has not yet been resolved nor sent to the Cabinet. */
    public boolean isOpenObjection() {
        return "object".equals(view) && resolution == null;
    }

    public boolean isAdded() {
        return addedBy != null;
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
    public int getStage() { return stage; }
    public String getAddedBy() { return addedBy; }
    public String getAddedReason() { return addedReason; }
    public String getUoNumber() { return uoNumber; }
    public LocalDate getUoDate() { return uoDate; }
    public String getSignedBy() { return signedBy; }
    public boolean isOnBehalf() { return onBehalf; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Resolution getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public LocalDate getResolutionMeeting() { return resolutionMeeting; }
    public String getResolutionAttendees() { return resolutionAttendees; }
    public String getResolutionOutcome() { return resolutionOutcome; }
    public String getSponsorReply() { return sponsorReply; }
}
