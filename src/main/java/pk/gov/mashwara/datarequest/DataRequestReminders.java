package pk.gov.mashwara.datarequest;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.datarequest.domain.AddressedBodyRepository;
import pk.gov.mashwara.datarequest.domain.DataRequestRepository;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.security.RunAs;

/**
 * Reminds each body that owes an overdue data request (its officers and its delegate), at most once per
 * {@code mashwara.data-requests.remind-every} (a day unless configured), and records each reminder in the audit log.
 */
@Component
class DataRequestReminders {

    static final String SYSTEM = "(system)";

    private final AddressedBodyRepository bodies;
    private final DataRequestRepository requests;
    private final DataRequestNotices notices;
    private final People people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration every;

    DataRequestReminders(AddressedBodyRepository bodies, DataRequestRepository requests, DataRequestNotices notices,
            People people, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            @Value("${mashwara.data-requests.remind-every:P1D}") Duration every) {
        this.bodies = bodies;
        this.requests = requests;
        this.notices = notices;
        this.people = people;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.every = every;
    }

    @Scheduled(fixedDelayString = "${mashwara.data-requests.remind-check:PT15M}", initialDelayString = "PT3M")
    void remind() {
        RunAs.user(RunAs.systemAdministrator(), () -> transactions.executeWithoutResult(status -> remindNow()));
    }

    /** Sends the reminders that are due; returns how many bodies were reminded. */
    int remindNow() {
        var now = clock.instant();
        int sent = 0;
        var open = EnumSet.of(BodyState.ASKED, BodyState.ACKNOWLEDGED, BodyState.CLARIFICATION_ASKED,
                BodyState.PARTLY_ANSWERED);
        for (var body : bodies.findByStateIn(open)) {
            var request = requests.findById(body.getRequestId()).orElseThrow();
            if (!DataRequestService.overdue(request, body, now)) {
                continue;
            }
            var last = body.getLastRemindedAt();
            if (last != null && last.plus(every).isAfter(now)) {
                continue;
            }
            var code = people.committeeById(body.getCommitteeId()).map(c -> c.code()).orElse("?");
            notices.overdue(request, body, code);
            body.reminded(now);
            events.publishEvent(DataRequestService.audited(request.getId(), "OVERDUE_REMINDED", code, SYSTEM, now,
                    "due " + (body.getRestDue() != null ? body.getRestDue() : request.getDueAt())));
            sent++;
        }
        return sent;
    }
}
