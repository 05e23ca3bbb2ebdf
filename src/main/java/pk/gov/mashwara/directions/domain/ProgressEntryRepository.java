package pk.gov.mashwara.directions.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByDirectionIdInOrderByEntryDateAscIdAsc(Collection<Long> directionIds);

    List<ProgressEntry> findByDirectionIdOrderByEntryDateAscIdAsc(long directionId);
}
