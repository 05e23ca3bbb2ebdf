package pk.gov.mashwara.routing.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Clearances: appended and read, never changed or removed (no update or delete is offered). */
public interface ClearanceRepository extends Repository<Clearance, Long> {

    Clearance save(Clearance clearance);

    /** The clearance that counts: the draft's latest. */
    Optional<Clearance> findFirstByDraftIdOrderByIdDesc(long draftId);

    /** Every clearance of the draft, the first first. */
    List<Clearance> findByDraftIdOrderByIdAsc(long draftId);
}
