package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditOutcome;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.FormLogIn;
import pk.gov.mashwara.support.MutableClock;

/**
 * Log-in throttling as clients meet it, through the API and the log-in page, behind a reverse proxy on this
 * machine (trusted, so that each test can come from addresses of its own), with the portal's limits and a clock
 * the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mashwara.security.trusted-proxies=127.0.0.1,::1",
        "mashwara.security.throttle.first-delay=PT1S",
        "mashwara.security.throttle.address.after=20" })
@Import({ Fixtures.class, LoginThrottlingIT.TestClock.class })
class LoginThrottlingIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            // the database keeps microseconds
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String WRONG = "Wrong-password-1";
    /** Audit entries of a lift are written after its transaction, on another thread. */
    private static final Duration WRITTEN_WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    LoginThrottles throttles;

    private MashwaraUser user;
    private ApiClient.Credentials right;
    private ApiClient.Credentials wrong;

    @BeforeEach
    void setUp() {
        user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        right = ApiClient.as(user.getUsername());
        wrong = new ApiClient.Credentials(user.getUsername(), WRONG);
    }

    /** An address no other test uses, so that tests sharing the application do not add up. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + n / 250 + "." + (1 + n % 250);
    }

    private ApiClient from(String address) {
        return new ApiClient(port).forwardedFor(address);
    }

    @Test
    void anonymous_failures_from_one_address_do_not_keep_the_user_out_from_another() {
        var home = newAddress();
        var attacker = newAddress();
        assertThat(from(home).get("/api/drafts", right).status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(from(attacker).get("/api/drafts", wrong).status()).isEqualTo(401);
        }

        assertThat(from(attacker).get("/api/drafts", right).status()).as("the attacker's address waits").isEqualTo(429);
        assertThat(from(home).get("/api/drafts", right).status()).as("the user's own address").isEqualTo(200);
        assertThat(from(newAddress()).get("/api/drafts", right).status()).as("a new address").isEqualTo(200);
        assertThat(new FormLogIn(port, home).post(user.getUsername(), Fixtures.PASSWORD).headers()
                .firstValue("Location").orElseThrow()).as("the log-in page at home").doesNotContain("error");
    }

    @Test
    void guessing_from_many_addresses_delays_a_new_address_briefly_and_a_known_one_not_at_all() {
        var home = newAddress();
        assertThat(from(home).get("/api/drafts", right).status()).isEqualTo(200);
        // twenty failures from twenty addresses, each made as soon as the name's wait allows
        var waits = new ArrayList<String>();
        for (int failures = 0; failures < 20;) {
            var attempt = from(newAddress()).get("/api/drafts", wrong);
            if (attempt.status() == 429) {
                waits.add(attempt.header("Retry-After"));
                clock.advance(Duration.ofSeconds(Long.parseLong(attempt.header("Retry-After"))));
            } else {
                assertThat(attempt.status()).isEqualTo(401);
                failures++;
            }
        }
        assertThat(waits).containsExactly("1", "2", "4", "8", "16", "32", "64", "128", "256", "300");

        assertThat(from(home).get("/api/drafts", right).status()).as("the user's own address").isEqualTo(200);
        var elsewhere = from(newAddress()).get("/api/drafts", right);
        assertThat(elsewhere.status()).as("a new address").isEqualTo(429);
        assertThat(elsewhere.header("Retry-After")).as("the short longest wait of a name").isEqualTo("300");
        clock.advance(Duration.ofMinutes(5));
        assertThat(from(newAddress()).get("/api/drafts", right).status()).isEqualTo(200);
    }

    @Test
    void a_success_from_one_address_does_not_clear_failures_from_another() {
        var home = newAddress();
        var attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            from(attacker).get("/api/drafts", wrong);
        }

        assertThat(from(home).get("/api/drafts", right).status()).isEqualTo(200);

        assertThat(from(attacker).get("/api/drafts", right).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        // the sixth failure from there waits twice as long: the count went on where it was
        assertThat(from(attacker).get("/api/drafts", wrong).status()).isEqualTo(401);
        assertThat(from(attacker).get("/api/drafts", right).header("Retry-After")).isEqualTo("2");
    }

    @Test
    void the_api_answers_429_with_retry_after_and_a_plain_message_and_the_waits_grow() {
        var api = from(newAddress());
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/drafts", wrong).status()).isEqualTo(401);
        }

        var refused = api.get("/api/drafts", right);
        assertJsonError(refused, 429, "too_many_attempts");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.<String>json("$.message"))
                .isEqualTo("Too many attempts; try again in 1 second. Sign-ins are slowed down after repeated wrong passwords.");
        assertThat(refused.<String>json("$.path")).isEqualTo("/api/drafts");
        assertThat(Instant.parse(refused.json("$.timestamp"))).isEqualTo(clock.instant());
        assertThat(refused.header("WWW-Authenticate")).isNull();
        // the operations endpoints sign in the same way, and say the same
        var operations = api.get("/actuator/health", right);
        assertJsonError(operations, 429, "too_many_attempts");
        assertThat(operations.header("Retry-After")).isEqualTo("1");

        var waits = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(Long.parseLong(api.get("/api/drafts", right).header("Retry-After"))));
            assertThat(api.get("/api/drafts", wrong).status()).isEqualTo(401);
            waits.add(api.get("/api/drafts", right).header("Retry-After"));
        }
        assertThat(waits).containsExactly("2", "4", "8", "16");
        clock.advance(Duration.ofSeconds(16));
        assertThat(api.get("/api/drafts", right).status()).isEqualTo(200);
    }

    @Test
    void the_log_in_page_says_plainly_that_attempts_are_limited_and_when_to_try_again() {
        var browser = new FormLogIn(port, newAddress());
        assertThat(FormLogIn.location(browser.post(user.getUsername(), WRONG))).contains("/login?error");
        assertThat(browser.errorPage()).contains("Sign-in failed", "The user name or password is not correct");
        for (int i = 0; i < 4; i++) {
            browser.post(user.getUsername(), WRONG);
        }

        var refused = browser.post(user.getUsername(), Fixtures.PASSWORD);

        assertThat(FormLogIn.location(refused)).contains("/login?error");
        assertThat(browser.errorPage()).contains("Sign-in attempts limited",
                "Too many attempts; try again in 1 second.").doesNotContain("The user name or password is not correct");
        clock.advance(Duration.ofSeconds(1));
        assertThat(FormLogIn.location(browser.post(user.getUsername(), Fixtures.PASSWORD))).doesNotContain("error");
    }

    @Test
    void an_administrator_sees_a_throttled_name_and_address_lifts_them_and_the_lifts_are_audited() {
        var address = newAddress();
        for (int i = 0; i < 5; i++) {
            from(address).get("/api/drafts", wrong);
        }
        from(address).get("/api/drafts", right);
        var sprayer = newAddress();
        for (int i = 0; i < 20; i++) {
            from(sprayer).get("/api/drafts", new ApiClient.Credentials(Fixtures.unique("nobody").replace(' ', '-'), WRONG));
        }
        assertThat(from(sprayer).get("/api/drafts", right).status()).isEqualTo(429);
        var admin = fixtures.user(null, Role.ADMIN);

        var listed = Fixtures.as(admin, () -> throttles.find(0, LoginThrottles.MAX_PAGE));
        assertThat(listed).filteredOn(t -> user.getUsername().equals(t.account()) || sprayer.equals(t.address()))
                .extracting(ThrottledLogIns::scope, ThrottledLogIns::account, ThrottledLogIns::address,
                        ThrottledLogIns::failures, ThrottledLogIns::until, ThrottledLogIns::refused)
                .containsExactlyInAnyOrder(
                        tuple(ThrottleScope.ACCOUNT_FROM_ADDRESS, user.getUsername(), address, 5,
                                clock.instant().plusSeconds(1), 1L),
                        tuple(ThrottleScope.ADDRESS, null, sprayer, 20, clock.instant().plusSeconds(1), 1L));

        assertThat(Fixtures.as(admin, () -> throttles.lift(ThrottleScope.ACCOUNT_FROM_ADDRESS, user.getUsername(),
                address))).isTrue();
        assertThat(Fixtures.as(admin, () -> throttles.lift(ThrottleScope.ADDRESS, null, sprayer))).isTrue();
        assertThat(Fixtures.as(admin, () -> throttles.lift(ThrottleScope.ADDRESS, null, sprayer))).isFalse();

        assertThat(from(address).get("/api/drafts", right).status()).isEqualTo(200);
        assertThat(from(sprayer).get("/api/drafts", right).status()).isEqualTo(200);
        await().atMost(WRITTEN_WITHIN).untilAsserted(() -> assertThat(
                find(new AuditQuery(admin.getUsername(), AuditAction.LOGIN_THROTTLE_LIFTED, null, null, null, null)))
                .extracting(AuditRecord::targetType, AuditRecord::targetId, AuditRecord::outcome, AuditRecord::detail)
                .containsExactlyInAnyOrder(
                        tuple("USER", user.getUsername(), AuditOutcome.SUCCESS, "throttle lifted: 5 failed sign-ins for "
                                + user.getUsername() + " from " + address + " forgotten (refused attempts: 1)"),
                        tuple("ADDRESS", sprayer, AuditOutcome.SUCCESS, "throttle lifted: 20 failed sign-ins from "
                                + sprayer + " for any user name forgotten (refused attempts: 1)")));
    }

    @Test
    void a_throttle_is_audited_when_it_starts_and_at_its_first_refusal_not_at_every_refused_attempt() {
        var address = newAddress();
        for (int i = 0; i < 5; i++) {
            from(address).get("/api/drafts", wrong);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(from(address).get("/api/drafts", i % 2 == 0 ? right : wrong).status()).isEqualTo(429);
        }
        new FormLogIn(port, address).post(user.getUsername(), Fixtures.PASSWORD);

        var entries = find(new AuditQuery(null, null, "USER", user.getUsername(), null, null));
        assertThat(entries).extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::outcome,
                AuditRecord::remoteAddr).containsExactlyInAnyOrder(
                        tuple(AuditAction.LOGIN_FAILED, user.getUsername(), AuditOutcome.FAILURE, address),
                        tuple(AuditAction.LOGIN_FAILED, user.getUsername(), AuditOutcome.FAILURE, address),
                        tuple(AuditAction.LOGIN_FAILED, user.getUsername(), AuditOutcome.FAILURE, address),
                        tuple(AuditAction.LOGIN_FAILED, user.getUsername(), AuditOutcome.FAILURE, address),
                        tuple(AuditAction.LOGIN_FAILED, user.getUsername(), AuditOutcome.FAILURE, address),
                        tuple(AuditAction.LOGIN_THROTTLED, "(system)", AuditOutcome.SUCCESS, address),
                        tuple(AuditAction.LOGIN_REFUSED_THROTTLED, user.getUsername(), AuditOutcome.DENIED, address));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.LOGIN_THROTTLED).extracting(AuditRecord::detail)
                .containsExactly("5 failed sign-ins for " + user.getUsername() + " from " + address + "; attempts wait until "
                        + clock.instant().plusSeconds(1) + ", longer after each further failure");
        assertThat(Fixtures.as(fixtures.user(null, Role.ADMIN), () -> throttles.find(0, LoginThrottles.MAX_PAGE)))
                .filteredOn(t -> user.getUsername().equals(t.account()) && address.equals(t.address()))
                .extracting(ThrottledLogIns::refused).containsExactly(11L);
    }

    @Test
    void a_forwarded_address_is_believed_from_the_trusted_proxy_and_only_the_part_it_added() {
        var real = newAddress();
        for (int i = 0; i < 5; i++) {
            // the client wrote a first address itself; the proxy appended the one it saw
            from("203.0.113.1, " + real).get("/api/drafts", wrong);
        }

        assertThat(Fixtures.as(fixtures.user(null, Role.ADMIN), () -> throttles.find(0, LoginThrottles.MAX_PAGE)))
                .filteredOn(t -> user.getUsername().equals(t.account()))
                .extracting(ThrottledLogIns::scope, ThrottledLogIns::address)
                .containsExactly(tuple(ThrottleScope.ACCOUNT_FROM_ADDRESS, real));
        assertThat(from("203.0.113.2, " + real).get("/api/drafts", right).status()).isEqualTo(429);
    }

    private List<AuditRecord> find(AuditQuery query) {
        return Fixtures.as(fixtures.user(null, Role.AUDITOR), () -> audit.find(query, 0, 100));
    }
}
