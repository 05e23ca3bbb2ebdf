package pk.gov.mashwara.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import pk.gov.mashwara.engagement.EngagementKind;

public interface EngagementRepository extends Repository<Engagement, Long> {

    Engagement save(Engagement engagement);

    Optional<Engagement> findById(long id);

    List<Engagement> findAllByOrderByIdAsc();

    long count();

    /**
     * The engagements matching the filter that the reader may see: all of them ({@code everything}) or those a
     * body of theirs ({@code committeeId}) is party to, or that they lead. Newest first.
     */
    @Query("""
            select e from Engagement e
            where (:company is null or e.companyId = :company)
              and (:kind is null or e.kind = :kind)
              and (:from is null or e.occurredOn >= :from)
              and (:to is null or e.occurredOn <= :to)
              and (:everything = true or e.leadUsername = :username
                   or (:committeeId is not null and :committeeId member of e.bodies))
            order by e.occurredOn desc, e.id desc""")
    List<Engagement> visible(@Param("company") Long company, @Param("kind") EngagementKind kind,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("everything") boolean everything,
            @Param("username") String username, @Param("committeeId") Long committeeId, Pageable page);
}
