package pk.gov.mashwara.directory;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.domain.Committee;
import pk.gov.mashwara.directory.domain.CommitteeRepository;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The consistency rules of user accounts: committee roles belong to a committee other than the NSMCWG,
 * NSMCWG roles to the NSMCWG, and there is one focal person.
 */
@Component
class UserRules {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CommitteeRepository committees;
    private final UserAccountRepository users;

    UserRules(CommitteeRepository committees, UserAccountRepository users) {
        this.committees = committees;
        this.users = users;
    }

    String username(String supplied) {
        var username = supplied == null ? "" : supplied.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw InvalidInputException.onField("username", "error.user.username");
        }
        return username;
    }

    String displayName(String supplied) {
        if (supplied == null || supplied.isBlank() || supplied.strip().length() > 200) {
            throw InvalidInputException.onField("displayName", "error.user.displayName");
        }
        return supplied.strip();
    }

    String email(String supplied) {
        if (supplied == null || supplied.isBlank()) {
            return null;
        }
        var email = supplied.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw InvalidInputException.onField("email", "error.user.email");
        }
        return email;
    }

    void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 72) {
            throw InvalidInputException.onField("password", "error.user.password", MIN_PASSWORD_LENGTH);
        }
    }

    Committee committeeFor(Set<Role> roles, Long committeeId) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.onField("roles", "error.user.noRole");
        }
        var committeeRoles = roles.stream().anyMatch(Role::isCommitteeRole);
        var nsmcwgRoles = roles.stream().anyMatch(Role::isNsmcwgRole);
        if (committeeRoles && nsmcwgRoles) {
            throw InvalidInputException.onField("roles", "error.user.mixedRoles");
        }
        if (committeeId == null) {
            if (committeeRoles || nsmcwgRoles) {
                throw InvalidInputException.onField("committee", "error.user.committeeRequired");
            }
            return null;
        }
        var committee = committees.findById(committeeId)
                .orElseThrow(() -> new NotFoundException("error.committee.notFound", committeeId));
        if (committeeRoles && committee.isNsmcwg()) {
            throw InvalidInputException.onField("committee", "error.user.committeeRoleInNsmcwg");
        }
        if (nsmcwgRoles && !committee.isNsmcwg()) {
            throw InvalidInputException.onField("committee", "error.user.nsmcwgRoleOutside");
        }
        return committee;
    }

    /**
     * The home organisation of a member of the NSMCWG: a committee of the directory other than the NSMCWG itself.
     * Only users of the NSMCWG have one (a committee's own people belong to their committee).
     */
    Committee homeFor(Committee committee, Long homeCommitteeId) {
        if (homeCommitteeId == null) {
            return null;
        }
        if (committee == null || !committee.isNsmcwg()) {
            throw InvalidInputException.onField("homeCommittee", "error.user.homeOnlyForNsmcwg");
        }
        var home = committees.findById(homeCommitteeId)
                .orElseThrow(() -> InvalidInputException.onField("homeCommittee", "error.user.homeUnknown", homeCommitteeId));
        if (home.isNsmcwg()) {
            throw InvalidInputException.onField("homeCommittee", "error.user.homeIsNsmcwg");
        }
        return home;
    }

    /** Only a committee officer of a body other than the NSMCWG is designated to vet his Division's own drafts. */
    void checkDesignate(Committee committee, Set<Role> roles, boolean designated) {
        if (designated && (committee == null || committee.isNsmcwg() || !roles.contains(Role.COMMITTEE_OFFICER))) {
            throw InvalidInputException.onField("secretaryDesignate", "error.user.designateOnlyForOfficer");
        }
    }

    void checkSingleFocalPerson(Set<Role> roles, boolean enabled, long exceptId) {
        if (enabled && roles.contains(Role.FOCAL_PERSON) && users.countEnabledWithRole(Role.FOCAL_PERSON, exceptId) > 0) {
            throw new ConflictException("error.user.oneFocalPerson");
        }
    }

    /** Like the focal person, the NSMCWG has one spokesperson at a time (direction 5). */
    void checkSingleSpokesperson(Set<Role> roles, boolean enabled, long exceptId) {
        if (enabled && roles.contains(Role.SPOKESPERSON) && users.countEnabledWithRole(Role.SPOKESPERSON, exceptId) > 0) {
            throw new ConflictException("error.user.oneSpokesperson");
        }
    }
}
