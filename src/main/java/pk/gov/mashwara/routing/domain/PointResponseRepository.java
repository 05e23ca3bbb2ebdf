package pk.gov.mashwara.routing.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Responses are appended and read, never changed. */
public interface PointResponseRepository extends Repository<PointResponse, Long> {

    PointResponse save(PointResponse response);

    List<PointResponse> findByDraftIdOrderByIdAsc(long draftId);
}
