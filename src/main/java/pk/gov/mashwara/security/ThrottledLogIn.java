package pk.gov.mashwara.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password log-in with throttling around it: the one authentication provider of the log-in page, the API's HTTP
 * Basic and the operations endpoints. An attempt that must wait is refused before its password is checked (so a
 * refusal costs no BCrypt and tells nothing about the password); a wrong password is counted, a right one clears
 * its address's failures.
 */
final class ThrottledLogIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogIn(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var name = attempt.getName();
        // the address as the web server saw it: a forwarded address only from a trusted proxy (TrustedProxies)
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        // A right password checked a moment ago (an API client sends it with every request) is no guess: it is
        // refused while its name or address must wait, like any other, but takes none of the slots that keep
        // parallel guesses to the number serial ones would get (dozens of an account's requests at once are
        // ordinary for an API client, and were refused as too many attempts)
        throttle.check(name, address);
        var remembered = passwords instanceof VerifiedPasswords verified ? verified.remembered(attempt) : null;
        if (remembered != null) {
            throttle.succeeded(name, address);
            return remembered;
        }
        // held until the answer is counted: parallel attempts wait for it rather than all passing at once
        try (var admitted = throttle.admit(name, address)) {
            Authentication result;
            try {
                result = passwords.authenticate(attempt);
            } catch (BadCredentialsException e) {
                // a wrong password or an unknown name, told apart nowhere; a disabled account is not a guess
                throttle.failed(name, address);
                throw e;
            }
            if (result != null && result.isAuthenticated()) {
                throttle.succeeded(name, address);
            }
            return result;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
