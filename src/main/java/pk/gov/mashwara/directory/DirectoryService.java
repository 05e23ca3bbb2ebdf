package pk.gov.mashwara.directory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import pk.gov.mashwara.directory.domain.Committee;
import pk.gov.mashwara.directory.domain.CommitteeChanges;
import pk.gov.mashwara.directory.domain.CommitteeRepository;
import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Committees and users. Everyone signed in may read the committee list (drafts name their committee);
 * only administrators change anything, and the rules that keep roles and committees consistent live here.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DirectoryService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final CommitteeRepository committees;
    private final UserAccountRepository users;
    private final UserRules userRules;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DirectoryService(CommitteeRepository committees, UserAccountRepository users, UserRules userRules,
            PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.committees = committees;
        this.users = users;
        this.userRules = userRules;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Someone named on a page (who created, uploaded, acted, signed) as a reader should meet them: by name and
     * office ("Kamran Akhtar, NSMCWG secretary"), not by user id. Names and offices are what every signed-in user
     * sees on the drafts they can see anyway.
     */
    @Transactional(readOnly = true)
    public String nameAndOffice(String username, java.util.Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> People.nameAndOffice(account.toInfo(), locale)).orElse(username);
    }

    /**
     * As {@link #nameAndOffice}, with the committee by its name in the reader's language rather than its code
     * ("Amna Rauf, Committee officer (Cabinet Division)", in Urdu the role and the Division in Urdu): for a page
     * where the code would read as a raw value, such as a draft's routing history.
     */
    @Transactional(readOnly = true)
    public String nameAndOfficeInWords(String username, java.util.Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> People.nameAndOffice(account.toInfo(), locale, code -> committees.findByCode(code)
                        .map(c -> c.toInfo().displayName(locale)).orElse(code)))
                .orElse(username);
    }

    /** The person's name alone ("Kamran Akhtar"); the user id for an account that no longer exists. */
    @Transactional(readOnly = true)
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> account.toInfo().displayName()).orElse(username);
    }

    /**
     * The person's office alone, as {@link #nameAndOffice} gives it after the name ("NSMCWG secretary", "Drafter
     * (PTA)"); empty for an account that no longer exists.
     */
    @Transactional(readOnly = true)
    public String office(String username, java.util.Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> People.office(account.toInfo(), locale)).orElse("");
    }

    /**
     * All committees, by code. Asked for by nearly every request (drafts name their committee), and changed a few
     * times a year: the list is kept and read again only after a committee has changed.
     */
    @Transactional(readOnly = true)
    public List<CommitteeInfo> committees() {
        var held = committeeList;
        if (held != null && held.generation() == CommitteeChanges.generation()) {
            return held.committees();
        }
        var generation = CommitteeChanges.generation();
        var read = committees.findAllByOrderByCode().stream().map(Committee::toInfo).toList();
        // Kept for others only when read by a transaction of its own, begun after the last change: a caller's
        // transaction joined here may read an older snapshot (MariaDB's repeatable read), not to be handed on
        if (generation == CommitteeChanges.generation()
                && TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            committeeList = new CommitteeList(generation, read);
        }
        return read;
    }

    /** The committee list as read when the committees had changed {@code generation} times. */
    private record CommitteeList(long generation, List<CommitteeInfo> committees) {
    }

    private volatile CommitteeList committeeList;

    @Transactional(readOnly = true)
    public CommitteeInfo committee(long id) {
        return committees.findById(id).map(Committee::toInfo)
                .orElseThrow(() -> new NotFoundException("error.committee.notFound", id));
    }

    @Transactional(readOnly = true)
    public Optional<CommitteeInfo> committeeByCode(String code) {
        return code == null ? Optional.empty()
                : committees.findByCode(code.strip().toUpperCase(Locale.ROOT)).map(Committee::toInfo);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CommitteeInfo createCommittee(CommitteeForm form) {
        var code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.onField("code", "error.committee.code");
        }
        if (committees.existsByCode(code)) {
            throw new ConflictException("error.committee.codeTaken", code);
        }
        var committee = new Committee(code, requireName(form.name()), blankToNull(form.nameUr()),
                requireType(form.type()), clock.instant());
        committee.update(requireName(form.name()), blankToNull(form.nameUr()), form.type(),
                ministryFor(form.type(), form.administrativeMinistryId(), null), form.active());
        return committees.save(committee).toInfo();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CommitteeInfo updateCommittee(long id, CommitteeForm form) {
        var committee = committees.findById(id).orElseThrow(() -> new NotFoundException("error.committee.notFound", id));
        if (committee.isNsmcwg() && (form.type() != CommitteeType.WORKING_GROUP || !form.active())) {
            throw new InvalidInputException("error.committee.nsmcwgFixed");
        }
        committee.update(requireName(form.name()), blankToNull(form.nameUr()), requireType(form.type()),
                ministryFor(form.type(), form.administrativeMinistryId(), id), form.active());
        return committee.toInfo();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserInfo> users(String text, Pageable pageable) {
        var like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return users.search(like, pageable).map(UserAccount::toInfo);
    }

    /** How many user accounts there are, and how many of them are disabled. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserCounts userCounts() {
        return new UserCounts(users.count(), users.countByEnabledFalse());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserInfo createUser(UserForm form) {
        var username = userRules.username(form.username());
        if (users.existsByUsername(username)) {
            throw new ConflictException("error.user.usernameTaken", username);
        }
        var committee = userRules.committeeFor(form.roles(), form.committeeId());
        userRules.requirePassword(form.password());
        userRules.checkSingleFocalPerson(form.roles(), form.enabled(), -1);
        userRules.checkSingleSpokesperson(form.roles(), form.enabled(), -1);
        var home = userRules.homeFor(committee, form.homeCommitteeId());
        userRules.checkDesignate(committee, form.roles(), form.secretaryDesignate());
        var account = new UserAccount(username, userRules.displayName(form.displayName()), userRules.email(form.email()),
                passwordEncoder.encode(form.password()), committee, form.roles(), form.enabled(), clock.instant());
        account.changeHome(home);
        account.designate(form.secretaryDesignate());
        return users.save(account).toInfo();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserInfo updateUser(long id, UserForm form) {
        var account = users.findById(id).orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        var committee = userRules.committeeFor(form.roles(), form.committeeId());
        if (currentUser.require().id() == id && (!form.enabled() || !form.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("error.user.selfLockout");
        }
        userRules.checkSingleFocalPerson(form.roles(), form.enabled(), id);
        userRules.checkSingleSpokesperson(form.roles(), form.enabled(), id);
        var home = userRules.homeFor(committee, form.homeCommitteeId());
        userRules.checkDesignate(committee, form.roles(), form.secretaryDesignate());
        account.changeHome(home);
        account.designate(form.secretaryDesignate());
        account.update(userRules.displayName(form.displayName()), userRules.email(form.email()), committee, form.roles(),
                form.enabled());
        if (form.password() != null && !form.password().isEmpty()) {
            userRules.requirePassword(form.password());
            account.changePasswordHash(passwordEncoder.encode(form.password()));
        }
        events.publishEvent(new pk.gov.mashwara.security.AccountChanged(account.getUsername()));
        return account.toInfo();
    }

    /** The signed-in user's own language preference, used at their next log-in. */
    public void changeMyLanguage(String language) {
        if (!"en".equals(language) && !"ur".equals(language)) {
            throw new InvalidInputException("error.user.language");
        }
        users.findById(currentUser.require().id()).ifPresent(u -> {
            u.changeLocale(language);
            events.publishEvent(new pk.gov.mashwara.security.AccountChanged(u.getUsername()));
        });
    }

    private Committee ministryFor(CommitteeType type, Long ministryId, Long selfId) {
        if (ministryId == null) {
            return null;
        }
        if (type != CommitteeType.REGULATOR) {
            throw InvalidInputException.onField("ministry", "error.committee.ministryOnlyForRegulator");
        }
        var ministry = committees.findById(ministryId)
                .orElseThrow(() -> new NotFoundException("error.committee.notFound", ministryId));
        if (ministry.getType() != CommitteeType.MINISTRY || ministry.getId().equals(selfId)) {
            throw InvalidInputException.onField("ministry", "error.committee.ministryMustBeMinistry");
        }
        return ministry;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw InvalidInputException.onField("name", "error.committee.name");
        }
        return name.strip();
    }

    private static CommitteeType requireType(CommitteeType type) {
        if (type == null) {
            throw InvalidInputException.onField("type", "error.committee.type");
        }
        return type;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
