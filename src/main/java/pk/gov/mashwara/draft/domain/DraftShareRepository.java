package pk.gov.mashwara.draft.domain;

import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftShareRepository extends JpaRepository<DraftShare, DraftShare.Key> {

    @Query("select s.draftId from DraftShare s where s.committeeId = :committeeId")
    Set<Long> findDraftIdsByCommitteeId(long committeeId);

    boolean existsByDraftIdAndCommitteeId(long draftId, long committeeId);
}
