package pk.gov.mashwara.engagement;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.engagement.EngagementEvents.CommitmentReminded;
import pk.gov.mashwara.engagement.domain.Commitment;
import pk.gov.mashwara.engagement.domain.CommitmentRepository;
import pk.gov.mashwara.engagement.domain.Engagement;
import pk.gov.mashwara.engagement.domain.EngagementRepository;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.RunAs;

/**
 * Reminds the owing body's users and the engagement's lead of every overdue commitment, at most once per
 * {@code mashwara.engagements.remind-every} (a day by default) for each commitment; the time of the last reminder is
 * kept with the commitment, so a restart does not remind again. Also tells a body that it now owes a commitment.
 */
@Component
class CommitmentReminders {

    private final CommitmentRepository commitments;
    private final EngagementRepository engagements;
    private final EngagementAccess access;
    private final NotificationService notifications;
    private final People people;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration every;

    CommitmentReminders(CommitmentRepository commitments, EngagementRepository engagements, EngagementAccess access,
            NotificationService notifications, People people, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock,
            @Value("${mashwara.engagements.remind-every:P1D}") Duration every) {
        this.commitments = commitments;
        this.engagements = engagements;
        this.access = access;
        this.notifications = notifications;
        this.people = people;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.every = every;
    }

    @Scheduled(fixedDelayString = "${mashwara.engagements.remind-check:PT15M}", initialDelayString = "PT2M")
    void remind() {
        RunAs.user(RunAs.systemAdministrator(), () -> transactions.executeWithoutResult(status -> remindNow()));
    }

    /** Sends the reminders that are due; returns how many commitments were reminded. */
    int remindNow() {
        var today = access.today();
        var now = clock.instant();
        int sent = 0;
        for (var commitment : commitments.findByStatusAndDueOnBeforeOrderByDueOnAscIdAsc(CommitmentStatus.OPEN, today)) {
            if (!commitment.reminderDue(today, now, every)) {
                continue;
            }
            var engagement = engagements.findById(commitment.getEngagementId()).orElseThrow();
            var recipients = recipients(commitment, engagement);
            notifications.sendAbout(NotificationKind.COMMITMENT_OVERDUE, recipients, null, engagement.getSubject(),
                    commitment.getDescription(), "engagements/" + engagement.getId());
            commitment.reminded(now);
            commitments.save(commitment);
            events.publishEvent(new CommitmentReminded(engagement.getId(), commitment.getId(), recipients.size(), now));
            sent++;
        }
        return sent;
    }

    /** Tells the users of the body that owes a new commitment (not the actor). */
    void owed(Commitment commitment, Engagement engagement, String actor, String actorName) {
        if (commitment.getOwnerCommitteeId() == null) {
            return;
        }
        var recipients = new LinkedHashSet<Long>();
        people.membersOf(commitment.getOwnerCommitteeId()).stream().filter(u -> !u.username().equals(actor))
                .forEach(u -> recipients.add(u.id()));
        notifications.sendAbout(NotificationKind.COMMITMENT_OWED, recipients, actorName, engagement.getSubject(),
                commitment.getDescription(), "engagements/" + engagement.getId());
    }

    private Set<Long> recipients(Commitment commitment, Engagement engagement) {
        var recipients = new LinkedHashSet<Long>();
        if (commitment.getOwnerCommitteeId() != null) {
            people.membersOf(commitment.getOwnerCommitteeId()).forEach(u -> recipients.add(u.id()));
        }
        people.byUsername(engagement.getLeadUsername()).filter(UserInfo::enabled).ifPresent(u -> recipients.add(u.id()));
        return recipients;
    }
}
