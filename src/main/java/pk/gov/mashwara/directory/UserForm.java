package pk.gov.mashwara.directory;

import java.util.Set;

import pk.gov.mashwara.security.Role;

/**
 * What an administrator enters to add or change a user. {@code password} is required for a new user and,
 * when given for an existing one, replaces the password.
 *
 * @param homeCommitteeId    for a member of the NSMCWG, the committee of the directory they come from (shown beside
 *                           their name; it gives no rights), or null
 * @param secretaryDesignate for a committee officer of a Division, whether the Secretary has designated him to vet
 *                           the Division's own drafts (Rule 5)
 */
public record UserForm(String username, String displayName, String email, Long committeeId, Set<Role> roles,
        boolean enabled, String password, Long homeCommitteeId, boolean secretaryDesignate) {

    /** A user who is not a Secretary's designate. */
    public UserForm(String username, String displayName, String email, Long committeeId, Set<Role> roles,
            boolean enabled, String password, Long homeCommitteeId) {
        this(username, displayName, email, committeeId, roles, enabled, password, homeCommitteeId, false);
    }

    /** A user without a home organisation. */
    public UserForm(String username, String displayName, String email, Long committeeId, Set<Role> roles,
            boolean enabled, String password) {
        this(username, displayName, email, committeeId, roles, enabled, password, null);
    }

    @Override
    public String toString() {
        return "UserForm[" + username + ", roles=" + roles + "]";
    }
}
