package pk.gov.mashwara.directory;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Loads accounts for log-in (page and API). Failed attempts are throttled before this is asked (security's
 * {@code LoginThrottle}), never by locking the account: anyone could lock anyone out by guessing.
 */
@org.springframework.stereotype.Component
class DirectoryUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    DirectoryUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    // an unknown name is an answer, not a failure: it must not doom a transaction the caller is in
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
    public UserDetails loadUserByUsername(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return users.findByUsername(name).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The principal log-in builds for an account (also used for system work on a user's behalf). */
    MashwaraUser principal(UserAccount account) {
        return account.toPrincipal();
    }
}
