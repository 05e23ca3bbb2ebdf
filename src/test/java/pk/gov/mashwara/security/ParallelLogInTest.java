package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import pk.gov.mashwara.support.MutableClock;

/**
 * Attempts sent in parallel get no more guesses than attempts sent one after the other: while a password is being
 * checked, the attempts it would make wait are refused before theirs is; and a success answers only for failures
 * still counted with it, never for those of another episode.
 */
class ParallelLogInTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.7";
    private static final String CAFE = "192.0.2.44";
    private static final int PARALLEL = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T04:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(ThrottleProperties.defaults(), clock, event -> { });
    private final AtomicInteger checked = new AtomicInteger();
    private final CountDownLatch answer = new CountDownLatch(1);
    /** A password check that takes as long as the test wants (BCrypt takes ~100 ms): always a wrong password. */
    private final AuthenticationProvider slowAndWrong = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            checked.incrementAndGet();
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new BadCredentialsException("wrong password");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final ThrottledLogIn logIn = new ThrottledLogIn(slowAndWrong, throttle);
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);

    @AfterEach
    void stop() {
        answer.countDown();
        pool.shutdownNow();
    }

    @Test
    void when_a_wait_ends_parallel_guesses_get_one_password_check_not_one_each() throws Exception {
        for (int i = 0; i < 5; i++) {
            throttle.failed("pta.drafter", ATTACKER);
        }
        clock.advance(Duration.ofSeconds(1));

        var refused = guessInParallel("pta.drafter", ATTACKER);

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.get() + refused.get() == PARALLEL);
        assertThat(checked).as("one guess for one wait").hasValue(1);
        assertThat(refused).hasValue(PARALLEL - 1);
        answer.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> throttle.inFlight() == 0);
        // the one guess was counted: the next wait is twice as long
        var wait = assertRefused("pta.drafter", ATTACKER);
        assertThat(wait.retryAfterSeconds(clock.instant())).isEqualTo(2);
    }

    @Test
    void below_the_limit_parallel_guesses_get_only_the_failures_left_before_it() throws Exception {
        throttle.failed("pemra.drafter", ATTACKER);
        throttle.failed("pemra.drafter", ATTACKER);

        var refused = guessInParallel("pemra.drafter", ATTACKER);

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.get() + refused.get() == PARALLEL);
        assertThat(checked).as("three failures were left before the limit of five").hasValue(3);
        answer.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> throttle.inFlight() == 0);
        assertThat(assertRefused("pemra.drafter", ATTACKER).retryAfterSeconds(clock.instant())).isEqualTo(1);
        // another name from the same address was never held up by them
        assertThatCode(() -> throttle.admit("moit.drafter", ATTACKER).close()).doesNotThrowAnyException();
    }

    @Test
    void a_success_does_not_forgive_failures_already_forgotten_in_a_later_episode_of_others() {
        // the user's own four failures at home, a day and more ago: forgotten since
        for (int i = 0; i < 4; i++) {
            throttle.failed("pta.drafter", HOME);
        }
        clock.advance(Duration.ofHours(25));
        // a new episode: ten guesses at the name from elsewhere; from an address the user never used, it waits
        for (int i = 0; i < 10; i++) {
            throttle.failed("pta.drafter", ATTACKER);
        }
        assertRefused("pta.drafter", CAFE);

        throttle.succeeded("pta.drafter", HOME);

        assertRefused("pta.drafter", CAFE);
    }

    @Test
    void a_success_does_not_forgive_a_count_lifted_and_begun_again_by_others() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pta.drafter", HOME);
        }
        clock.advance(Duration.ofMinutes(1));
        // an administrator lifts the name's count; then ten guesses from elsewhere begin it again
        assertThat(throttle.lift(ThrottleScope.ACCOUNT, "pta.drafter", null)).isPresent();
        for (int i = 0; i < 10; i++) {
            throttle.failed("pta.drafter", ATTACKER);
        }
        assertRefused("pta.drafter", CAFE);

        throttle.succeeded("pta.drafter", HOME);

        assertThat(assertRefused("pta.drafter", CAFE).retryAfterSeconds(clock.instant()))
                .as("the ten guesses from elsewhere still count in full").isEqualTo(1);
        // the user's own failures were cleared where they belong: at home, which is now known
        assertThatCode(() -> throttle.admit("pta.drafter", HOME).close()).doesNotThrowAnyException();
    }

    @Test
    void a_success_still_answers_for_its_own_failures_in_the_same_episode() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pta.drafter", HOME);
        }
        for (int i = 0; i < 6; i++) {
            throttle.failed("pta.drafter", ATTACKER);
        }
        assertRefused("pta.drafter", CAFE);

        throttle.succeeded("pta.drafter", HOME);

        assertThatCode(() -> throttle.check("pta.drafter", CAFE)).as("six left of ten: no wait")
                .doesNotThrowAnyException();
    }

    private AtomicInteger guessInParallel(String name, String address) throws InterruptedException {
        var refused = new AtomicInteger();
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < PARALLEL; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    logIn.authenticate(attempt(name, address));
                } catch (LoginThrottledException e) {
                    refused.incrementAndGet();
                } catch (BadCredentialsException e) {
                    // a guess that was checked, and wrong
                }
                return null;
            }));
        }
        start.countDown();
        return refused;
    }

    private static Authentication attempt(String name, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, "Wrong-password");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private LoginThrottledException assertRefused(String name, String address) {
        try {
            throttle.check(name, address);
        } catch (LoginThrottledException e) {
            return e;
        }
        throw new AssertionError(name + " from " + address + " was not refused");
    }
}
