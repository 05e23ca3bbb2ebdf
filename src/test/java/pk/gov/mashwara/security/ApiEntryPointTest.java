package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * An API call whose sign-in failed: a wrong or missing password is 401 with the Basic challenge; a sign-in that could
 * not be checked at all (the user store did not answer, e.g. every database connection busy) is 503 with a retry
 * hint, not a 401 that would read as a wrong password.
 */
class ApiEntryPointTest {

    @Test
    void a_wrong_password_is_401_and_an_unanswered_check_is_503() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/drafts");
        var wrong = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint().commence(request, wrong, new BadCredentialsException("Bad credentials"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Mashwara API\"");
        assertThat(wrong.getContentAsString()).contains("\"unauthorized\"");

        var busy = new MockHttpServletResponse();
        WebSecurityConfiguration.apiEntryPoint().commence(request, busy,
                new InternalAuthenticationServiceException("Connection is not available, request timed out"));
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getHeader("WWW-Authenticate")).isNull();
        assertThat(busy.getContentAsString()).contains("\"unavailable\"", "Try again").doesNotContain("Connection is not");
    }
}
