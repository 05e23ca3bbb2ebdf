package pk.gov.mashwara.directions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.ReportReminder;
import pk.gov.mashwara.directions.domain.ReportReminderRepository;
import pk.gov.mashwara.directions.domain.ReportScheduleRepository;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.Role;

/**
 * Reminds a reporting office of its progress report on a letter with a schedule: once in the days before the report
 * is due, once on the day after it, and again each time as many days have passed while it stays unsent (once per
 * interval, never more). The reminder goes to the office's officers and drafters through the notifications (and by
 * e-mail to those who want it).
 */
@Component
class ProgressReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ProgressReportReminders.class);

    private final Cascades cascades;
    private final ReportScheduleRepository schedules;
    private final ReportReminderRepository reminders;
    private final ReportDueDates reports;
    private final NotificationService notifications;
    private final People people;
    private final ProgressReportProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ProgressReportReminders(Cascades cascades, ReportScheduleRepository schedules, ReportReminderRepository reminders,
            ReportDueDates reports, NotificationService notifications, People people,
            ProgressReportProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        this.cascades = cascades;
        this.schedules = schedules;
        this.reminders = reminders;
        this.reports = reports;
        this.notifications = notifications;
        this.people = people;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mashwara.directions.remind-check:PT1H}", initialDelayString = "PT4M")
    void scheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Reminders about progress reports could not be sent this time", e);
        }
    }

    /** Sends the reminders due now; returns how many offices were reminded. */
    @Transactional
    public int remind() {
        var today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.OFFICE_ZONE);
        var sent = 0;
        for (var schedule : schedules.findAll()) {
            var cascade = cascades.of(schedule.getLetterId());
            var letter = cascade.root;
            for (var bodyId : ProgressReports.remindedBodies(cascade)) {
                var due = reports.nextDue(cascade, bodyId, schedule);
                if (due.isEmpty()) {
                    continue;
                }
                var day = due.get();
                boolean after;
                if (today.isAfter(day)) {
                    after = true;
                    var last = reminders.findFirstByLetterIdAndCommitteeIdAndDueOnAndAfterDueOrderByRemindedAtDesc(
                            letter.getId(), bodyId, day, true);
                    if (last.isPresent() && today.isBefore(last.get().getRemindedAt()
                            .atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate().plusDays(properties.remindEveryDays()))) {
                        continue;
                    }
                } else if (!today.isBefore(day.minusDays(properties.remindBeforeDays()))) {
                    after = false;
                    if (reminders.findFirstByLetterIdAndCommitteeIdAndDueOnAndAfterDueOrderByRemindedAtDesc(
                            letter.getId(), bodyId, day, false).isPresent()) {
                        continue;
                    }
                } else {
                    continue;
                }
                var body = cascade.body(bodyId);
                var recipients = recipients(bodyId);
                reminders.save(new ReportReminder(letter.getId(), bodyId, day, after, clock.instant()));
                notifications.sendAbout(after ? NotificationKind.PROGRESS_REPORT_OVERDUE
                        : NotificationKind.PROGRESS_REPORT_DUE, recipients,
                        cascade.body(letter.getIssuingOfficeId()).code(), letter.getReference(),
                        (after ? "Progress report overdue since " : "Progress report due on ")
                                + ProgressReports.DAY.format(day) + ": " + letter.getSubject(),
                        "directions/letters/" + letter.getId());
                publisher.publishEvent(new DirectionsActed(clock.instant(), "(system)",
                        DirectionsActed.Act.PROGRESS_REPORT_REMINDER_SENT, letter.getId(), body.code()
                                + " reminded of its progress report " + (after ? "overdue since " : "due on ") + day
                                + " (" + recipients.size() + " recipient(s))"));
                sent++;
            }
        }
        return sent;
    }

    private Set<Long> recipients(long bodyId) {
        var ids = new HashSet<Long>();
        for (var member : people.membersOf(bodyId)) {
            if (member.roles().stream().anyMatch(r -> List.of(Role.COMMITTEE_OFFICER, Role.COMMITTEE_DRAFTER,
                    Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON).contains(r))) {
                ids.add(member.id());
            }
        }
        return ids;
    }
}
