package pk.gov.mashwara.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The deadline for the NSMCWG's comments on one draft, set (and moved) by the secretary. */
@Entity
@jakarta.persistence.EntityListeners(ReviewSignals.class)
@Table(name = "review_window")
public class ReviewWindow {

    @Id
    @Column(name = "draft_id")
    private Long draftId;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected ReviewWindow() {
    }

    public ReviewWindow(long draftId, Instant deadline, String setBy, Instant now) {
        this.draftId = draftId;
        change(deadline, setBy, now);
    }

    public void change(Instant newDeadline, String actor, Instant now) {
        deadline = newDeadline;
        setBy = actor;
        setAt = now;
        remindedAt = null;
    }

    public boolean isOpen(Instant now) {
        return now.isBefore(deadline);
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Long getDraftId() { return draftId; }
    public Instant getDeadline() { return deadline; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
