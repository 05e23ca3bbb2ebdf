package pk.gov.mashwara.review.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SuggestionCheckRepository extends JpaRepository<SuggestionCheck, Long> {

    List<SuggestionCheck> findByDraftIdOrderByVersionNumber(long draftId);

    List<SuggestionCheck> findByThreadIdOrderByVersionNumber(long threadId);

    boolean existsByThreadIdAndVersionNumber(long threadId, int versionNumber);
}
