package pk.gov.mashwara.directory;

import java.util.Set;

import pk.gov.mashwara.security.Role;

/** A user account as administrators see it; never carries the password hash. */
public record UserInfo(long id, String username, String displayName, String email, Long committeeId,
        String committeeCode, Set<Role> roles, boolean enabled, String locale) {
}
