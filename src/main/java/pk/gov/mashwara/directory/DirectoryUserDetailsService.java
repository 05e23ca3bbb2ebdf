package pk.gov.mashwara.directory;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.LoginThrottle;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Loads accounts for log-in (page and API). A name throttled after failed attempts comes back locked, which
 * Spring Security checks before the password.
 */
@org.springframework.stereotype.Component
class DirectoryUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;

    DirectoryUserDetailsService(UserAccountRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return users.findByUsername(name).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The principal log-in builds for an account (also used for system work on a user's behalf). */
    MashwaraUser principal(UserAccount account) {
        return account.toPrincipal(throttle.isLocked(account.getUsername()));
    }
}
