package pk.gov.mashwara.directory.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pk.gov.mashwara.directory.NominationStatus;

public interface FocalNominationRepository extends JpaRepository<FocalNomination, Long> {

    List<FocalNomination> findAllByOrderByIdDesc();

    List<FocalNomination> findByStatusInOrderByIdAsc(Collection<NominationStatus> statuses);

    boolean existsByNomineeIdAndStatusIn(long nomineeId, Collection<NominationStatus> statuses);
}
