package pk.gov.mashwara.datarequest.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface BodyMessageRepository extends Repository<BodyMessage, Long> {

    BodyMessage save(BodyMessage message);

    List<BodyMessage> findByBodyIdOrderByWrittenAtAscIdAsc(long bodyId);
}
