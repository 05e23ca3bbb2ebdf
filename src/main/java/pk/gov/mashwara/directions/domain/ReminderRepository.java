package pk.gov.mashwara.directions.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {

    Optional<Reminder> findFirstByLetterIdAndCommitteeIdOrderByRemindedAtDesc(long letterId, long committeeId);

    long countByLetterIdAndCommitteeId(long letterId, long committeeId);
}
