package pk.gov.mashwara.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByCode(String code);

    boolean existsByCode(String code);

    List<Committee> findAllByOrderByCode();
}
