package pk.gov.mashwara.notification.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DraftFollowRepository extends JpaRepository<DraftFollow, DraftFollow.Key> {

    List<DraftFollow> findByDraftId(long draftId);

    List<DraftFollow> findByUserIdOrderByCreatedAtDesc(long userId);

    /**
     * Adds the follow unless it exists. Idempotent under concurrency: two transactions following the same draft
     * at once (say, the creator's follow on creation and their first comment) both succeed, where an
     * exists-then-insert would fail one of them, and with it the work it belongs to, on the primary key.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "INSERT IGNORE INTO draft_follow (user_id, draft_id, created_at) VALUES (:user, :draft, :at)",
            nativeQuery = true)
    int insertIfAbsent(@Param("user") long userId, @Param("draft") long draftId, @Param("at") Instant at);
}
