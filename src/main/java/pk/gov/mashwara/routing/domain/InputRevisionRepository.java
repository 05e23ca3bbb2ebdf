package pk.gov.mashwara.routing.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Revisions of the working group's input: appended and read, never changed or removed. */
public interface InputRevisionRepository extends Repository<InputRevision, Long> {

    InputRevision save(InputRevision revision);

    /** The document as it stands: the draft's latest revision. */
    Optional<InputRevision> findFirstByDraftIdOrderByNumberDesc(long draftId);

    /** Every revision of the draft, the first first. */
    List<InputRevision> findByDraftIdOrderByNumberAsc(long draftId);
}
