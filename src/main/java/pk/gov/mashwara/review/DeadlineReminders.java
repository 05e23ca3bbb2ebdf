package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.review.domain.ReviewWindowRepository;
import pk.gov.mashwara.security.RunAs;

/**
 * Tells the NSMCWG once, a configurable time before a review window closes, that its deadline is near. Moving
 * the deadline arms the reminder again.
 */
@Component
class DeadlineReminders {

    private final ReviewWindowRepository windows;
    private final DraftCatalog catalog;
    private final People people;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration ahead;

    DeadlineReminders(ReviewWindowRepository windows, DraftCatalog catalog, People people,
            NotificationService notifications, TransactionTemplate transactions, Clock clock,
            @Value("${mashwara.review.remind-before:PT24H}") Duration ahead) {
        this.windows = windows;
        this.catalog = catalog;
        this.people = people;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
        this.ahead = ahead;
    }

    @Scheduled(fixedDelayString = "${mashwara.review.remind-every:PT10M}", initialDelayString = "PT1M")
    void remind() {
        RunAs.user(RunAs.systemAdministrator(), () -> transactions.executeWithoutResult(status -> remindNow()));
    }

    /** Sends the reminders that are due; returns how many windows were reminded. */
    int remindNow() {
        var now = clock.instant();
        var due = windows.closingUnreminded(now, now.plus(ahead));
        var nsmcwg = people.committeeByCode(CommitteeInfo.NSMCWG_CODE).map(c -> people.membersOf(c.id())).orElse(java.util.List.of());
        for (var window : due) {
            var draft = catalog.snapshot(window.getDraftId()).orElse(null);
            if (draft != null) {
                var recipients = new HashSet<Long>();
                nsmcwg.forEach(u -> recipients.add(u.id()));
                var latest = draft.versions().isEmpty() ? 1 : draft.versions().getFirst().number();
                notifications.send(new Notice(NotificationKind.DEADLINE_APPROACHING, recipients, draft.id(), null,
                        null, draft.title(), window.getDeadline().toString(),
                        "drafts/" + draft.id() + "/versions/" + latest + "/text"));
            }
            window.reminded(now);
        }
        return due.size();
    }
}
