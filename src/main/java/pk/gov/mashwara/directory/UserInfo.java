package pk.gov.mashwara.directory;

import java.util.Set;

import pk.gov.mashwara.security.Role;

/**
 * A user account as administrators see it; never carries the password hash.
 *
 * @param home               the home organisation of a member of the NSMCWG, or null
 * @param secretaryDesignate whether the officer is the Secretary's designate to vet the Division's own drafts
 */
public record UserInfo(long id, String username, String displayName, String email, Long committeeId,
        String committeeCode, Set<Role> roles, boolean enabled, String locale, HomeOrganisation home,
        boolean secretaryDesignate) {

    /** A user who is not a Secretary's designate. */
    public UserInfo(long id, String username, String displayName, String email, Long committeeId,
            String committeeCode, Set<Role> roles, boolean enabled, String locale, HomeOrganisation home) {
        this(id, username, displayName, email, committeeId, committeeCode, roles, enabled, locale, home, false);
    }

    /** A user with no home organisation. */
    public UserInfo(long id, String username, String displayName, String email, Long committeeId,
            String committeeCode, Set<Role> roles, boolean enabled, String locale) {
        this(id, username, displayName, email, committeeId, committeeCode, roles, enabled, locale, null);
    }
}
