package pk.gov.mashwara.desk.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftLookRepository extends JpaRepository<DraftLook, Long> {

    Optional<DraftLook> findByUserIdAndDraftId(long userId, long draftId);
}
