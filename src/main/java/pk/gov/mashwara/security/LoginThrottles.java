package pk.gov.mashwara.security;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.shared.Paging;

/**
 * Throttled log-ins as administrators see them: the user names and addresses whose failures have reached their
 * limit, with their counts and until when they wait, and lifting a throttle (audited). The counts live in
 * memory ({@link LoginThrottle}); the transaction carries the audit event of a lift.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class LoginThrottles {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginThrottles(LoginThrottle throttle, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the throttled counts, the most recent failure first. */
    @Transactional(readOnly = true)
    public List<ThrottledLogIns> find(int offset, int limit) {
        Paging.check(offset, limit, MAX_PAGE);
        return throttle.throttled().stream().skip(offset).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return throttle.throttled().size();
    }

    /**
     * Forgets one count, so that its user name or address may try again at once. False when there was nothing
     * to lift (it had expired or was lifted by someone else).
     */
    public boolean lift(ThrottleScope scope, String account, String address) {
        var lifted = throttle.lift(scope, account, address);
        lifted.ifPresent(t -> events.publishEvent(new LoginThrottleLifted(clock.instant(),
                currentUser.require().getUsername(), scope, t.account(), t.address(), t.failures(), t.refused())));
        return lifted.isPresent();
    }
}
