package pk.gov.mashwara.text.extraction.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import pk.gov.mashwara.text.ExtractionStatus;

public interface ExtractionJobRepository extends JpaRepository<ExtractionJob, Long> {

    Optional<ExtractionJob> findByDraftIdAndVersionNumber(long draftId, int versionNumber);

    List<ExtractionJob> findByDraftIdOrderByVersionNumberDesc(long draftId);

    List<ExtractionJob> findByDraftIdIn(java.util.Collection<Long> draftIds);

    boolean existsByDraftIdAndVersionNumber(long draftId, int versionNumber);

    /** Jobs that ended at or after {@code since}, in the order they ended (see {@code FinishedExtractions}). */
    @Query("""
            select new pk.gov.mashwara.text.FinishedExtractions$Finished(j.draftId, j.versionNumber, j.finishedAt)
            from ExtractionJob j where j.finishedAt >= :since and j.fileSha256 is null order by j.finishedAt, j.id""")
    List<pk.gov.mashwara.text.FinishedExtractions.Finished> finishedSince(@Param("since") Instant since, Pageable pageable);

    @Query("select j.id from ExtractionJob j where j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING order by j.id")
    List<Long> pendingIds(Pageable pageable);

    /**
     * Takes a pending job for one extractor, leased to {@code owner} until {@code until}. The status in the WHERE
     * clause makes this safe when two portals (or two threads) try at once: exactly one update counts.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING,
                j.attempts = j.attempts + 1, j.claimedAt = :now, j.progress = null, j.leaseOwner = :owner,
                j.leaseUntil = :until, j.version = j.version + 1
            where j.id = :id and j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("owner") String owner,
            @Param("until") Instant until);

    /**
     * Extends the lease {@code owner} holds on a job it is extracting; 0 when the job is no longer its. Not a change
     * of the job: its version stays, so that recording the outcome never fails on a renewal.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.leaseUntil = :until
            where j.id = :id and j.leaseOwner = :owner
                and j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING""")
    int renew(@Param("id") long id, @Param("owner") String owner, @Param("until") Instant until);

    /*
     * Putting jobs back is done one row at a time, by primary key, in the order of the ids: a plain read finds the
     * candidates, and each update checks again that the job still qualifies. A single UPDATE over a range of the
     * (status, lease_until) index locked that range of the index (next-key locks) and then the rows, while a claim
     * locks its row and then inserts into that range of the index: on MariaDB/InnoDB the two deadlocked ("Deadlock
     * found when trying to get lock"). Updates by primary key take record locks only, and in one order.
     */

    /** The jobs whose lease ran out before {@code now} (a plain read, no locks), in the order of their ids. */
    @Query("""
            select j.id from ExtractionJob j where j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING
                and (j.leaseUntil is null or j.leaseUntil < :now) order by j.id""")
    List<Long> expiredIds(@Param("now") Instant now);

    /** The jobs {@code owner} holds (a plain read, no locks), in the order of their ids. */
    @Query("""
            select j.id from ExtractionJob j where j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING
                and j.leaseOwner = :owner order by j.id""")
    List<Long> heldIds(@Param("owner") String owner);

    /** Puts the job back in the queue if its lease ran out before {@code now}; 0 when it no longer qualifies. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING, j.progress = null,
                j.claimedAt = null, j.leaseOwner = null, j.leaseUntil = null, j.version = j.version + 1
            where j.id = :id and j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING
                and (j.leaseUntil is null or j.leaseUntil < :now)""")
    int requeueIfExpired(@Param("id") long id, @Param("now") Instant now);

    /** Puts the job back in the queue if {@code owner} still holds it; 0 when it no longer does. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING, j.progress = null,
                j.claimedAt = null, j.leaseOwner = null, j.leaseUntil = null, j.version = j.version + 1
            where j.id = :id and j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING
                and j.leaseOwner = :owner""")
    int requeueIfHeldBy(@Param("id") long id, @Param("owner") String owner);

    /** The portals that hold a lease on some job now (or held one that has not been taken back yet). */
    @Query("""
            select distinct j.leaseOwner from ExtractionJob j
            where j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING and j.leaseOwner is not null""")
    List<String> leaseOwners();

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.progress = :progress, j.version = j.version + 1
            where j.id = :id and j.leaseOwner = :owner and j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING""")
    int progress(@Param("id") long id, @Param("owner") String owner, @Param("progress") String progress);

    List<ExtractionJob> findByStatusIn(Collection<ExtractionStatus> statuses, Pageable pageable);

    /** The versions' jobs by status (the administrators' figures are about versions). */
    @Query("select j.status, count(j) from ExtractionJob j where j.fileSha256 is null group by j.status")
    List<Object[]> countByStatus();

    /** The attached files' jobs by status. */
    @Query("select j.status, count(j) from ExtractionJob j where j.fileSha256 is not null group by j.status")
    List<Object[]> countFilesByStatus();

    /** The attached files' jobs in these statuses. */
    List<ExtractionJob> findByStatusInAndFileSha256IsNotNull(Collection<ExtractionStatus> statuses, Pageable pageable);

    /** The versions' jobs in these statuses. */
    List<ExtractionJob> findByStatusInAndFileSha256IsNull(Collection<ExtractionStatus> statuses, Pageable pageable);

    boolean existsByFileSha256(String fileSha256);

    /** Attached files' jobs that ended at or after {@code since}, in the order they ended. */
    List<ExtractionJob> findByFileSha256IsNotNullAndFinishedAtGreaterThanEqualOrderByFinishedAtAscIdAsc(Instant since,
            Pageable pageable);

    List<ExtractionJob> findByFileSha256In(Collection<String> fileSha256s);
}
