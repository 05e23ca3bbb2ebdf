package pk.gov.mashwara.routing.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CabinetSummaryRepository extends JpaRepository<CabinetSummary, Long> {

    /** The summary lodged last for a deciding step. */
    Optional<CabinetSummary> findFirstByConsultationIdOrderByIdDesc(long consultationId);
}
