package pk.gov.mashwara.directions.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectionRepository extends JpaRepository<Direction, Long> {

    List<Direction> findByLetterIdOrderByPosition(long letterId);

    List<Direction> findByLetterIdInOrderByLetterIdAscPositionAsc(Collection<Long> letterIds);
}
