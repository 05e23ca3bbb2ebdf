package pk.gov.mashwara.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationOpinionRepository extends JpaRepository<NominationOpinion, Long> {

    List<NominationOpinion> findByNominationIdOrderByIdAsc(long nominationId);

    Optional<NominationOpinion> findByNominationIdAndMember(long nominationId, String member);
}
