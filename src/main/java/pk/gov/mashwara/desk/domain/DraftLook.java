package pk.gov.mashwara.desk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last time one user looked at one draft (opened its page or its reader). */
@Entity
@Table(name = "draft_look")
public class DraftLook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "looked_at", nullable = false)
    private Instant lookedAt;

    protected DraftLook() {
    }

    public DraftLook(long userId, long draftId, Instant lookedAt) {
        this.userId = userId;
        this.draftId = draftId;
        this.lookedAt = lookedAt;
    }

    /** Moves the look on; a look never goes back in time. */
    public void lookedAgain(Instant at) {
        if (at.isAfter(lookedAt)) {
            lookedAt = at;
        }
    }

    public long getUserId() { return userId; }
    public long getDraftId() { return draftId; }
    public Instant getLookedAt() { return lookedAt; }
}
