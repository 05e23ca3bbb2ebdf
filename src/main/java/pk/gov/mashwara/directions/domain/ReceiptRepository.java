package pk.gov.mashwara.directions.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    List<Receipt> findByLetterIdOrderByReceivedOnAscIdAsc(long letterId);

    boolean existsByLetterIdAndCommitteeId(long letterId, long committeeId);

    List<Receipt> findByCommitteeId(long committeeId);
}
