package pk.gov.mashwara.routing.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

import pk.gov.mashwara.draft.DraftStatus;

/** When the actors of each overdue step were last reminded. */
public interface RoutingReminderRepository extends Repository<RoutingReminder, Long> {

    RoutingReminder save(RoutingReminder reminder);

    Optional<RoutingReminder> findByDraftIdAndStatus(long draftId, DraftStatus status);
}
