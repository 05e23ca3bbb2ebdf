package pk.gov.mashwara.directions.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directions.TimelineKind;

/**
 * One direction of a letter, numbered as in the letter ("1".."7", "B"): its text, its time line as written and
 * as typed, who acts as the letter says it, and its links to drafts and other records.
 */
@Entity
@Table(name = "dir_direction")
public class Direction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false, updatable = false, length = 16)
    private String label;
    @Column(name = "direction_text", nullable = false, updatable = false, columnDefinition = "text")
    private String text;
    @Column(name = "timeline_text", nullable = false, updatable = false, length = 200)
    private String timelineText;
    @Enumerated(EnumType.STRING)
    @Column(name = "timeline_kind", nullable = false, updatable = false, length = 16)
    private TimelineKind timelineKind;
    @Column(name = "timeline_amount", updatable = false)
    private Integer timelineAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "timeline_unit", updatable = false, length = 8)
    private Timeline.Unit timelineUnit;
    @Column(name = "timeline_date", updatable = false)
    private LocalDate timelineDate;
    @Column(name = "timeline_event", updatable = false, length = 200)
    private String timelineEvent;
    @Column(name = "action_by_text", nullable = false, updatable = false, length = 500)
    private String actionByText;
    @Column(name = "all_bodies", nullable = false, updatable = false)
    private boolean allBodies;
    @Column(name = "draft_ids", length = 500)
    private String draftIds;
    @Column(name = "other_refs", length = 1000)
    private String otherRefs;

    protected Direction() {
    }

    public Direction(long letterId, int position, String label, String text, String timelineText, Timeline timeline,
            String actionByText, boolean allBodies) {
        this.letterId = letterId;
        this.position = position;
        this.label = label;
        this.text = text;
        this.timelineText = timelineText;
        this.timelineKind = timeline.kind();
        this.timelineAmount = timeline.amount();
        this.timelineUnit = timeline.unit();
        this.timelineDate = timeline.date();
        this.timelineEvent = timeline.event();
        this.actionByText = actionByText;
        this.allBodies = allBodies;
    }

    public Timeline timeline() {
        return new Timeline(timelineKind, timelineAmount, timelineUnit, timelineDate, timelineEvent);
    }

    /** Links the direction to the drafts it produced (replacing earlier links). */
    public void linkDrafts(List<Long> ids) {
        draftIds = ids.isEmpty() ? null : String.join(",", ids.stream().distinct().map(String::valueOf).toList());
    }

    /** Free references to data requests, statements and other records, kept as written until those exist. */
    public void linkOthers(List<String> refs) {
        otherRefs = refs.isEmpty() ? null : String.join("\n", refs);
    }

    public List<Long> draftIdList() {
        return draftIds == null || draftIds.isBlank() ? List.of()
                : Arrays.stream(draftIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public List<String> otherRefList() {
        return otherRefs == null || otherRefs.isBlank() ? List.of() : List.of(otherRefs.split("\n"));
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public String getText() { return text; }
    public String getTimelineText() { return timelineText; }
    public String getActionByText() { return actionByText; }
    public boolean isAllBodies() { return allBodies; }
}
