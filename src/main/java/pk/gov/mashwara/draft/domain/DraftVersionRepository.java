package pk.gov.mashwara.draft.domain;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read access to versions across drafts; versions are written only through their draft. */
public interface DraftVersionRepository extends Repository<DraftVersion, Long> {

    long count();

    @Query("select distinct v.sha256 from DraftVersion v")
    Set<String> findAllSha256();

    @Query("select max(v.number) from DraftVersion v where v.draft.id = :draftId")
    Integer latestNumber(long draftId);

    @Query("select v.draft.id, max(v.number) from DraftVersion v where v.draft.id in :draftIds group by v.draft.id")
    List<Object[]> latestNumbers(Set<Long> draftIds);
}
