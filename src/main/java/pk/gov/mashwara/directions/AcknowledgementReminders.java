package pk.gov.mashwara.directions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.Reminder;
import pk.gov.mashwara.directions.domain.ReminderRepository;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.Role;

/**
 * Reminds an addressee that has not recorded its receipt of a letter some working days after the letter's date,
 * and again each time as many working days have passed since the last reminder: once per interval, never more.
 * The reminder goes to the body's officers and drafters (its monitor for the PMO) through the notifications.
 */
@Component
class AcknowledgementReminders {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementReminders.class);

    private final Cascades cascades;
    private final ReminderRepository reminders;
    private final NotificationService notifications;
    private final People people;
    private final WorkingCalendar calendar;
    private final DirectionsProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AcknowledgementReminders(Cascades cascades, ReminderRepository reminders, NotificationService notifications,
            People people, WorkingCalendar calendar, DirectionsProperties properties, ApplicationEventPublisher publisher,
            Clock clock) {
        this.cascades = cascades;
        this.reminders = reminders;
        this.notifications = notifications;
        this.people = people;
        this.calendar = calendar;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mashwara.directions.remind-check:PT1H}", initialDelayString = "PT3M")
    void scheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Reminders about unacknowledged letters could not be sent this time", e);
        }
    }

    /** Sends the reminders due now; returns how many bodies were reminded. */
    @Transactional
    public int remind() {
        var today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.OFFICE_ZONE);
        var interval = properties.acknowledgeWorkingDays();
        var sent = 0;
        for (var cascade : cascades.all()) {
            for (var letter : cascade.letters.values()) {
                if (today.isBefore(calendar.addWorkingDays(letter.getLetterDate(), interval))) {
                    continue;
                }
                for (var body : LetterService.unacknowledged(cascade, letter)) {
                    var last = reminders.findFirstByLetterIdAndCommitteeIdOrderByRemindedAtDesc(letter.getId(), body.id());
                    if (last.isPresent() && today.isBefore(calendar.addWorkingDays(
                            last.get().getRemindedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate(), interval))) {
                        continue;
                    }
                    var recipients = recipients(body.id());
                    reminders.save(new Reminder(letter.getId(), body.id(), clock.instant()));
                    notifications.sendAbout(NotificationKind.LETTER_UNACKNOWLEDGED, recipients,
                            cascade.body(letter.getIssuingOfficeId()).code(), letter.getReference(),
                            letter.getSubject(), "directions/letters/" + letter.getId());
                    publisher.publishEvent(new DirectionsActed(clock.instant(), "(system)",
                            DirectionsActed.Act.LETTER_REMINDER_SENT, letter.getId(), body.code()
                                    + " reminded to acknowledge " + letter.getReference() + " ("
                                    + recipients.size() + " recipient(s))"));
                    sent++;
                }
            }
        }
        return sent;
    }

    private java.util.Set<Long> recipients(long bodyId) {
        var ids = new HashSet<Long>();
        for (var member : people.membersOf(bodyId)) {
            if (member.roles().stream().anyMatch(r -> List.of(Role.COMMITTEE_OFFICER, Role.COMMITTEE_DRAFTER,
                    Role.PMO_MONITOR, Role.NSMCWG_SECRETARY).contains(r))) {
                ids.add(member.id());
            }
        }
        return ids;
    }
}
