package pk.gov.mashwara.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.notification.domain.Notification;
import pk.gov.mashwara.notification.domain.NotificationQueries;
import pk.gov.mashwara.notification.domain.NotificationRepository;
import pk.gov.mashwara.notification.mail.EmailDue;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.LiveSignals;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Notifications: other modules {@link #send} them; the signed-in user reads, counts and marks their own and
 * chooses what also comes by e-mail. No method ever shows one user's notifications to another.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NotificationService {

    static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationQueries queries;
    private final EmailChoices choices;
    private final People people;
    private final DraftCatalog catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LiveSignals signals;

    NotificationService(NotificationRepository notifications, NotificationQueries queries, EmailChoices choices,
            People people, DraftCatalog catalog, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            LiveSignals signals) {
        this.signals = signals;
        this.notifications = notifications;
        this.queries = queries;
        this.choices = choices;
        this.people = people;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves the notice for each recipient who exists, is enabled and may see the draft (others are dropped
     * silently), within the caller's transaction; e-mail to those who want it follows after commit. The caller
     * leaves out the actor. A missing draft title is looked up.
     * <p>
     * System use only (no view or controller calls it), so it also works where nobody is signed in, e.g. in an
     * event listener after commit: what reaches a user is decided here, by the draft's visibility to them.
     */
    @PreAuthorize("permitAll()")
    public void send(Notice notice) {
        var recipients = notice.recipients().stream().sorted().map(people::principal).flatMap(Optional::stream)
                .filter(MashwaraUser::isEnabled).filter(u -> catalog.visibleTo(u, notice.draftId())).toList();
        if (recipients.isEmpty()) {
            return;
        }
        var title = notice.draftTitle() != null ? notice.draftTitle()
                : catalog.snapshot(notice.draftId()).map(DraftSnapshot::title).orElse("");
        var now = clock.instant();
        for (var recipient : recipients) {
            var saved = notifications.save(new Notification(recipient.id(), notice.kind(), notice.draftId(),
                    notice.threadId(), notice.actorName(), title, notice.excerpt(), notice.link(), now));
            signals.signal(LiveSignals.notifications(recipient.id()));
            if (choices.emailWanted(recipient.id(), notice.kind())) {
                events.publishEvent(new EmailDue(saved.getId()));
            }
        }
    }

    /**
     * Saves a notice about something other than a draft (a letter, a direction, a data request, a statement, an
     * engagement's commitment) for each recipient who exists and is enabled. The calling module has decided that
     * the recipients may see what it is about; e-mail follows after commit as for drafts. System use only, like
     * {@link #send}. A title or excerpt longer than a notice keeps is cut to fit (by the notice).
     *
     * @param title the letter's reference or subject, shown where a draft's title would be
     * @param link  a portal route, e.g. {@code directions/letters/3} (no leading slash)
     */
    @PreAuthorize("permitAll()")
    public void sendAbout(NotificationKind kind, java.util.Set<Long> recipients, String actorName, String title,
            String excerpt, String link) {
        if (kind == null || link == null || link.isBlank()) {
            throw new IllegalArgumentException("A notice needs a kind and a link");
        }
        var now = clock.instant();
        for (var recipient : recipients.stream().sorted().map(people::principal).flatMap(Optional::stream)
                .filter(MashwaraUser::isEnabled).toList()) {
            var saved = notifications.save(new Notification(recipient.id(), kind, null, null, actorName, title,
                    excerpt, link, now));
            signals.signal(LiveSignals.notifications(recipient.id()));
            if (choices.emailWanted(recipient.id(), kind)) {
                events.publishEvent(new EmailDue(saved.getId()));
            }
        }
    }

    /** The signed-in user's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(int offset, int limit) {
        return mine(false, offset, limit);
    }

    /** The signed-in user's notifications (only the unread ones if asked), newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(boolean unreadOnly, int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_PAGE, "error.notification.paging");
        return queries.newestFirst(currentUser.require().id(), unreadOnly, offset, limit).stream()
                .map(Notification::toItem).toList();
    }

    @Transactional(readOnly = true)
    public long count(boolean unreadOnly) {
        return queries.count(currentUser.require().id(), unreadOnly);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().id());
    }

    /** Marks one of the user's own notifications read; anyone else's is reported as not found. */
    public void markRead(long id) {
        var me = currentUser.require().id();
        notifications.findByIdAndRecipientId(id, me)
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id)).markRead(clock.instant());
        signals.signal(LiveSignals.notifications(me));
    }

    public void markAllRead() {
        var me = currentUser.require().id();
        notifications.markAllRead(me, clock.instant());
        signals.signal(LiveSignals.notifications(me));
    }

    /** The topic the signed-in user's notifications are signalled on (see {@link LiveSignals}): a notice arrived or was read. */
    public String liveTopic() {
        return LiveSignals.notifications(currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public EmailPreferences preferences() {
        return choices.of(currentUser.require().id());
    }

    public void updatePreferences(EmailPreferences preferences) {
        if (preferences == null) {
            throw new InvalidInputException("error.notification.preferences");
        }
        choices.save(currentUser.require().id(), preferences);
    }

    /** Whether e-mail can reach the signed-in user, and if not, why. */
    @Transactional(readOnly = true)
    public EmailAvailability emailAvailability() {
        return choices.availability(currentUser.require().id());
    }
}
