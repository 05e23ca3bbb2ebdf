package pk.gov.mashwara.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The files of lodged summaries: added and read, never changed or removed. */
public interface CabinetSummaryFileRepository extends Repository<CabinetSummaryFile, Long> {

    CabinetSummaryFile save(CabinetSummaryFile file);

    Optional<CabinetSummaryFile> findBySummaryId(long summaryId);

    List<CabinetSummaryFile> findBySummaryIdIn(Collection<Long> summaryIds);

    Optional<CabinetSummaryFile> findFirstByDraftIdOrderByIdDesc(long draftId);

    @Query("select distinct f.sha256 from CabinetSummaryFile f")
    Set<String> findAllSha256();
}
