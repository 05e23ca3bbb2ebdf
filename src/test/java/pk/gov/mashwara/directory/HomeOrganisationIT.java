package pk.gov.mashwara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/**
 * A member of the NSMCWG has a home organisation: set by the administrator, checked, shown beside the member's name
 * and comments, and never a source of rights in that organisation.
 */
@SpringBootTest
@Import(Fixtures.class)
class HomeOrganisationIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions threads;

    private MashwaraUser member(String name, String homeCode) {
        var username = "h" + UUID.randomUUID().toString().substring(0, 10);
        as(systemAdministrator(), () -> directory.createUser(new UserForm(username, name, null,
                fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, Fixtures.PASSWORD,
                homeCode == null ? null : fixtures.committee(homeCode))));
        return fixtures.load(username);
    }

    private UserInfo info(MashwaraUser user) {
        return as(systemAdministrator(), () -> directory.users(user.getUsername(),
                org.springframework.data.domain.Pageable.ofSize(5))).getContent().stream()
                .filter(u -> u.username().equals(user.getUsername())).findFirst().orElseThrow();
    }

    @Test
    void a_member_is_named_with_the_organisation_he_comes_from_in_english_and_urdu() {
        var farah = member("Farah Naz", "MOFA");

        var info = info(farah);
        assertThat(info.home()).isNotNull();
        assertThat(info.home().code()).isEqualTo("MOFA");
        assertThat(as(farah, () -> directory.nameAndOffice(farah.getUsername(), Locale.ENGLISH)))
                .isEqualTo("Farah Naz, NSMCWG member · Ministry of Foreign Affairs");
        assertThat(as(farah, () -> directory.nameAndOffice(farah.getUsername(), Locale.forLanguageTag("ur"))))
                .contains("رکن", " · ", "وزارتِ خارجہ").doesNotContain("Foreign");

        // the administrator changes it, and takes it away
        as(systemAdministrator(), () -> directory.updateUser(farah.id(), new UserForm(farah.getUsername(), "Farah Naz",
                null, fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, null,
                fixtures.committee("COMMERCE"))));
        assertThat(info(farah).home().code()).isEqualTo("COMMERCE");
        as(systemAdministrator(), () -> directory.updateUser(farah.id(), new UserForm(farah.getUsername(), "Farah Naz",
                null, fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, null, null)));
        assertThat(info(farah).home()).isNull();
    }

    @Test
    void only_members_of_the_nsmcwg_have_one_and_it_is_another_committee_of_the_directory() {
        var committeeUser = new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "Ali Raza", null,
                fixtures.committee("MOIT"), EnumSet.of(Role.COMMITTEE_DRAFTER), true, Fixtures.PASSWORD,
                fixtures.committee("MOFA"));
        assertThatThrownBy(() -> as(systemAdministrator(), () -> directory.createUser(committeeUser)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("homeCommittee");
                    assertThat(e.messageKey()).isEqualTo("error.user.homeOnlyForNsmcwg");
                });
        var nsmcwgHome = new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "Sana Iqbal", null,
                fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, Fixtures.PASSWORD,
                fixtures.committee("NSMCWG"));
        assertThatThrownBy(() -> as(systemAdministrator(), () -> directory.createUser(nsmcwgHome)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.user.homeIsNsmcwg"));
        var unknown = new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "Sana Iqbal", null,
                fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, Fixtures.PASSWORD, 987_654_321L);
        assertThatThrownBy(() -> as(systemAdministrator(), () -> directory.createUser(unknown)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("homeCommittee"));
    }

    @Test
    void only_a_committee_officer_of_a_division_is_made_the_secretarys_designate_and_the_mark_can_be_taken_away() {
        var officer = new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "Rizwan Ali", null,
                fixtures.committee("LAW"), EnumSet.of(Role.COMMITTEE_OFFICER), true, Fixtures.PASSWORD, null, true);
        var created = as(systemAdministrator(), () -> directory.createUser(officer));
        assertThat(created.secretaryDesignate()).isTrue();
        as(systemAdministrator(), () -> directory.updateUser(created.id(), new UserForm(officer.username(),
                "Rizwan Ali", null, fixtures.committee("LAW"), EnumSet.of(Role.COMMITTEE_OFFICER), true, null, null,
                false)));
        assertThat(info(fixtures.load(officer.username())).secretaryDesignate()).isFalse();
        for (var refused : java.util.List.of(
                new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "A drafter", null,
                        fixtures.committee("LAW"), EnumSet.of(Role.COMMITTEE_DRAFTER), true, Fixtures.PASSWORD, null, true),
                new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "A member", null,
                        fixtures.committee("NSMCWG"), EnumSet.of(Role.NSMCWG_MEMBER), true, Fixtures.PASSWORD, null, true),
                new UserForm("h" + UUID.randomUUID().toString().substring(0, 10), "An auditor", null, null,
                        EnumSet.of(Role.AUDITOR), true, Fixtures.PASSWORD, null, true))) {
            assertThatThrownBy(() -> as(systemAdministrator(), () -> directory.createUser(refused)))
                    .as(refused.displayName()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("secretaryDesignate");
                        assertThat(e.messageKey()).isEqualTo("error.user.designateOnlyForOfficer");
                    });
        }
    }

    @Test
    void a_member_from_moit_gets_no_right_in_moit() {
        var fromMoit = member("Usman Ali", "MOIT");
        var moitDrafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        // a draft MoIT has not shared with the NSMCWG (never submitted)
        var draft = fixtures.draft(moitDrafter, unique("MoIT's own draft"));

        assertThatThrownBy(() -> as(fromMoit, () -> drafts.get(draft.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(fromMoit, () -> drafts.list(pk.gov.mashwara.draft.DraftFilter.none(),
                org.springframework.data.domain.Pageable.ofSize(500))).map(d -> d.id()).getContent())
                .doesNotContain(draft.id());
        assertThatThrownBy(() -> as(fromMoit, () -> drafts.addVersion(draft.id(), "mine.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf(unique("not his")))))).isInstanceOfAny(
                        NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> as(fromMoit, () -> drafts.requireMayCreateFor(fixtures.committee("MOIT"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fromMoit, () -> drafts.committeesForNewDrafts())).isEmpty();
    }

    @Test
    void a_comment_carries_its_author_s_home_organisation() {
        var farah = member("Farah Naz", "MOFA");
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.submittedDraft(drafter, officer, unique("Commented by MoFA"));

        var thread = as(farah, () -> threads.start(new NewThread(draft.id(), 1, null,
                "Foreign platforms need a local representative.", false)));

        assertThat(thread.opening().authorName()).isEqualTo("Farah Naz");
        assertThat(thread.opening().authorHome()).isNotNull();
        assertThat(thread.opening().authorHome().name(Locale.ENGLISH)).isEqualTo("Ministry of Foreign Affairs");
        var reply = as(drafter, () -> threads.reply(thread.id(), thread.opening().id(), "Noted."));
        assertThat(reply.comments()).filteredOn(c -> c.author().equals(drafter.getUsername())).singleElement()
                .satisfies(c -> assertThat(c.authorHome()).isNull());
    }
}
