package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * An API call whose sign-in failed: a wrong or missing password is 401 with the Basic challenge; a sign-in that could
 * not be checked at all (the user store did not answer, e.g. every database connection busy) is 503 with a retry
 * hint, not a 401 that would read as a wrong password; one that must wait after repeated failures is 429 with the
 * wait in Retry-After and in words.
 */
class ApiEntryPointTest {

    private static final Instant NOW = Instant.parse("2026-05-01T04:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void a_wrong_password_is_401_and_an_unanswered_check_is_503() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/drafts");
        var wrong = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint(clock).commence(request, wrong, new BadCredentialsException("Bad credentials"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Mashwara API\"");
        assertThat(wrong.getContentAsString()).contains("\"unauthorized\"");

        var busy = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint(clock).commence(request, busy,
                new InternalAuthenticationServiceException("Connection is not available, request timed out"));
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getHeader("WWW-Authenticate")).isNull();
        assertThat(busy.getContentAsString()).contains("\"unavailable\"", "Try again").doesNotContain("Connection is not");
    }

    @Test
    void a_log_in_that_must_wait_is_429_with_retry_after_and_a_plain_message() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/drafts");
        var seconds = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint(clock).commence(request, seconds,
                new LoginThrottledException(NOW.plusMillis(7_400), ThrottleScope.ACCOUNT_FROM_ADDRESS));
        assertThat(seconds.getStatus()).isEqualTo(429);
        assertThat(seconds.getHeader("Retry-After")).isEqualTo("8");
        assertThat(seconds.getHeader("WWW-Authenticate")).isNull();
        assertThat(seconds.getContentType()).startsWith("application/json");
        assertThat(seconds.getContentAsString()).isEqualTo("{\"status\":429,\"error\":\"too_many_attempts\",\"message\":"
                + "\"Too many attempts; try again in 8 seconds. Sign-ins are slowed down after repeated wrong passwords.\","
                + "\"path\":\"/api/drafts\",\"timestamp\":\"2026-05-01T04:00:00Z\"}");

        var minutes = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint(clock).commence(request, minutes,
                new LoginThrottledException(NOW.plusSeconds(900), ThrottleScope.ADDRESS));
        assertThat(minutes.getHeader("Retry-After")).isEqualTo("900");
        assertThat(minutes.getContentAsString()).contains("try again in 15 minutes.");
    }
}
