package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
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
    private final WaitingActors waiting;
    private final NotificationService notifications;
    private final RoutingReminderRepository reminders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final pk.gov.mashwara.calendar.WorkingCalendar calendar;

    OverdueReminders(RoutingRules rules, OpenDrafts open, DraftCatalog catalog, WaitingActors waiting,
            NotificationService notifications, RoutingReminderRepository reminders, TransactionTemplate transactions,
            Clock clock, pk.gov.mashwara.calendar.WorkingCalendar calendar) {
        this.calendar = calendar;
        this.rules = rules;
        this.open = open;
        this.catalog = catalog;
        this.waiting = waiting;
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

    /**
     * When a reminder sent at {@code sent} may be repeated: {@code reminders.every} counted in working days on the
     * office calendar, at the same time of day (sent on a Friday with P1D, again on Monday, not on Saturday).
     */
    Instant nextAfter(Instant sent) {
        var local = sent.atZone(pk.gov.mashwara.calendar.WorkingCalendar.OFFICE_ZONE);
        var day = calendar.addWorkingDays(local.toLocalDate(), rules.reminderInterval().getDays());
        return day.atTime(local.toLocalTime()).atZone(pk.gov.mashwara.calendar.WorkingCalendar.OFFICE_ZONE)
                .toInstant();
    }

    private boolean remind(PendingDraft draft) {
        var now = clock.instant();
        var last = reminders.findByDraftIdAndStatus(draft.draftId(), draft.status());
        if (last.isPresent() && !last.get().dueAgain(draft.since(), now, nextAfter(last.get().getSentAt()))) {
            return false;
        }
        notifications.send(new Notice(NotificationKind.STEP_OVERDUE, waiting.of(draft.waitingFor(), draft.draftId(), draft.committeeId(),
                draft.committeeCode()),
                draft.draftId(), null, null, draft.title(), draft.status().name(), "drafts/" + draft.draftId()));
        last.ifPresentOrElse(r -> r.sent(now),
                () -> reminders.save(new RoutingReminder(draft.draftId(), draft.status(), now)));
        return true;
    }
}
