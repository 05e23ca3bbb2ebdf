package pk.gov.mashwara.notification.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user follows a draft: they hear of its new versions and status changes. */
@Entity
@IdClass(DraftFollow.Key.class)
@Table(name = "draft_follow")
public class DraftFollow {

    public record Key(Long userId, Long draftId) implements Serializable {
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Column(name = "draft_id")
    private Long draftId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DraftFollow() {
    }

    public DraftFollow(long userId, long draftId, Instant createdAt) {
        this.userId = userId;
        this.draftId = draftId;
        this.createdAt = createdAt;
    }

    public long getUserId() {
        return userId;
    }

    public long getDraftId() {
        return draftId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
