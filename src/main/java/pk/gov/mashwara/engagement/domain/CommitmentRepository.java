package pk.gov.mashwara.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import pk.gov.mashwara.engagement.CommitmentStatus;

public interface CommitmentRepository extends Repository<Commitment, Long> {

    Commitment save(Commitment commitment);

    Optional<Commitment> findById(long id);

    long count();

    List<Commitment> findByEngagementIdOrderByDueOnAscIdAsc(long engagementId);

    /** Open commitments due before the day, the longest overdue first. */
    List<Commitment> findByStatusAndDueOnBeforeOrderByDueOnAscIdAsc(CommitmentStatus status, LocalDate day);

    /**
     * Commitments the reader may see (of engagements they may see: all, or those a body of theirs is party to or
     * that they lead), filtered; the earliest due first.
     */
    @Query("""
            select c from Commitment c, Engagement e
            where e.id = c.engagementId
              and (:status is null or c.status = :status)
              and (:companyOwed = false or c.ownerCommitteeId is null)
              and (:owner is null or c.ownerCommitteeId = :owner)
              and (:dueBefore is null or (c.status = pk.gov.mashwara.engagement.CommitmentStatus.OPEN
                   and c.dueOn < :dueBefore))
              and (:everything = true or e.leadUsername = :username
                   or (:committeeId is not null and :committeeId member of e.bodies))
            order by c.dueOn asc, c.id asc""")
    List<Commitment> visible(@Param("status") CommitmentStatus status, @Param("companyOwed") boolean companyOwed,
            @Param("owner") Long owner, @Param("dueBefore") LocalDate dueBefore,
            @Param("everything") boolean everything, @Param("username") String username,
            @Param("committeeId") Long committeeId);
}
