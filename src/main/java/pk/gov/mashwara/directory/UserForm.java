package pk.gov.mashwara.directory;

import java.util.Set;

import pk.gov.mashwara.security.Role;

/**
 * What an administrator enters to add or change a user. {@code password} is required for a new user and,
 * when given for an existing one, replaces the password.
 */
public record UserForm(String username, String displayName, String email, Long committeeId, Set<Role> roles,
        boolean enabled, String password) {

    @Override
    public String toString() {
        return "UserForm[" + username + ", roles=" + roles + "]";
    }
}
