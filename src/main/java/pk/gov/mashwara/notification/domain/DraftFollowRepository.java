package pk.gov.mashwara.notification.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftFollowRepository extends JpaRepository<DraftFollow, DraftFollow.Key> {

    List<DraftFollow> findByDraftId(long draftId);

    List<DraftFollow> findByUserIdOrderByCreatedAtDesc(long userId);
}
