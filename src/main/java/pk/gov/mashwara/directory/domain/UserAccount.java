package pk.gov.mashwara.directory.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    /** Where a member of the NSMCWG comes from: shown beside the name, never read for rights. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "home_committee_id")
    private Committee homeCommittee;

    @Column(nullable = false)
    private boolean enabled;

    /**
     * Whether the Secretary has designated this officer to vet the Division's own drafts (Rule 5), e.g. of the Law
     * Division's legislative drafting wing; read by the rule book's {@code when-own: designate} steps.
     */
    @Column(name = "secretary_designate", nullable = false)
    private boolean secretaryDesignate;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Committee committee,
            Set<Role> roles, boolean enabled, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.committee = committee;
        this.roles = new HashSet<>(roles);
        this.enabled = enabled;
        this.locale = "en";
        this.createdAt = createdAt;
    }

    public void update(String displayName, String email, Committee committee, Set<Role> roles, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.committee = committee;
        this.roles = new HashSet<>(roles);
        this.enabled = enabled;
    }

    /** The member's home organisation, or none (null). */
    /**
     * Hands an NSMCWG office to this user, or takes it away (the focal person's office passes on the PM's approval);
     * a user left with no role stays a member of the NSMCWG.
     */
    public void holdOffice(Role office, boolean holds) {
        if (holds) {
            roles.add(office);
        } else {
            roles.remove(office);
            if (roles.isEmpty()) {
                roles.add(Role.NSMCWG_MEMBER);
            }
        }
    }

    public boolean inNsmcwg() {
        return committee != null && committee.isNsmcwg();
    }

    public void designate(boolean designated) {
        this.secretaryDesignate = designated;
    }

    public void changeHome(Committee home) {
        this.homeCommittee = home;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    /** Never locked: failed log-ins slow further attempts down instead (docs/decisions/012-login-throttling.md). */
    public MashwaraUser toPrincipal() {
        return new MashwaraUser(id, username, passwordHash, displayName, committee == null ? null : committee.getId(),
                committee == null ? null : committee.getCode(), committee != null && committee.isNsmcwg(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), enabled, false, locale);
    }

    public UserInfo toInfo() {
        return new UserInfo(id, username, displayName, email, committee == null ? null : committee.getId(),
                committee == null ? null : committee.getCode(), Set.copyOf(roles), enabled, locale,
                homeCommittee == null ? null : homeCommittee.toHome(), secretaryDesignate);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
