package pk.gov.mashwara.draft.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A draft shared with a committee other than its own (a division consulted on it): that committee sees it. */
@Entity
@Table(name = "draft_share")
@IdClass(DraftShare.Key.class)
public class DraftShare {

    public record Key(long draftId, long committeeId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "draft_id")
    private long draftId;

    @Id
    @Column(name = "committee_id")
    private long committeeId;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Column(name = "shared_by", nullable = false, length = 64)
    private String sharedBy;

    protected DraftShare() {
    }

    public DraftShare(long draftId, long committeeId, Instant sharedAt, String sharedBy) {
        this.draftId = draftId;
        this.committeeId = committeeId;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }

    public long getDraftId() { return draftId; }
    public long getCommitteeId() { return committeeId; }
}
