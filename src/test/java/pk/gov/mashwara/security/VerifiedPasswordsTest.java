package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import pk.gov.mashwara.support.MutableClock;

/**
 * A password is checked against its BCrypt hash once, and then remembered for a while, but never past a change of
 * password, a disabled or locked-out account, or its time; wrong passwords are checked every time.
 */
class VerifiedPasswordsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new CountingPasswordEncoder(checks);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private InMemoryUserDetailsManager users;
    private VerifiedPasswords passwords;

    @BeforeEach
    void setUp() {
        users = new InMemoryUserDetailsManager(User.withUsername("pta.drafter").password(bcrypt.encode("Right-password-1"))
                .roles("COMMITTEE_DRAFTER").build());
        passwords = new VerifiedPasswords(users, bcrypt, Duration.ofMinutes(10), clock);
    }

    private boolean logIn(String name, String password) {
        return passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password)).isAuthenticated();
    }

    @Test
    void the_same_right_password_is_checked_once_then_remembered() {
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        assertThat(checks).hasValue(1);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void wrong_passwords_are_checked_every_time_and_never_remembered() {
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("pta.drafter", "Wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
        assertThatThrownBy(() -> logIn("nobody", "Right-password-1")).isInstanceOf(BadCredentialsException.class);
        // a remembered user removed since is refused as unknown
        users.deleteUser("pta.drafter");
        assertThatThrownBy(() -> logIn("pta.drafter", "Right-password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.remembered()).isZero();
    }

    @Test
    void a_changed_password_forgets_the_old_one() {
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        users.updateUser(User.withUsername("pta.drafter").password(bcrypt.encode("New-password-22")).roles("COMMITTEE_DRAFTER").build());
        assertThatThrownBy(() -> logIn("pta.drafter", "Right-password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(logIn("pta.drafter", "New-password-22")).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void a_disabled_or_locked_account_is_refused_though_its_password_was_remembered() {
        var hash = users.loadUserByUsername("pta.drafter").getPassword();
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        users.updateUser(User.withUsername("pta.drafter").password(hash).roles("COMMITTEE_DRAFTER").disabled(true).build());
        assertThatThrownBy(() -> logIn("pta.drafter", "Right-password-1")).isInstanceOf(DisabledException.class);
        users.updateUser(User.withUsername("pta.drafter").password(hash).roles("COMMITTEE_DRAFTER").accountLocked(true).build());
        assertThatThrownBy(() -> logIn("pta.drafter", "Right-password-1")).isInstanceOf(LockedException.class);
        assertThat(checks).hasValue(1);
    }

    @Test
    void a_remembered_password_is_checked_again_when_its_time_is_up() {
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        assertThat(checks).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void what_is_remembered_is_not_the_password() throws Exception {
        assertThat(logIn("pta.drafter", "Right-password-1")).isTrue();
        var field = VerifiedPasswords.class.getDeclaredField("verified");
        field.setAccessible(true);
        assertThat(field.get(passwords).toString()).doesNotContain("Right-password-1");
    }

    /** Counts how often the account is read. */
    private final AtomicInteger loads = new AtomicInteger();

    private VerifiedPasswords rechecking(Duration recheck) {
        org.springframework.security.core.userdetails.UserDetailsService counting = name -> {
            loads.incrementAndGet();
            return users.loadUserByUsername(name);
        };
        return new VerifiedPasswords(counting, bcrypt, Duration.ofMinutes(10), recheck, clock);
    }

    @Test
    void a_remembered_log_in_reads_the_account_again_only_when_its_recheck_time_is_up() {
        var rechecking = rechecking(Duration.ofSeconds(5));
        var login = UsernamePasswordAuthenticationToken.unauthenticated("pta.drafter", "Right-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(rechecking.authenticate(login).isAuthenticated()).isTrue();
        }
        assertThat(checks).hasValue(1);
        assertThat(loads).hasValue(1); // the full check's reading, then the remembered account

        var hash = users.loadUserByUsername("pta.drafter").getPassword();
        users.updateUser(User.withUsername("pta.drafter").password(hash).roles("COMMITTEE_DRAFTER").disabled(true).build());
        clock.advance(Duration.ofSeconds(4));
        assertThat(rechecking.authenticate(login).isAuthenticated()).isTrue(); // within the recheck time
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> rechecking.authenticate(login)).isInstanceOf(DisabledException.class);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_forgotten_account_is_checked_in_full_at_its_next_log_in() {
        var rechecking = rechecking(Duration.ofMinutes(1));
        var login = UsernamePasswordAuthenticationToken.unauthenticated("pta.drafter", "Right-password-1");
        assertThat(rechecking.authenticate(login).isAuthenticated()).isTrue();
        var hash = users.loadUserByUsername("pta.drafter").getPassword();
        users.updateUser(User.withUsername("pta.drafter").password(hash).roles("COMMITTEE_DRAFTER").disabled(true).build());
        assertThat(rechecking.authenticate(login).isAuthenticated()).isTrue(); // not told yet: remembered

        rechecking.forget("someone.else");
        assertThat(rechecking.remembered()).isEqualTo(1);
        rechecking.forget("pta.drafter");
        assertThat(rechecking.remembered()).isZero();
        assertThatThrownBy(() -> rechecking.authenticate(login)).isInstanceOf(DisabledException.class);
    }

    @Test
    void an_account_forgotten_while_its_log_in_was_checked_is_not_remembered() {
        var holder = new VerifiedPasswords[1];
        org.springframework.security.core.userdetails.UserDetailsService changing = name -> {
            var loaded = users.loadUserByUsername(name);
            holder[0].forget("pta.drafter"); // the account changed (and the change committed) just after it was read
            return loaded;
        };
        holder[0] = new VerifiedPasswords(changing, bcrypt, Duration.ofMinutes(10), Duration.ofMinutes(1), clock);
        var login = UsernamePasswordAuthenticationToken.unauthenticated("pta.drafter", "Right-password-1");
        assertThat(holder[0].authenticate(login).isAuthenticated()).isTrue();
        assertThat(holder[0].remembered()).isZero();
    }
}
