package pk.gov.mashwara.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.LoginThrottles;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.ExtractionAdminService;

/** Each role's desk as the service serves it: what waits, what is new, and what each role may not see. */
@SpringBootTest
@Import(Fixtures.class)
class DeskIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DeskService desk;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions threads;
    @Autowired
    RoutingService routing;
    @Autowired
    DirectoryService directory;
    @Autowired
    ExtractionAdminService extraction;
    @Autowired
    LoginThrottles throttles;
    @Autowired
    SearchService search;

    static Optional<DeskItem> item(List<DeskItem> items, long draftId) {
        return items.stream().filter(i -> i.draftId() == draftId).findFirst();
    }

    private DeskItem memberItem(MashwaraUser member, long draftId) {
        return item(as(member, () -> desk.openForComments(0, DeskService.MAX_PAGE)), draftId).orElseThrow();
    }

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.audit.AuditLog audit;

    @Test
    void a_member_sees_a_draft_open_for_comments_with_its_deadline_and_what_is_new_until_opening_it() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        long id = fixtures.submittedTextDraft(drafter, officer, unique("Desk review draft"),
                "Every platform shall appoint a grievance officer within seven days.").id();
        var deadline = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        as(secretary, () -> windows.setDeadline(id, deadline));

        // never opened: everything is new
        var first = memberItem(member, id);
        assertThat(first.kind()).isEqualTo(DeskItem.Kind.COMMENT);
        assertThat(first.status()).isEqualTo(DraftStatus.UNDER_REVIEW);
        assertThat(first.actions()).extracting(DeskItem.DueAction::name).containsExactly(DeskService.COMMENT_ACTION);
        assertThat(first.deadline()).isEqualTo(deadline);
        assertThat(first.review().reviewDeadline()).isEqualTo(deadline);
        assertThat(first.review().daysLeft()).isBetween(2L, 3L);
        assertThat(first.review().lastLooked()).isNull();
        assertThat(first.review().newVersions()).isEqualTo(1);
        assertThat(first.review().anythingNew()).isTrue();
        assertThat(as(member, () -> desk.counts()).openForComments()).isEqualTo(as(member, () -> desk.openForCommentsCount()));

        // opening the draft clears its marks
        as(member, () -> desk.looked(id));
        var seen = memberItem(member, id);
        assertThat(seen.review().lastLooked()).isNotNull();
        assertThat(seen.review().newVersions()).isZero();
        assertThat(seen.review().newReplies()).isZero();
        assertThat(seen.review().anythingNew()).isFalse();

        // the member comments; the member's own comment is not news to them
        var thread = as(member, () -> threads.start(new NewThread(id, 1, null, "Seven days is too short.", false)));
        assertThat(memberItem(member, id).review().newReplies()).isZero();
        // a reply from the secretary is
        as(secretary, () -> threads.reply(thread.id(), thread.comments().getFirst().id(),
                "The committee will be asked to allow fourteen days for the appointment of the officer."));
        var news = memberItem(member, id).review();
        assertThat(news.newReplies()).isEqualTo(1);
        assertThat(news.newVersions()).isZero();
        assertThat(news.latestReplyBy()).isEqualTo(secretary.displayName());
        assertThat(news.latestReply()).startsWith("The committee will be asked").endsWith("…").hasSizeLessThanOrEqualTo(80);

        // opened again: nothing new
        as(member, () -> desk.looked(id));
        assertThat(memberItem(member, id).review().anythingNew()).isFalse();

        // returned for revision, a new version comes back to the working group: it is new to the member
        act(secretary, id, "return-for-revision", "Allow fourteen days.");
        assertThat(item(as(member, () -> desk.openForComments(0, DeskService.MAX_PAGE)), id)).isEmpty();
        fixtures.textVersion(drafter, id, "Every platform shall appoint a grievance officer within fourteen days.");
        act(drafter, id, "put-up", null);
        act(officer, id, "submit", null);
        var back = memberItem(member, id).review();
        assertThat(back.newVersions()).isEqualTo(1);
        assertThat(back.newReplies()).isZero();
        as(member, () -> desk.looked(id));
        assertThat(memberItem(member, id).review().newVersions()).isZero();

        // the same draft is on the desk's items after what waits (nothing waits for a member)
        var items = as(member, () -> desk.items(0, DeskService.MAX_PAGE));
        assertThat(item(items, id)).isPresent();
        assertThat(items).allMatch(i -> i.kind() == DeskItem.Kind.COMMENT);
        // another member's marks are their own
        var otherMember = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        assertThat(memberItem(otherMember, id).review().lastLooked()).isNull();
        // the committee does not comment as the working group: no such part on its desk
        assertThat(as(drafter, () -> desk.openForComments(0, 10))).isEmpty();
        assertThat(as(drafter, () -> desk.parts())).doesNotContain(DeskService.Part.OPEN_FOR_COMMENTS);
    }

    @Test
    void a_draft_whose_window_has_closed_leaves_the_members_desk() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        long id = fixtures.submittedDraft(drafter, officer, unique("Desk closing draft")).id();
        as(secretary, () -> windows.setDeadline(id, Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> item(as(member, () -> desk.openForComments(0, DeskService.MAX_PAGE)), id).isEmpty());
    }

    @Test
    void the_focal_person_finds_the_input_awaiting_clearance_with_its_deadline() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        long id = fixtures.submittedDraft(drafter, officer, unique("Desk clearance draft")).id();
        as(secretary, () -> windows.setDeadline(id, Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(15)).until(() -> as(secretary, () -> routing.routing(id)).actions().stream()
                .anyMatch(a -> a.name().equals("close-review") && a.possibleNow()));
        act(secretary, id, "close-review", null);
        fixtures.composeInput(secretary, id);
        act(secretary, id, "send-for-clearance", null);

        var row = item(as(focal, () -> desk.items(0, DeskService.MAX_PAGE)), id).orElseThrow();
        assertThat(row.kind()).isEqualTo(DeskItem.Kind.ACT);
        assertThat(row.status()).isEqualTo(DraftStatus.CLEARANCE);
        assertThat(row.actions()).extracting(DeskItem.DueAction::name).contains("clear");
        assertThat(row.deadline()).isNotNull().isAfter(row.since());
        assertThat(row.overdue()).isFalse();
        // it no longer waits for the secretary
        assertThat(item(as(secretary, () -> desk.items(0, DeskService.MAX_PAGE)), id)).isEmpty();
    }

    private void act(MashwaraUser user, long id, String action, String reason) {
        as(user, () -> routing.act(id, action, as(user, () -> routing.routing(id)).draftVersion(), reason));
    }

    @Test
    void a_committee_user_never_finds_another_committees_unsubmitted_draft() {
        var moibDrafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var moibOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long id = fixtures.draftAwaitingApproval(moibDrafter, unique("Desk internal draft")).id();

        assertThat(item(as(moibOfficer, () -> desk.items(0, DeskService.MAX_PAGE)), id)).isPresent();
        assertThat(item(as(ptaOfficer, () -> desk.items(0, DeskService.MAX_PAGE)), id)).isEmpty();
        assertThat(item(as(member, () -> desk.items(0, DeskService.MAX_PAGE)), id)).isEmpty();
        // nor can one note a look at it
        assertThatThrownBy(() -> as(ptaOfficer, () -> desk.looked(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_auditors_desk_shows_the_latest_verification_recorded_with_who_and_when() {
        var auditor = fixtures.user(null, Role.AUDITOR);
        var before = Instant.now().minusSeconds(1);
        var result = as(auditor, () -> desk.verifyChain());
        assertThat(result.intact()).isTrue();

        var latest = as(auditor, () -> desk.latestVerification()).orElseThrow();
        assertThat(latest.actor()).isEqualTo(auditor.getUsername());
        assertThat(latest.intact()).isTrue();
        assertThat(latest.checkedAt()).isAfter(before);
        assertThat(latest.detail()).startsWith("intact: " + result.entries() + " entries");
        assertThat(latest.entries()).isEqualTo(result.entries());
        assertThat(latest.headHash()).isEqualTo(result.headHash());
        assertThat(latest.brokenEntryId()).isNull();
        // the latest entries, newest first (other tests of this database may have written some dated later, on a
        // clock of their own, so the verification itself need not be among them)
        var recent = as(auditor, () -> desk.recentAuditEntries());
        assertThat(recent).isNotEmpty().extracting(e -> e.occurredAt())
                .isSortedAccordingTo(java.util.Comparator.<Instant>reverseOrder());
        var verifications = new pk.gov.mashwara.audit.AuditQuery(auditor.getUsername(), AuditAction.CHAIN_VERIFIED, null,
                null, null, null);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> as(auditor, () -> audit.count(verifications)) == 1);
        assertThat(as(auditor, () -> desk.parts())).contains(DeskService.Part.AUDIT)
                .doesNotContain(DeskService.Part.WAITING, DeskService.Part.ADMINISTRATION);

        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        assertThatThrownBy(() -> as(drafter, () -> desk.latestVerification())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> desk.verifyChain())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_administrators_desk_counts_users_disabled_ones_sign_in_limits_extraction_problems_and_the_index() {
        var admin = fixtures.user(null, Role.ADMIN);
        var before = as(admin, () -> desk.adminFigures());
        var name = "disabled." + java.util.UUID.randomUUID().toString().substring(0, 8);
        as(admin, () -> directory.createUser(new UserForm(name, "Disabled Desk User", null, null,
                Set.of(Role.AUDITOR), false, "Mashwara#2026-" + name)));

        var figures = as(admin, () -> desk.adminFigures());
        assertThat(figures.users()).isEqualTo(as(admin, () -> directory.users(null, Pageable.unpaged()).getTotalElements()));
        assertThat(figures.disabledUsers()).isEqualTo(before.disabledUsers() + 1);
        assertThat(figures.users()).isGreaterThan(figures.disabledUsers());
        assertThat(figures.throttledSignIns()).isEqualTo(as(admin, () -> throttles.count()));
        assertThat(figures.extractionProblems()).isEqualTo(as(admin, () -> extraction.problemCount()));
        assertThat(figures.index().documents()).isNotNull();
        assertThat(figures.index().documents().state()).isEqualTo(as(admin, () -> search.status()).state());
        assertThat(as(admin, () -> desk.parts())).containsExactly(DeskService.Part.ADMINISTRATION);
        assertThat(as(admin, () -> desk.items(0, 10))).isEmpty();

        var auditor = fixtures.user(null, Role.AUDITOR);
        assertThatThrownBy(() -> as(auditor, () -> desk.adminFigures())).isInstanceOf(AccessDeniedException.class);
    }
}
