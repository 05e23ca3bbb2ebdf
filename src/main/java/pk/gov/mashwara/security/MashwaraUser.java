package pk.gov.mashwara.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the portal sees them: identity, committee and roles. Built by the directory module
 * from the database on every log-in.
 *
 * @param committeeId   the user's committee, or {@code null} for administrators and auditors without one
 * @param committeeCode the committee's short code, e.g. {@code PTA}
 * @param nsmcwg        whether the user's committee is the NSMCWG itself
 */
public final class MashwaraUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long committeeId;
    private final String committeeCode;
    private final boolean nsmcwg;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final String preferredLanguage;

    public MashwaraUser(long id, String username, String passwordHash, String displayName, Long committeeId,
            String committeeCode, boolean nsmcwg, Set<Role> roles, boolean enabled, boolean locked,
            String preferredLanguage) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.committeeId = committeeId;
        this.committeeCode = committeeCode;
        this.nsmcwg = nsmcwg;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.locked = locked;
        this.preferredLanguage = preferredLanguage;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Long committeeId() {
        return committeeId;
    }

    public String committeeCode() {
        return committeeCode;
    }

    /** Whether the user belongs to the NSMCWG (member, secretary or focal person). */
    public boolean isNsmcwg() {
        return nsmcwg;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the user is an administrator and nothing else. That role alone sees no draft: the pages about drafts
     * (the list, search, pendency) are neither offered to such a user nor opened for them; their work is on the
     * administrator's desk.
     */
    public boolean administratorOnly() {
        return roles.equals(Set.of(Role.ADMIN));
    }

    public boolean hasAny(Role... any) {
        for (var role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user acts for the given committee (drafter or officer of it). */
    public boolean actsFor(long committee) {
        return committeeId != null && committeeId == committee && hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MashwaraUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "MashwaraUser[" + username + ", roles=" + List.copyOf(roles) + "]";
    }
}
