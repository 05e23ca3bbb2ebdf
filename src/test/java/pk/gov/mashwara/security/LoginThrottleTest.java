package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.support.MutableClock;

/**
 * The throttling policy with a clock the test moves: growing waits instead of a lock, three counts, known
 * addresses, a success that answers only for its own address, audit events without flooding, bounded memory.
 */
class LoginThrottleTest {

    private static final String HOME = "198.51.100.7";
    private static final String ATTACKER = "203.0.113.66";
    private static final String CAFE = "192.0.2.44";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T04:00:00Z"));
    private final List<Object> events = new ArrayList<>();
    private LoginThrottle throttle = new LoginThrottle(ThrottleProperties.defaults(), clock, events::add);

    @Test
    void four_failures_cost_nothing_and_from_the_fifth_on_the_wait_doubles_up_to_its_longest() {
        fail("pta.drafter", HOME, 4);
        assertAllowed("pta.drafter", HOME);

        var waits = new ArrayList<Long>();
        for (int i = 0; i < 14; i++) {
            fail("pta.drafter", HOME, 1);
            waits.add(waitOf("pta.drafter", HOME));
            clock.advance(Duration.ofSeconds(waits.getLast()));
        }

        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L, 900L);
        // another name is not affected
        assertAllowed("pemra.drafter", HOME);
    }

    @Test
    void the_wait_ends_by_itself_and_an_attempt_refused_meanwhile_does_not_extend_it() {
        fail("pta.drafter", HOME, 7); // waits 4 s
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> throttle.check("pta.drafter", HOME)).isInstanceOf(LoginThrottledException.class);
        }
        clock.advance(Duration.ofSeconds(3));
        assertThat(waitOf("pta.drafter", HOME)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertAllowed("pta.drafter", HOME);
    }

    @Test
    void the_name_is_matched_regardless_of_case_and_surrounding_spaces() {
        fail("  PTA.Drafter ", HOME, 5);

        assertThat(waitOf("pta.drafter", HOME)).isEqualTo(1);
    }

    @Test
    void failures_are_forgotten_a_day_after_the_last_one() {
        fail("pta.drafter", HOME, 4);
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        fail("pta.drafter", HOME, 4);

        assertAllowed("pta.drafter", HOME);
    }

    @Test
    void anonymous_failures_from_elsewhere_never_keep_a_user_out_of_an_address_they_signed_in_from() {
        throttle.succeeded("admin", HOME);
        // one address guessing for hours, then many addresses
        for (int i = 0; i < 200; i++) {
            fail("admin", ATTACKER, 1);
            clock.advance(Duration.ofMinutes(15));
        }
        for (int i = 0; i < 500; i++) {
            fail("admin", "203.0.113." + (i % 250), 1);
        }

        assertAllowed("admin", HOME);
        assertThatThrownBy(() -> throttle.check("admin", ATTACKER)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void from_a_new_address_a_user_attacked_from_everywhere_waits_at_most_the_short_longest_wait() {
        for (int i = 0; i < 1000; i++) {
            fail("admin", "203.0.113." + (i % 250), 1);
        }

        var refused = assertRefused("admin", CAFE);
        assertThat(refused.scope()).isEqualTo(ThrottleScope.ACCOUNT);
        assertThat(refused.retryAfterSeconds(clock.instant())).isEqualTo(300);
        clock.advance(Duration.ofMinutes(5));
        assertAllowed("admin", CAFE);
    }

    @Test
    void a_success_from_one_address_clears_that_addresss_failures_only() {
        fail("pta.drafter", ATTACKER, 6);
        fail("pta.drafter", HOME, 4);

        throttle.succeeded("pta.drafter", HOME);

        assertThat(waitOf("pta.drafter", ATTACKER)).as("the attacker still waits").isEqualTo(2);
        fail("pta.drafter", HOME, 4);
        assertAllowed("pta.drafter", HOME);
        // the name's own count keeps the attacker's six and the four since
        assertThat(throttle.throttled()).filteredOn(t -> t.scope() == ThrottleScope.ACCOUNT).singleElement()
                .extracting(ThrottledLogIns::failures).isEqualTo(10);
        fail("pta.drafter", CAFE, 1);
        assertThat(waitOf("pta.drafter", "192.0.2.45")).as("11 failures of the name from elsewhere").isEqualTo(2);
    }

    @Test
    void an_address_trying_many_names_waits_for_every_name_it_never_signed_in_with() {
        throttle.succeeded("law.officer", ATTACKER); // someone of the ministry behind the same address
        for (int i = 0; i < 20; i++) {
            fail("guess" + i, ATTACKER, 1);
        }

        var refused = assertRefused("pta.drafter", ATTACKER);
        assertThat(refused.scope()).isEqualTo(ThrottleScope.ADDRESS);
        assertAllowed("law.officer", ATTACKER);
        assertAllowed("pta.drafter", HOME);
    }

    @Test
    void a_throttle_is_published_once_when_it_starts_and_the_first_refusal_once_per_episode() {
        fail("pta.drafter", ATTACKER, 7);
        for (int i = 0; i < 5; i++) {
            assertRefused("pta.drafter", ATTACKER);
        }

        assertThat(events).hasSize(2);
        var started = (LoginThrottleStarted) events.get(0);
        assertThat(started.scope()).isEqualTo(ThrottleScope.ACCOUNT_FROM_ADDRESS);
        assertThat(started.account()).isEqualTo("pta.drafter");
        assertThat(started.address()).isEqualTo(ATTACKER);
        assertThat(started.failures()).isEqualTo(5);
        assertThat(started.until()).isEqualTo(clock.instant().plusSeconds(1));
        var refused = (LoginRefusedWhileThrottled) events.get(1);
        assertThat(refused.until()).isEqualTo(clock.instant().plusSeconds(4));
        assertThat(throttle.throttled()).singleElement().satisfies(t -> {
            assertThat(t.failures()).isEqualTo(7);
            assertThat(t.refused()).isEqualTo(5);
        });

        // a success ends the episode; the next one is published again
        clock.advance(Duration.ofSeconds(4));
        throttle.succeeded("pta.drafter", ATTACKER);
        fail("pta.drafter", ATTACKER, 5);
        assertRefused("pta.drafter", ATTACKER);
        assertThat(events).hasSize(4);
    }

    @Test
    void a_lifted_throttle_forgets_its_count_and_says_what_it_held() {
        fail("pta.drafter", ATTACKER, 6);
        assertRefused("pta.drafter", ATTACKER);

        var lifted = throttle.lift(ThrottleScope.ACCOUNT_FROM_ADDRESS, "pta.drafter", ATTACKER);

        assertThat(lifted).hasValueSatisfying(t -> {
            assertThat(t.failures()).isEqualTo(6);
            assertThat(t.refused()).isEqualTo(1);
        });
        assertAllowed("pta.drafter", ATTACKER);
        assertThat(throttle.lift(ThrottleScope.ACCOUNT_FROM_ADDRESS, "pta.drafter", ATTACKER)).isEmpty();
    }

    @Test
    void an_ipv6_client_is_counted_by_its_network_so_that_changing_the_last_bits_does_not_help() {
        for (int i = 1; i <= 5; i++) {
            fail("pta.drafter", "2001:db8:1:2::" + Integer.toHexString(i), 1);
        }

        assertThat(waitOf("pta.drafter", "2001:db8:1:2:ffff::9")).isEqualTo(1);
        assertAllowed("pta.drafter", "2001:db8:1:3::1");
        assertThat(LoginThrottle.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.address("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.address(null)).isEqualTo(LoginThrottle.NO_ADDRESS);
    }

    @Test
    void memory_stays_bounded_when_names_and_addresses_are_made_up_by_the_hundred_thousand() {
        var small = new ThrottleProperties(null, null, null, null, null, null, 1000);
        throttle = new LoginThrottle(small, clock, events::add);
        fail("pta.drafter", ATTACKER, 6); // throttled before the flood

        for (int i = 0; i < 100_000; i++) {
            var address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            fail("made-up-" + i, address, 1);
            if (i % 2 == 0) {
                throttle.succeeded("made-up-" + i, address);
            }
        }

        assertThat(throttle.sizes().values()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(1000));
        // unthrottled counts made room for each other: the throttled one is still there
        assertThat(waitOf("pta.drafter", ATTACKER)).isEqualTo(2);
        // a very long name costs no more than a real one
        fail("x".repeat(1_000_000), ATTACKER, 1);
        assertThat(LoginThrottle.account("x".repeat(1_000_000))).hasSize(64);
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    private void assertAllowed(String name, String address) {
        assertThatCode(() -> throttle.check(name, address)).as(name + " from " + address).doesNotThrowAnyException();
    }

    private LoginThrottledException assertRefused(String name, String address) {
        try {
            throttle.check(name, address);
        } catch (LoginThrottledException e) {
            return e;
        }
        throw new AssertionError(name + " from " + address + " was not refused");
    }

    private long waitOf(String name, String address) {
        return assertRefused(name, address).retryAfterSeconds(clock.instant());
    }
}
