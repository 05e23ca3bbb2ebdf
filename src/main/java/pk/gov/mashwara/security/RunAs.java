package pk.gov.mashwara.security;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on behalf of a user outside a request: demo seeding and tests, which go through the same services
 * and permission checks as a signed-in person. The caller's own security context is restored afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    /** The built-in administrator that seeds an installation; it exists only in memory and cannot log in. */
    public static MashwaraUser systemAdministrator() {
        return new MashwaraUser(0, "system", null, "System", null, null, false, EnumSet.of(Role.ADMIN), true, false, "en");
    }

    public static <T> T user(MashwaraUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void user(MashwaraUser user, Runnable action) {
        user(user, () -> {
            action.run();
            return null;
        });
    }
}
