package pk.gov.mashwara.directions.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AddresseeRepository extends JpaRepository<Addressee, Long> {

    List<Addressee> findByLetterIdOrderByPosition(long letterId);

    List<Addressee> findByCommitteeId(long committeeId);

    List<Addressee> findByAllBodiesTrue();
}
