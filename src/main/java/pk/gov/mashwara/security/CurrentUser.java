package pk.gov.mashwara.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf the current request or UI event runs. Services ask it instead of trusting
 * anything a view passes in.
 */
@Component
public class CurrentUser {

    public Optional<MashwaraUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MashwaraUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; throws when there is none (services are never called anonymously). */
    public MashwaraUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
