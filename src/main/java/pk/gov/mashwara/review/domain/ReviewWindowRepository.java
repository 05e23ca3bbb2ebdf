package pk.gov.mashwara.review.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewWindowRepository extends JpaRepository<ReviewWindow, Long> {

    /** Windows closing before {@code by} that are still open at {@code now} and whose members were not reminded. */
    @Query("select w from ReviewWindow w where w.remindedAt is null and w.deadline > :now and w.deadline <= :by")
    List<ReviewWindow> closingUnreminded(Instant now, Instant by);

    /**
     * One page of the drafts open for the NSMCWG's comments at {@code now}: submitted or under review, with no
     * deadline or one still ahead; the nearest deadline first, those without one last, then by id. Read by the
     * database a page at a time, however many drafts are in review.
     */
    @Query(value = "SELECT d.id FROM draft d LEFT JOIN review_window w ON w.draft_id = d.id"
            + " WHERE d.status IN ('SUBMITTED', 'UNDER_REVIEW') AND d.submitted_at IS NOT NULL"
            + " AND (w.deadline IS NULL OR w.deadline > :now)"
            + " ORDER BY CASE WHEN w.deadline IS NULL THEN 1 ELSE 0 END, w.deadline, d.id"
            + " LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Long> openForComments(@Param("now") Instant now, @Param("offset") int offset, @Param("limit") int limit);

    /** How many drafts {@link #openForComments} lists in all. */
    @Query(value = "SELECT COUNT(*) FROM draft d LEFT JOIN review_window w ON w.draft_id = d.id"
            + " WHERE d.status IN ('SUBMITTED', 'UNDER_REVIEW') AND d.submitted_at IS NOT NULL"
            + " AND (w.deadline IS NULL OR w.deadline > :now)", nativeQuery = true)
    long countOpenForComments(@Param("now") Instant now);
}
