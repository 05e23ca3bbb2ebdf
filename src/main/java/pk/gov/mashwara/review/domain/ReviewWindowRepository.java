package pk.gov.mashwara.review.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewWindowRepository extends JpaRepository<ReviewWindow, Long> {

    /** Windows closing before {@code by} that are still open at {@code now} and whose members were not reminded. */
    @Query("select w from ReviewWindow w where w.remindedAt is null and w.deadline > :now and w.deadline <= :by")
    List<ReviewWindow> closingUnreminded(Instant now, Instant by);
}
