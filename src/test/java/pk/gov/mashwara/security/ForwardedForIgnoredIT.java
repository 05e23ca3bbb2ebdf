package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * Without a trusted proxy (the default), X-Forwarded-For is the client's own say: log-ins are counted by the
 * address of the connection, so a new address in the header for every guess gets a guesser nothing.
 */
@WebIntegrationTest
class ForwardedForIgnoredIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LoginThrottles throttles;

    @Test
    void a_forged_forwarded_address_does_not_change_the_address_counted() {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var wrong = new ApiClient.Credentials(user.getUsername(), "Wrong-password-1");
        for (int i = 1; i <= 5; i++) {
            assertThat(new ApiClient(port).forwardedFor("10.88.0." + i).get("/api/drafts", wrong).status())
                    .isEqualTo(401);
        }

        var next = new ApiClient(port).forwardedFor("10.88.0.6").get("/api/drafts", ApiClient.as(user.getUsername()));

        assertThat(next.status()).as("the sixth attempt, from a \"new\" address").isEqualTo(429);
        var counted = Fixtures.as(fixtures.user(null, Role.ADMIN), () -> throttles.find(0, LoginThrottles.MAX_PAGE))
                .stream().filter(t -> user.getUsername().equals(t.account())).toList();
        assertThat(counted).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(ThrottleScope.ACCOUNT_FROM_ADDRESS);
            assertThat(t.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(t.failures()).isEqualTo(5);
        });
    }
}
