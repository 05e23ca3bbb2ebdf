package pk.gov.mashwara.search.extraction.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import pk.gov.mashwara.search.ExtractionStatus;

public interface ExtractionJobRepository extends JpaRepository<ExtractionJob, Long> {

    Optional<ExtractionJob> findByDraftIdAndVersionNumber(long draftId, int versionNumber);

    List<ExtractionJob> findByDraftIdOrderByVersionNumberDesc(long draftId);

    List<ExtractionJob> findByDraftIdIn(java.util.Collection<Long> draftIds);

    boolean existsByDraftIdAndVersionNumber(long draftId, int versionNumber);

    @Query("select j.id from ExtractionJob j where j.status = pk.gov.mashwara.search.ExtractionStatus.PENDING order by j.id")
    List<Long> pendingIds(Pageable pageable);

    /**
     * Takes a pending job for one extractor. The status in the WHERE clause makes this safe when two portals
     * (or two threads) try at once: exactly one update counts.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.status = pk.gov.mashwara.search.ExtractionStatus.EXTRACTING,
                j.attempts = j.attempts + 1, j.claimedAt = :now, j.progress = null, j.version = j.version + 1
            where j.id = :id and j.status = pk.gov.mashwara.search.ExtractionStatus.PENDING""")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExtractionJob j set j.progress = :progress, j.version = j.version + 1
            where j.id = :id and j.status = pk.gov.mashwara.search.ExtractionStatus.EXTRACTING""")
    int progress(@Param("id") long id, @Param("progress") String progress);

    /** Jobs an extractor claimed before {@code before} and never finished: their extractor is gone. */
    List<ExtractionJob> findByStatusAndClaimedAtBefore(ExtractionStatus status, Instant before);

    List<ExtractionJob> findByStatusIn(Collection<ExtractionStatus> statuses, Pageable pageable);

    @Query("select j.status, count(j) from ExtractionJob j group by j.status")
    List<Object[]> countByStatus();
}
