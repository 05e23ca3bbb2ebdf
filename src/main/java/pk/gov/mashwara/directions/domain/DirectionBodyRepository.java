package pk.gov.mashwara.directions.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectionBodyRepository extends JpaRepository<DirectionBody, Long> {

    List<DirectionBody> findByDirectionIdIn(Collection<Long> directionIds);

    List<DirectionBody> findByDirectionId(long directionId);
}
