package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;

import pk.gov.mashwara.support.MutableClock;

class LoginThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T04:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, LOCKOUT, clock);

    @Test
    void four_failures_do_not_lock_a_name_and_the_fifth_does() {
        failTimes("pta.drafter", 4);
        assertThat(throttle.isLocked("pta.drafter")).isFalse();

        failTimes("pta.drafter", 1);
        assertThat(throttle.isLocked("pta.drafter")).isTrue();
        assertThat(throttle.isLocked("pemra.drafter")).isFalse();
    }

    @Test
    void the_name_is_matched_regardless_of_case_and_surrounding_spaces() {
        failTimes("  PTA.Drafter ", 5);

        assertThat(throttle.isLocked("pta.drafter")).isTrue();
    }

    @Test
    void the_lock_lifts_once_the_lockout_has_passed() {
        failTimes("pta.drafter", 5);

        clock.advance(LOCKOUT.minusSeconds(1));
        assertThat(throttle.isLocked("pta.drafter")).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("pta.drafter")).isFalse();
    }

    @Test
    void failures_older_than_the_lockout_start_a_new_count() {
        failTimes("pta.drafter", 4);
        clock.advance(LOCKOUT.plusSeconds(1));

        failTimes("pta.drafter", 4);

        assertThat(throttle.isLocked("pta.drafter")).isFalse();
    }

    @Test
    void a_successful_interactive_log_in_clears_the_failures() {
        failTimes("pta.drafter", 4);

        throttle.onSuccess(new InteractiveAuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("pta.drafter", null, List.of()),
                LoginThrottleTest.class));
        failTimes("pta.drafter", 1);

        assertThat(throttle.isLocked("pta.drafter")).isFalse();
    }

    @Test
    void a_successful_api_log_in_clears_the_failures_too() {
        failTimes("pta.drafter", 4);

        throttle.onSuccess(new org.springframework.security.authentication.event.AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("pta.drafter", null, List.of())));
        failTimes("pta.drafter", 1);

        assertThat(throttle.isLocked("pta.drafter")).isFalse();
    }

    @Test
    void attempts_refused_because_of_the_lock_do_not_extend_it() {
        failTimes("pta.drafter", 5);
        clock.advance(LOCKOUT.minusMinutes(1));
        for (int i = 0; i < 10; i++) {
            throttle.onFailure(new AuthenticationFailureLockedEvent(attempt("pta.drafter"), new LockedException("locked")));
        }

        clock.advance(Duration.ofMinutes(2));

        assertThat(throttle.isLocked("pta.drafter")).isFalse();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt(username),
                    new BadCredentialsException("Bad credentials")));
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password");
    }
}
