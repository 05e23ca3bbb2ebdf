package pk.gov.mashwara.directions.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterEventRepository extends JpaRepository<LetterEvent, Long> {

    List<LetterEvent> findByLetterIdOrderByOccurredOnAsc(long letterId);

    Optional<LetterEvent> findByLetterIdAndNameIgnoreCase(long letterId, String name);
}
