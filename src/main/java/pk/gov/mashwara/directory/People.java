package pk.gov.mashwara.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.domain.Committee;
import pk.gov.mashwara.directory.domain.CommitteeRepository;
import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Facts about people for other modules' own work (notifying, resolving mentions), which runs for no particular
 * signed-in user. Like {@code DraftCatalog} it answers facts only; whatever reaches a user goes through a
 * service that checks their permissions. Views and controllers never use it.
 */
@Component
@Transactional(readOnly = true)
public class People {

    /** The most candidates one lookup returns, whatever the caller asks for. */
    static final int MAX_CANDIDATES = 50;

    private final UserAccountRepository users;
    private final CommitteeRepository committees;
    private final DirectoryUserDetailsService principals;

    People(UserAccountRepository users, CommitteeRepository committees, DirectoryUserDetailsService principals) {
        this.users = users;
        this.committees = committees;
        this.principals = principals;
    }

    /** The user as log-in would build them (roles, committee, language), without the password hash. */
    public Optional<MashwaraUser> principal(long userId) {
        return users.findById(userId).map(account -> {
            var principal = principals.principal(account);
            principal.eraseCredentials();
            return principal;
        });
    }

    /** The offices a person may hold, most senior first: the one a reader is told. */
    public static final List<pk.gov.mashwara.security.Role> SENIORITY = List.of(pk.gov.mashwara.security.Role.FOCAL_PERSON,
            pk.gov.mashwara.security.Role.NSMCWG_SECRETARY, pk.gov.mashwara.security.Role.SPOKESPERSON,
            pk.gov.mashwara.security.Role.COMMITTEE_OFFICER, pk.gov.mashwara.security.Role.NSMCWG_MEMBER,
            pk.gov.mashwara.security.Role.COMMITTEE_DRAFTER, pk.gov.mashwara.security.Role.PMO_MONITOR,
            pk.gov.mashwara.security.Role.AUDITOR, pk.gov.mashwara.security.Role.ADMIN);

    /**
     * A person as a reader should meet them, by name and office, never by user id: "Kamran Akhtar, NSMCWG
     * secretary", "Ali Raza, Committee officer (PTA)", "Farah Naz, NSMCWG member · Ministry of Foreign Affairs" (a
     * member with a home organisation), in the language given. The user id only for an account that
     * no longer exists.
     */
    public String nameAndOffice(String username, Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return byUsername(username).map(info -> nameAndOffice(info, locale)).orElse(username);
    }

    /**
     * The office alone, as {@link #nameAndOffice(String, Locale)} gives it after the name ("NSMCWG secretary",
     * "Drafter (PTA)"); empty for a user who holds no role.
     */
    public static String office(UserInfo info, Locale locale) {
        var role = SENIORITY.stream().filter(info.roles()::contains).findFirst().orElse(null);
        if (role == null) {
            return "";
        }
        var office = pk.gov.mashwara.shared.Messages.get(locale, "role." + role.name());
        return role.isCommitteeRole() && info.committeeCode() != null
                ? pk.gov.mashwara.shared.Messages.get(locale, "person.office.committeeOnly", office, info.committeeCode())
                : office;
    }

    /** See {@link #nameAndOffice(String, Locale)}. */
    public static String nameAndOffice(UserInfo info, Locale locale) {
        return nameAndOffice(info, locale, java.util.function.UnaryOperator.identity());
    }

    /**
     * See {@link #nameAndOffice(String, Locale)}; {@code committeeName} turns the committee's code into what is
     * shown (the code itself, or the committee's name in the reader's language).
     */
    public static String nameAndOffice(UserInfo info, Locale locale, java.util.function.UnaryOperator<String> committeeName) {
        var name = info.displayName() == null || info.displayName().isBlank() ? info.username() : info.displayName();
        var role = SENIORITY.stream().filter(info.roles()::contains).findFirst().orElse(null);
        if (role == null) {
            return name;
        }
        var office = pk.gov.mashwara.shared.Messages.get(locale, "role." + role.name());
        var person = role.isCommitteeRole() && info.committeeCode() != null
                ? pk.gov.mashwara.shared.Messages.get(locale, "person.office.committee", name, office,
                        committeeName.apply(info.committeeCode()))
                : pk.gov.mashwara.shared.Messages.get(locale, "person.office", name, office);
        // a member of the NSMCWG with where he comes from: "Farah Naz, NSMCWG member · Ministry of Foreign Affairs"
        return info.home() == null ? person
                : pk.gov.mashwara.shared.Messages.get(locale, "person.home", person, info.home().name(locale));
    }

    public Optional<UserInfo> byId(long userId) {
        return users.findById(userId).map(UserAccount::toInfo);
    }

    public Optional<UserInfo> byUsername(String username) {
        return username == null ? Optional.empty()
                : users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(UserAccount::toInfo);
    }

    /** A committee by its code ({@code PTA}), case-insensitively. */
    public Optional<CommitteeInfo> committeeByCode(String code) {
        return committees.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).map(Committee::toInfo);
    }

    /** Every committee, by code, for background work that asks on nobody's behalf (no one is signed in there). */
    public List<CommitteeInfo> committees() {
        return committees.findAllByOrderByCode().stream().map(Committee::toInfo).toList();
    }

    public Optional<CommitteeInfo> committeeById(long committeeId) {
        return committees.findById(committeeId).map(Committee::toInfo);
    }

    /** The enabled users who hold the role (e.g. the spokesperson, one at a time). */
    public List<UserInfo> withRole(pk.gov.mashwara.security.Role role) {
        return users.findWithRole(role).stream().filter(UserAccount::isEnabled).map(UserAccount::toInfo).toList();
    }

    /** The enabled users of a committee. */
    public List<UserInfo> membersOf(long committeeId) {
        return users.findEnabledOfCommittee(committeeId).stream().map(UserAccount::toInfo).toList();
    }

    /**
     * Enabled users and active committees whose username, display name, code or name starts with the prefix
     * (ignoring case), ordered by handle, at most {@code limit} (and never more than 50).
     */
    public List<MentionCandidate> mentionCandidates(String prefix, int limit) {
        var max = Math.min(limit, MAX_CANDIDATES);
        if (max <= 0) {
            return List.of();
        }
        var like = escapeLike(prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT)) + "%";
        var page = PageRequest.of(0, max);
        var found = new ArrayList<MentionCandidate>();
        users.findMentionable(like, page).forEach(u -> found.add(candidate(u)));
        committees.findMentionable(like, page).forEach(c -> found.add(candidate(c)));
        found.sort(Comparator.comparing((MentionCandidate c) -> c.handle().toLowerCase(Locale.ROOT))
                .thenComparing(MentionCandidate::kind));
        return List.copyOf(found.subList(0, Math.min(max, found.size())));
    }

    private static MentionCandidate candidate(UserAccount user) {
        var info = user.toInfo();
        return new MentionCandidate(MentionCandidate.Kind.USER, info.id(), info.username(), info.displayName());
    }

    private static MentionCandidate candidate(Committee committee) {
        var info = committee.toInfo();
        return new MentionCandidate(MentionCandidate.Kind.COMMITTEE, info.id(), info.code(), info.name());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
