package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import pk.gov.mashwara.support.MutableClock;

/**
 * The log-in provider counts wrong passwords by the address the web server saw, refuses an attempt that must wait
 * before its password is checked, the right password included, and lets a disabled account's refusal count for
 * nothing.
 */
class ThrottledLogInTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new CountingPasswordEncoder(checks);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private InMemoryUserDetailsManager users;
    private LoginThrottle throttle;
    private ThrottledLogIn logIn;

    @BeforeEach
    void setUp() {
        users = new InMemoryUserDetailsManager(
                User.withUsername("pta.drafter").password(bcrypt.encode("Right-password-1")).roles("COMMITTEE_DRAFTER").build(),
                User.withUsername("gone").password(bcrypt.encode("Right-password-1")).disabled(true).roles("AUDITOR").build());
        throttle = new LoginThrottle(ThrottleProperties.defaults(), clock, event -> { });
        logIn = new ThrottledLogIn(new VerifiedPasswords(users, bcrypt, Duration.ofMinutes(10), clock), throttle);
    }

    @Test
    void after_five_wrong_passwords_the_right_one_from_that_address_waits_and_no_password_is_checked() {
        assertThat(attempt("pta.drafter", "Right-password-1", "203.0.113.9").isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("pta.drafter", "Wrong-password", "203.0.113.9"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        checks.set(0);

        // remembered from before, and still refused: the throttle comes first
        assertThatThrownBy(() -> attempt("pta.drafter", "Right-password-1", "203.0.113.9"))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(checks).hasValue(0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("pta.drafter", "Right-password-1", "203.0.113.9").isAuthenticated()).isTrue();
    }

    @Test
    void the_address_counted_is_the_one_the_web_server_saw() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("nobody", "Wrong-password", "203.0.113.9"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttle.throttled()).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(ThrottleScope.ACCOUNT_FROM_ADDRESS);
            assertThat(t.address()).isEqualTo("203.0.113.9");
        });
    }

    @Test
    void a_disabled_account_is_refused_but_not_counted_as_a_guess() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> attempt("gone", "Right-password-1", "203.0.113.9"))
                    .isInstanceOf(DisabledException.class);
        }
        assertThat(throttle.throttled()).isEmpty();
    }

    @Test
    void an_api_clients_many_requests_at_once_with_its_right_password_are_not_refused_as_too_many_attempts() {
        assertThat(attempt("pta.drafter", "Right-password-1", "203.0.113.9").isAuthenticated()).isTrue();
        // as many attempts of the name from the address as may be checked at once are under way
        var underWay = new java.util.ArrayList<LoginThrottle.Admission>();
        for (int i = 0; i < 5; i++) {
            underWay.add(throttle.admit("pta.drafter", "203.0.113.9"));
        }
        checks.set(0);
        var inFlight = throttle.inFlight();
        try {
            // a guess must wait for them: refused before its password is checked
            assertThatThrownBy(() -> attempt("pta.drafter", "Wrong-password", "203.0.113.9"))
                    .isInstanceOf(LoginThrottledException.class);
            // the right password checked a moment ago is no guess: answered, without BCrypt and without a slot
            for (int i = 0; i < 20; i++) {
                assertThat(attempt("pta.drafter", "Right-password-1", "203.0.113.9").isAuthenticated()).isTrue();
            }
            assertThat(checks).hasValue(0);
            assertThat(throttle.inFlight()).isEqualTo(inFlight);
        } finally {
            underWay.forEach(LoginThrottle.Admission::close);
        }
        assertThat(throttle.inFlight()).isZero();
    }

    @Test
    void a_remembered_password_is_forgotten_when_the_password_changes() {
        assertThat(attempt("pta.drafter", "Right-password-1", "203.0.113.9").isAuthenticated()).isTrue();
        users.updatePassword(users.loadUserByUsername("pta.drafter"), bcrypt.encode("New-password-3"));
        checks.set(0);
        // the stored hash changed: the full check runs, and refuses the old password
        assertThatThrownBy(() -> attempt("pta.drafter", "Right-password-1", "203.0.113.9"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
    }

    private org.springframework.security.core.Authentication attempt(String name, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return logIn.authenticate(token);
    }
}
