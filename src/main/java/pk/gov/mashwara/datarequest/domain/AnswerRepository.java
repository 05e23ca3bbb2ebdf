package pk.gov.mashwara.datarequest.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface AnswerRepository extends Repository<Answer, Long> {

    Answer save(Answer answer);

    List<Answer> findByBodyIdOrderByNumber(long bodyId);

    long countByBodyId(long bodyId);

    java.util.Optional<Answer> findById(long id);

    List<Answer> findByBodyIdIn(java.util.Collection<Long> bodyIds);

    long count();
}
