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

    /** Puts back in the queue the jobs whose lease ran out before {@code now}: their portal stopped renewing them. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING, j.progress = null,
                j.claimedAt = null, j.leaseOwner = null, j.leaseUntil = null, j.version = j.version + 1
            where j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING
                and (j.leaseUntil is null or j.leaseUntil < :now)""")
    int requeueExpired(@Param("now") Instant now);

    /** Puts back in the queue the jobs {@code owner} holds: that portal is gone. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.text.ExtractionStatus.PENDING, j.progress = null,
                j.claimedAt = null, j.leaseOwner = null, j.leaseUntil = null, j.version = j.version + 1
            where j.status = pk.gov.mashwara.text.ExtractionStatus.EXTRACTING and j.leaseOwner = :owner""")
    int requeueHeldBy(@Param("owner") String owner);

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

    @Query("select j.status, count(j) from ExtractionJob j group by j.status")
    List<Object[]> countByStatus();
}
