package pk.gov.mashwara.routing;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.routing.domain.RoutingReminder;
import pk.gov.mashwara.routing.domain.RoutingReminderRepository;
import pk.gov.mashwara.security.RunAs;

/**
 * Reminds the actors of every overdue step (those the state waits for) that it is overdue, at most once per
 * {@code reminders.every} of the rules for the same draft and state. The notification service delivers only to
 * those who may see the draft, and e-mails it by default.
 */
@Component
class OverdueReminders {

    private static final int PAGE = 200;

    private final RoutingRules rules;
    private final OpenDrafts open;
    private final DraftCatalog catalog;
    private final People people;
    private final NotificationService notifications;
    private final RoutingReminderRepository reminders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueReminders(RoutingRules rules, OpenDrafts open, DraftCatalog catalog, People people,
            NotificationService notifications, RoutingReminderRepository reminders, TransactionTemplate transactions,
            Clock clock) {
        this.rules = rules;
        this.open = open;
        this.catalog = catalog;
        this.people = people;
        this.notifications = notifications;
        this.reminders = reminders;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs a round as the system, in one transaction (the schedule is in {@link RoutingConfiguration}). */
    void remind() {
        RunAs.user(RunAs.systemAdministrator(), () -> transactions.executeWithoutResult(status -> remindNow()));
    }

    /** Sends the reminders that are due; returns how many steps were reminded. */
    int remindNow() {
        int sent = 0;
        for (var state : open.openStates()) {
            if (state.deadline() == null) {
                continue;
            }
            for (int page = 0; ; page++) {
                List<DraftSummary> slice = catalog.inStatus(state.status(), page, PAGE);
                for (var draft : open.pending(null, slice)) {
                    if (draft.overdue() && remind(draft)) {
                        sent++;
                    }
                }
                if (slice.size() < PAGE) {
                    break;
                }
            }
        }
        return sent;
    }

    private boolean remind(PendingDraft draft) {
        var now = clock.instant();
        var last = reminders.findByDraftIdAndStatus(draft.draftId(), draft.status());
        if (last.isPresent() && !last.get().dueAgain(draft.since(), now, rules.reminderInterval())) {
            return false;
        }
        notifications.send(new Notice(NotificationKind.STEP_OVERDUE, actorsOf(draft.waitingFor(), draft),
                draft.draftId(), null, null, draft.title(), draft.status().name(), "drafts/" + draft.draftId()));
        last.ifPresentOrElse(r -> r.sent(now),
                () -> reminders.save(new RoutingReminder(draft.draftId(), draft.status(), now)));
        return true;
    }

    /** The users who are the state's actor for the draft. */
    private Set<Long> actorsOf(Actor actor, PendingDraft draft) {
        var committee = switch (actor.relation()) {
            case OWN_COMMITTEE -> java.util.Optional.of(draft.committeeId());
            case NSMCWG -> people.committeeByCode(CommitteeInfo.NSMCWG_CODE).map(CommitteeInfo::id);
            case ADMINISTRATIVE_MINISTRY -> people.committeeByCode(draft.committeeCode())
                    .map(CommitteeInfo::administrativeMinistryId);
            // no consultation step is open with any division until consultations are recorded
            case CONSULTED_DIVISION -> java.util.Optional.<Long>empty();
            case SPONSOR -> people.committeeByCode(draft.committeeCode())
                    .map(c -> c.administrativeMinistryId() != null ? c.administrativeMinistryId() : draft.committeeId());
        };
        var ids = new HashSet<Long>();
        committee.ifPresent(id -> people.membersOf(id).stream().filter(u -> u.roles().contains(actor.role()))
                .map(UserInfo::id).forEach(ids::add));
        return ids;
    }
}
