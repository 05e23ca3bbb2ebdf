package pk.gov.mashwara.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import pk.gov.mashwara.review.ThreadStatus;

public interface ReviewThreadRepository extends JpaRepository<ReviewThread, Long> {

    /**
     * The thread, its row locked until the transaction ends: whoever changes a thread takes this first, so that two
     * people replying at the same moment are taken one after the other (both replies kept) instead of deadlocking
     * on the thread's row (each reply's insert holds a shared lock on it, each thread update wants it exclusively).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ReviewThread t where t.id = :id")
    Optional<ReviewThread> findForUpdate(long id);

    // a fetch join, not an entity graph: Spring Data looks an entity graph up by name first, and the miss is thrown
    @Query("select t from ReviewThread t left join fetch t.comments where t.draftId = :draftId order by t.startedAt, t.id")
    List<ReviewThread> findByDraft(long draftId);

    @Query("select t from ReviewThread t where t.draftId = :draftId and t.status = :status and t.versionNumber < :version")
    List<ReviewThread> findToCarry(long draftId, ThreadStatus status, int version);

    /** The suggestions of a draft accepted on a version before {@code version}. */
    @Query("""
            select t from ReviewThread t where t.draftId = :draftId and t.suggestionKind is not null
            and t.resolution = :accepted and t.versionNumber < :version order by t.id""")
    List<ReviewThread> findAcceptedSuggestions(long draftId, pk.gov.mashwara.review.Resolution accepted, int version);

    /**
     * What changes whenever a thread of the version changes (each change raises its optimistic-lock version):
     * id, lock version and internal committee of every thread on it.
     */
    @Query("""
            select t.id, t.version, t.internalCommitteeId from ReviewThread t
            where t.draftId = :draftId and t.versionNumber = :version order by t.id""")
    List<Object[]> findStamps(long draftId, int version);

    @Query("select distinct t.draftId from ReviewThread t order by t.draftId")
    List<Long> findDraftIds();

    @Query("select count(c) from ReviewThread t join t.comments c where c.retractedAt is null")
    long countUnretractedComments();

    /** Counts by draft and status, of threads visible outside any committee or inside {@code committeeId}. */
    @Query("""
            select t.draftId, t.status, count(t) from ReviewThread t
            where t.draftId in :draftIds and (t.internalCommitteeId is null or t.internalCommitteeId = :committeeId)
            group by t.draftId, t.status""")
    List<Object[]> countByDraft(Collection<Long> draftIds, long committeeId);
}
