package pk.gov.mashwara.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CabinetDecisionRepository extends JpaRepository<CabinetDecision, Long> {

    /** The decision taken last on a deciding step. */
    Optional<CabinetDecision> findFirstByConsultationIdOrderByIdDesc(long consultationId);

    List<CabinetDecision> findByConsultationIdInOrderByIdAsc(Collection<Long> consultationIds);
}
