package pk.gov.mashwara.datarequest.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AnswerFileRepository extends Repository<AnswerFile, Long> {

    AnswerFile save(AnswerFile file);

    Optional<AnswerFile> findById(long id);

    List<AnswerFile> findByAnswerIdInOrderById(Collection<Long> answerIds);

    List<AnswerFile> findBySha256(String sha256);

    @Query("select distinct f.sha256 from AnswerFile f")
    Set<String> findAllSha256();
}
