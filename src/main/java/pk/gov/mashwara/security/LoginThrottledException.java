package pk.gov.mashwara.security;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.security.core.AuthenticationException;

import pk.gov.mashwara.shared.Messages;

/**
 * A log-in refused before its password was checked, because there were too many failures just before it. The
 * refusal is temporary: {@link #retryAt()} says when to try again. The log-in page and the API (429 with
 * Retry-After) tell the user so; it is never reported as a wrong password.
 */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;
    private final ThrottleScope scope;

    public LoginThrottledException(Instant retryAt, ThrottleScope scope) {
        super("Too many failed log-ins; try again after " + retryAt);
        this.retryAt = retryAt;
        this.scope = scope;
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Which count refused the attempt. */
    public ThrottleScope scope() {
        return scope;
    }

    /**
     * "Too many attempts; try again in N seconds" (or minutes, from two minutes on), in the user's language; the
     * API says it in English.
     */
    public String message(Locale locale, Instant now) {
        var seconds = retryAfterSeconds(now);
        return seconds < 120 ? Messages.get(locale, "login.throttled.seconds", seconds)
                : Messages.get(locale, "login.throttled.minutes", (seconds + 59) / 60);
    }

    /** Whole seconds to wait from {@code now}, at least one. */
    public long retryAfterSeconds(Instant now) {
        var wait = Duration.between(now, retryAt);
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }
}
