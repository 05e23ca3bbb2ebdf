package pk.gov.mashwara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directory.MentionCandidate.Kind;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class PeopleIT {

    @Autowired
    People people;

    @Autowired
    DirectoryService directory;

    @Autowired
    Fixtures fixtures;

    @Test
    void principal_is_the_one_log_in_builds_without_the_password_hash() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);

        var principal = people.principal(drafter.id()).orElseThrow();

        assertThat(principal.getUsername()).isEqualTo(drafter.getUsername());
        assertThat(principal.roles()).containsExactly(Role.COMMITTEE_DRAFTER);
        assertThat(principal.committeeCode()).isEqualTo("PTA");
        assertThat(principal.preferredLanguage()).isEqualTo("en");
        assertThat(principal.getPassword()).isNull();
        assertThat(people.principal(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void by_username_ignores_case_and_surrounding_space() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        var info = people.byUsername("  " + member.getUsername().toUpperCase() + " ").orElseThrow();

        assertThat(info.id()).isEqualTo(member.id());
        assertThat(people.byUsername("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(people.byUsername(null)).isEmpty();
    }

    @Test
    void members_of_a_committee_are_its_enabled_users() {
        var committee = as(systemAdministrator(), () -> directory.createCommittee(new CommitteeForm(code(),
                "Members test division", null, CommitteeType.DIVISION, null, true)));
        var one = createUser(committee.id(), true);
        var two = createUser(committee.id(), true);
        createUser(committee.id(), false);

        assertThat(people.membersOf(committee.id())).extracting(UserInfo::id).containsExactlyInAnyOrder(one, two);
    }

    @Test
    void mention_candidates_match_the_start_of_names_and_codes_ignoring_case() {
        var code = code();
        var committee = as(systemAdministrator(), () -> directory.createCommittee(new CommitteeForm(code,
                "Zeta mentions board", null, CommitteeType.DIVISION, null, true)));
        var prefix = code.toLowerCase();
        var username = prefix + ".drafter";
        var user = as(systemAdministrator(), () -> directory.createUser(new UserForm(username, "Zeta Person", null,
                committee.id(), EnumSet.of(Role.COMMITTEE_DRAFTER), true, Fixtures.PASSWORD)));
        as(systemAdministrator(), () -> directory.createUser(new UserForm(prefix + ".gone", "Gone", null,
                committee.id(), EnumSet.of(Role.COMMITTEE_DRAFTER), false, Fixtures.PASSWORD)));

        assertThat(people.mentionCandidates(code.substring(0, code.length() - 1), 10)).containsExactly(
                new MentionCandidate(Kind.COMMITTEE, committee.id(), code, "Zeta mentions board"),
                new MentionCandidate(Kind.USER, user.id(), username, "Zeta Person"));
        assertThat(people.mentionCandidates("zeta mentions", 10)).extracting(MentionCandidate::id)
                .contains(committee.id()).doesNotContain(user.id());
        assertThat(people.mentionCandidates("ZETA PERS", 50)).extracting(MentionCandidate::handle).contains(username);
        // the middle of a name is not its start, and a wildcard is taken literally
        assertThat(people.mentionCandidates("mentions board", 50)).isEmpty();
        assertThat(people.mentionCandidates("%" + prefix, 50)).isEmpty();
        assertThat(people.mentionCandidates(prefix, 1)).hasSize(1);
        assertThat(people.mentionCandidates(prefix, 0)).isEmpty();
    }

    private long createUser(long committeeId, boolean enabled) {
        return as(systemAdministrator(), () -> directory.createUser(new UserForm("m" + UUID.randomUUID().toString()
                .substring(0, 8), "Member", null, committeeId, EnumSet.of(Role.COMMITTEE_DRAFTER), enabled,
                Fixtures.PASSWORD))).id();
    }

    /** A committee code no other test uses (upper-case letters, starting with Z). */
    private static String code() {
        return "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase().replaceAll("[0-9]", "Q");
    }
}
