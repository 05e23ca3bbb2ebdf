package pk.gov.mashwara.directions.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterRepository extends JpaRepository<Letter, Long> {

    List<Letter> findAllByOrderByLetterDateDescIdDesc();

    List<Letter> findByParentLetterIdOrderByLetterDateAscIdAsc(long parentLetterId);

    List<Letter> findByParentLetterIdIsNull();

    List<Letter> findByFileSha256(String fileSha256);

    boolean existsByIssuingOfficeIdAndReference(long issuingOfficeId, String reference);
}
