package pk.gov.mashwara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class DirectoryServiceIT {

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    DirectoryService directory;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PasswordEncoder passwordEncoder;

    /** Everyone but the administrator, each in a committee that fits the role. */
    private MashwaraUser nonAdministrator(Role role) {
        return switch (role) {
            case COMMITTEE_DRAFTER, COMMITTEE_OFFICER -> fixtures.user("MOIT", role);
            case NSMCWG_MEMBER, NSMCWG_SECRETARY -> fixtures.user("NSMCWG", role);
            case FOCAL_PERSON -> fixtures.focalPerson();
            case SPOKESPERSON -> fixtures.namedUser("test.spokesperson", "NSMCWG", role);
            case AUDITOR -> fixtures.user(null, role);
            case PMO_MONITOR -> fixtures.user("PMO", role);
            case NSA_LEAD -> fixtures.user("NSD", role);
            case ADMIN -> throw new IllegalArgumentException("not for administrators");
        };
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_an_administrator_changes_users_and_committees(Role role) {
        var user = nonAdministrator(role);
        var victim = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var moit = fixtures.committee("MOIT");
        var code = uniqueCode();

        assertThatThrownBy(() -> as(user, () -> directory.createUser(drafterForm(uniqueUsername(), moit))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> directory.updateUser(victim.id(), new UserForm(victim.getUsername(),
                "Renamed", null, moit, EnumSet.of(Role.ADMIN), true, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> directory.createCommittee(new CommitteeForm(code, "Finance Division",
                null, CommitteeType.DIVISION, null, true)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> directory.updateCommittee(moit, new CommitteeForm("MOIT", "Renamed",
                null, CommitteeType.MINISTRY, null, false)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> directory.users(null, Pageable.ofSize(10))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.load(victim.getUsername()).roles()).containsExactly(Role.COMMITTEE_DRAFTER);
        assertThat(as(user, () -> directory.committeeByCode(code))).isEmpty();
        assertThat(as(user, () -> directory.committee(moit)).name())
                .isEqualTo("Ministry of Information Technology & Telecommunication");
    }

    @Test
    void nobody_signed_in_reads_or_changes_nothing() {
        assertThatThrownBy(() -> Fixtures.anonymously(() -> directory.committees()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> directory.createUser(drafterForm(uniqueUsername(),
                fixtures.committee("MOIT"))))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_administrator_creates_a_user_whose_password_is_stored_as_bcrypt() {
        var admin = fixtures.user(null, Role.ADMIN);
        var username = uniqueUsername();

        var created = as(admin, () -> directory.createUser(new UserForm("  " + username.toUpperCase() + " ",
                "  Asma Khan ", "asma.khan@moitt.gov.pk", fixtures.committee("PTA"),
                EnumSet.of(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER), true, Fixtures.PASSWORD)));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Asma Khan");
        assertThat(created.committeeCode()).isEqualTo("PTA");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
        var hash = fixtures.load(username).getPassword();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD);
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, hash)).isTrue();
    }

    @Test
    void a_new_password_replaces_the_old_one_and_an_empty_one_keeps_it() {
        var admin = fixtures.user(null, Role.ADMIN);
        var user = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var form = new UserForm(user.getUsername(), "Renamed", null, user.committeeId(),
                EnumSet.of(Role.COMMITTEE_DRAFTER), true, "");

        as(admin, () -> directory.updateUser(user.id(), form));
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, fixtures.load(user.getUsername()).getPassword())).isTrue();

        as(admin, () -> directory.updateUser(user.id(), withPassword(form, "A-new-password-2")));
        var hash = fixtures.load(user.getUsername()).getPassword();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("A-new-password-2", hash)).isTrue();
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, hash)).isFalse();
        assertThat(fixtures.load(user.getUsername()).displayName()).isEqualTo("Renamed");
    }

    @Test
    void committee_and_nsmcwg_roles_cannot_be_mixed() {
        assertRefused(new UserForm(uniqueUsername(), "Mixed", null, fixtures.committee("MOIT"),
                EnumSet.of(Role.COMMITTEE_DRAFTER, Role.NSMCWG_MEMBER), true, Fixtures.PASSWORD),
                InvalidInputException.class, "error.user.mixedRoles");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON" })
    void an_nsmcwg_role_belongs_to_the_nsmcwg(Role role) {
        assertRefused(new UserForm(uniqueUsername(), "Outside", null, fixtures.committee("LAW"), EnumSet.of(role),
                true, Fixtures.PASSWORD), InvalidInputException.class, "error.user.nsmcwgRoleOutside");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "COMMITTEE_DRAFTER", "COMMITTEE_OFFICER" })
    void a_committee_role_does_not_belong_to_the_nsmcwg(Role role) {
        assertRefused(new UserForm(uniqueUsername(), "Inside", null, fixtures.committee("NSMCWG"), EnumSet.of(role),
                true, Fixtures.PASSWORD), InvalidInputException.class, "error.user.committeeRoleInNsmcwg");
    }

    @Test
    void a_committee_role_needs_a_committee() {
        assertRefused(new UserForm(uniqueUsername(), "Nowhere", null, null, EnumSet.of(Role.COMMITTEE_DRAFTER), true,
                Fixtures.PASSWORD), InvalidInputException.class, "error.user.committeeRequired");
    }

    @Test
    void there_is_only_one_active_focal_person() {
        var focal = fixtures.focalPerson();
        var admin = fixtures.user(null, Role.ADMIN);
        var nsmcwg = fixtures.committee("NSMCWG");
        var second = uniqueUsername();

        assertRefused(new UserForm(second, "Second focal person", null, nsmcwg, EnumSet.of(Role.FOCAL_PERSON), true,
                Fixtures.PASSWORD), ConflictException.class, "error.user.oneFocalPerson");

        // A disabled stand-in may be kept ready, but not switched on while the focal person is active
        var standIn = as(admin, () -> directory.createUser(new UserForm(second, "Stand-in", null, nsmcwg,
                EnumSet.of(Role.FOCAL_PERSON), false, Fixtures.PASSWORD)));
        assertThatThrownBy(() -> as(admin, () -> directory.updateUser(standIn.id(), new UserForm(second, "Stand-in",
                null, nsmcwg, EnumSet.of(Role.FOCAL_PERSON), true, null)))).isInstanceOf(ConflictException.class);
        // The focal person may be edited without tripping over themselves
        as(admin, () -> directory.updateUser(focal.id(), new UserForm(focal.getUsername(), "Test focal person", null,
                nsmcwg, EnumSet.of(Role.FOCAL_PERSON), true, null)));
        assertThat(fixtures.load(focal.getUsername()).isEnabled()).isTrue();
        assertThat(fixtures.load(second).isEnabled()).isFalse();
    }

    @Test
    void a_short_password_is_refused() {
        assertRefused(drafterForm(uniqueUsername(), fixtures.committee("MOIT"), "short-pw1"),
                InvalidInputException.class, "error.user.password");
        assertRefused(drafterForm(uniqueUsername(), fixtures.committee("MOIT"), null), InvalidInputException.class,
                "error.user.password");
    }

    @Test
    void a_short_new_password_is_refused_on_update_and_the_old_one_kept() {
        var admin = fixtures.user(null, Role.ADMIN);
        var user = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);

        assertThatThrownBy(() -> as(admin, () -> directory.updateUser(user.id(), new UserForm(user.getUsername(),
                "Name", null, user.committeeId(), EnumSet.of(Role.COMMITTEE_DRAFTER), true, "2short"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, fixtures.load(user.getUsername()).getPassword())).isTrue();
    }

    @Test
    void a_user_name_is_taken_once_whatever_its_case() {
        var existing = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);

        assertRefused(drafterForm(existing.getUsername(), fixtures.committee("MOIT")), ConflictException.class,
                "error.user.usernameTaken");
        assertRefused(drafterForm(" " + existing.getUsername().toUpperCase() + " ", fixtures.committee("MOIT")),
                ConflictException.class, "error.user.usernameTaken");
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        var admin = fixtures.user(null, Role.ADMIN);

        assertThatThrownBy(() -> as(admin, () -> directory.updateUser(admin.id(), new UserForm(admin.getUsername(),
                "Me", null, null, EnumSet.of(Role.AUDITOR), true, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.user.selfLockout"));
        assertThatThrownBy(() -> as(admin, () -> directory.updateUser(admin.id(), new UserForm(admin.getUsername(),
                "Me", null, null, EnumSet.of(Role.ADMIN), false, null))))
                .isInstanceOf(InvalidInputException.class);

        var me = fixtures.load(admin.getUsername());
        assertThat(me.roles()).containsExactly(Role.ADMIN);
        assertThat(me.isEnabled()).isTrue();
        // Another administrator may do it
        var other = fixtures.user(null, Role.ADMIN);
        as(other, () -> directory.updateUser(admin.id(), new UserForm(admin.getUsername(), "Me", null, null,
                EnumSet.of(Role.AUDITOR), true, null)));
        assertThat(fixtures.load(admin.getUsername()).roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void a_regulator_reports_through_a_ministry() {
        var admin = fixtures.user(null, Role.ADMIN);
        var law = fixtures.committee("LAW");
        var moit = fixtures.committee("MOIT");

        assertThatThrownBy(() -> as(admin, () -> directory.createCommittee(new CommitteeForm(uniqueCode(),
                "A regulator under a division", null, CommitteeType.REGULATOR, law, true))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.committee.ministryMustBeMinistry"));
        assertThatThrownBy(() -> as(admin, () -> directory.createCommittee(new CommitteeForm(uniqueCode(),
                "A division with a ministry", null, CommitteeType.DIVISION, moit, true))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.committee.ministryOnlyForRegulator"));

        var code = uniqueCode();
        var regulator = as(admin, () -> directory.createCommittee(new CommitteeForm(code, "Frequency Allocation Board",
                null, CommitteeType.REGULATOR, moit, true)));
        assertThat(regulator.administrativeMinistryCode()).isEqualTo("MOIT");
        assertThatThrownBy(() -> as(admin, () -> directory.updateCommittee(regulator.id(), new CommitteeForm(code,
                "Frequency Allocation Board", null, CommitteeType.REGULATOR, regulator.id(), true))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(admin, () -> directory.committee(regulator.id())).administrativeMinistryId()).isEqualTo(moit);
    }

    @Test
    void the_seeded_regulators_report_through_their_ministries() {
        var admin = fixtures.user(null, Role.ADMIN);

        assertThat(as(admin, () -> directory.committeeByCode("PTA")).orElseThrow().administrativeMinistryCode())
                .isEqualTo("MOIT");
        assertThat(as(admin, () -> directory.committeeByCode("pemra")).orElseThrow().administrativeMinistryCode())
                .isEqualTo("MOIB");
    }

    @Test
    void a_ministry_can_be_added_and_then_has_drafters() {
        var admin = fixtures.user(null, Role.ADMIN);
        var form = new CommitteeForm("INTERIOR", "Ministry of Interior", "وزارتِ داخلہ", CommitteeType.MINISTRY, null, true);

        var existing = as(admin, () -> directory.committeeByCode("INTERIOR"));
        if (existing.isEmpty()) {
            var interior = as(admin, () -> directory.createCommittee(form));
            assertThat(interior.code()).isEqualTo("INTERIOR");
            assertThat(interior.type()).isEqualTo(CommitteeType.MINISTRY);
            assertThat(interior.active()).isTrue();
            assertThat(interior.nameUr()).isEqualTo("وزارتِ داخلہ");
        } else {
            // A database kept from an earlier run (MariaDB) has it already; a second one is refused
            assertThatThrownBy(() -> as(admin, () -> directory.createCommittee(form)))
                    .isInstanceOf(ConflictException.class);
        }
        assertThat(as(admin, () -> directory.committees())).extracting(CommitteeInfo::code)
                .contains("INTERIOR", "FINANCE");
        var drafter = fixtures.user("INTERIOR", Role.COMMITTEE_DRAFTER);
        assertThat(drafter.committeeCode()).isEqualTo("INTERIOR");
    }

    @Test
    void committee_codes_are_validated_and_the_nsmcwg_stays_a_working_group() {
        var admin = fixtures.user(null, Role.ADMIN);

        assertThatThrownBy(() -> as(admin, () -> directory.createCommittee(new CommitteeForm("1-bad code", "Bad", null,
                CommitteeType.DIVISION, null, true)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(admin, () -> directory.createCommittee(new CommitteeForm("moit", "Duplicate", null,
                CommitteeType.MINISTRY, null, true)))).isInstanceOf(ConflictException.class);
        var nsmcwg = fixtures.committee("NSMCWG");
        assertThatThrownBy(() -> as(admin, () -> directory.updateCommittee(nsmcwg, new CommitteeForm("NSMCWG",
                "NSMCWG", null, CommitteeType.DIVISION, null, true)))).isInstanceOf(InvalidInputException.class);
        assertThat(as(admin, () -> directory.committee(nsmcwg)).type()).isEqualTo(CommitteeType.WORKING_GROUP);
    }

    @Test
    void the_committee_list_is_kept_until_a_committee_changes_and_a_change_shows_at_once() {
        var admin = fixtures.user(null, Role.ADMIN);
        var first = as(admin, () -> directory.committees());
        assertThat(as(admin, () -> directory.committees())).as("read once, then kept").isSameAs(first);

        var code = "KEPT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT).replace('-', '0');
        var created = as(admin, () -> directory.createCommittee(new CommitteeForm(code, "Kept Division", null,
                CommitteeType.DIVISION, null, true)));
        var afterCreate = as(admin, () -> directory.committees());
        assertThat(afterCreate).isNotSameAs(first).extracting(CommitteeInfo::code).contains(code);

        as(admin, () -> directory.updateCommittee(created.id(), new CommitteeForm(code, "Renamed Division", null,
                CommitteeType.DIVISION, null, false)));
        assertThat(as(admin, () -> directory.committees())).filteredOn(c -> c.code().equals(code))
                .singleElement().satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Renamed Division");
                    assertThat(c.active()).isFalse();
                });
    }

    @Test
    void a_list_read_inside_an_older_transaction_is_not_kept_for_others() throws Exception {
        var admin = fixtures.user(null, Role.ADMIN);
        var code = "SNAP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT).replace('-', '0');
        var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
        outer.setReadOnly(true);
        outer.executeWithoutResult(status -> as(admin, () -> {
            // the outer transaction reads first: on MariaDB (repeatable read) its snapshot is now fixed
            assertThat(directory.committeeByCode("MOIT")).isPresent();
            var created = java.util.concurrent.CompletableFuture.runAsync(() -> as(admin, () -> directory.createCommittee(
                    new CommitteeForm(code, "Snapshot Division", null, CommitteeType.DIVISION, null, true))));
            created.join();
            // read again inside the old snapshot: it may lack the new committee, and must not be kept
            directory.committees();
        }));
        assertThat(as(admin, () -> directory.committees())).extracting(CommitteeInfo::code).contains(code);
    }

    // --- helpers ---

    private void assertRefused(UserForm form, Class<? extends UserFacingException> type, String messageKey) {
        var admin = fixtures.user(null, Role.ADMIN);
        assertThatThrownBy(() -> as(admin, () -> directory.createUser(form)))
                .isInstanceOfSatisfying(type, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        var username = form.username() == null ? "" : form.username().strip().toLowerCase();
        var matching = as(admin, () -> directory.users(username, Pageable.ofSize(10))).getContent();
        if (!"error.user.usernameTaken".equals(messageKey)) {
            assertThat(matching).extracting(UserInfo::username).doesNotContain(username);
        }
    }

    private static UserForm drafterForm(String username, long committeeId) {
        return drafterForm(username, committeeId, Fixtures.PASSWORD);
    }

    private static UserForm drafterForm(String username, long committeeId, String password) {
        return new UserForm(username, "Test drafter", null, committeeId, EnumSet.of(Role.COMMITTEE_DRAFTER), true,
                password);
    }

    private static UserForm withPassword(UserForm form, String password) {
        return new UserForm(form.username(), form.displayName(), form.email(), form.committeeId(), Set.copyOf(form.roles()),
                form.enabled(), password);
    }

    private static String uniqueUsername() {
        return "d-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
