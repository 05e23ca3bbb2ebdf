package pk.gov.mashwara.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import pk.gov.mashwara.draft.DraftStatus;

/** The routing history: appended to and read, never changed (no update or delete is offered). */
public interface RoutingStepRepository extends Repository<RoutingStep, Long> {

    RoutingStep save(RoutingStep step);

    List<RoutingStep> findByDraftIdOrderByIdAsc(long draftId);

    Optional<RoutingStep> findFirstByDraftIdOrderByIdDesc(long draftId);

    Optional<RoutingStep> findFirstByDraftIdAndToStatusOrderByIdDesc(long draftId, DraftStatus toStatus);

    /** The latest step of the draft by the action (e.g. who put it up last). */
    Optional<RoutingStep> findFirstByDraftIdAndActionOrderByIdDesc(long draftId, String action);

    /** For each of the drafts and each state it was moved into: when it last was (draft id, state, time). */
    @Query("select s.draftId, s.toStatus, max(s.actedAt) from RoutingStep s where s.draftId in :draftIds"
            + " group by s.draftId, s.toStatus")
    List<Object[]> lastEntries(Collection<Long> draftIds);
}
