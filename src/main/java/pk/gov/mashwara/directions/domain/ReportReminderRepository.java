package pk.gov.mashwara.directions.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportReminderRepository extends JpaRepository<ReportReminder, Long> {

    /** The latest reminder about the report due on the day, before it ({@code afterDue} false) or after. */
    Optional<ReportReminder> findFirstByLetterIdAndCommitteeIdAndDueOnAndAfterDueOrderByRemindedAtDesc(long letterId,
            long committeeId, java.time.LocalDate dueOn, boolean afterDue);

    long countByLetterIdAndCommitteeId(long letterId, long committeeId);
}
