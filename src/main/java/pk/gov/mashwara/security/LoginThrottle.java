package pk.gov.mashwara.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed log-ins for one user name within the lock-out
 * period, that name cannot log in until the period has passed, whatever password is given. Works for the
 * log-in page and the API alike, because both ask the same user-details service.
 */
@Component
public class LoginThrottle {

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(@Value("${mashwara.security.max-failed-logins:5}") int maxFailures,
            @Value("${mashwara.security.lockout:PT15M}") Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    private record Failures(int count, Instant first) {
    }

    public boolean isLocked(String username) {
        var entry = failures.get(key(username));
        if (entry == null) {
            return false;
        }
        if (entry.first().plus(lockout).isBefore(clock.instant())) {
            failures.remove(key(username), entry);
            return false;
        }
        return entry.count() >= maxFailures;
    }

    public Duration lockout() {
        return lockout;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            var now = clock.instant();
            failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                    (old, one) -> old.first().plus(lockout).isBefore(now) ? one : new Failures(old.count() + 1, old.first()));
        }
    }

    /** Any successful log-in, on the page or through the API, clears the count. */
    @EventListener({ InteractiveAuthenticationSuccessEvent.class, AuthenticationSuccessEvent.class })
    void onSuccess(org.springframework.security.authentication.event.AbstractAuthenticationEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** Bounded: an attacker spraying names must not grow the map without limit. */
    private String key(String username) {
        if (failures.size() > 100_000) {
            failures.clear();
        }
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
