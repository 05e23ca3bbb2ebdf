package pk.gov.mashwara.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.ui.DraftListView;
import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.GridCells;
import pk.gov.mashwara.support.UiTest;

class DeskViewTest extends UiTest {

    @Autowired
    Follows follows;
    @Autowired
    PendencyService pendency;
    @Autowired
    DirectoryService directory;
    @Autowired
    pk.gov.mashwara.desk.DeskService desk;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;

    @Autowired
    pk.gov.mashwara.statement.StatementService statements;

    @Test
    void a_proposed_statement_waits_on_the_spokespersons_desk_until_it_is_decided() {
        var speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        var proposer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var occasion = unique("PTA's talks with TikTok");
        var id = as(proposer, () -> statements.propose(new pk.gov.mashwara.statement.StatementForm(
                "The PTA met TikTok.", null, occasion, "TikTok", pk.gov.mashwara.statement.Urgency.ROUTINE)));

        signIn(speaker);
        var view = navigate(DeskView.class);
        assertThat(view.letterWork.isVisible()).isTrue();
        var rows = test(view.letterWork.grid);
        var index = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getCellText(i, 1).equals("TikTok: " + occasion)).findFirst().orElseThrow();
        assertThat(rows.getCellText(index, 0)).isEqualTo("Edit, issue or decline the proposed statement");
        rows.clickRow(index);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("StatementPage");

        var version = as(speaker, () -> statements.get(id)).version();
        as(speaker, () -> statements.decline(id, "Not now.", version));
        var after = navigate(DeskView.class);
        assertThat(after.letterWork.rows()).noneMatch(r -> r.subject().contains(occasion));
    }

    @Test
    void the_desk_is_the_landing_page_and_shows_what_waits_for_the_officer_with_the_action_due() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draftAwaitingApproval(drafter, unique("Desk view draft"));

        signIn(officer);
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
        var view = (DeskView) getCurrentView();

        var rows = rows(view);
        var row = rows.stream().filter(d -> d.draftId() == draft.id()).findFirst().orElseThrow();
        assertThat(row.actions()).extracting(DeskItem.DueAction::title).contains("Approve and submit to the NSMCWG");
        assertThat(view.waitingSummary.getText()).contains("wait").contains("for you");
        var grid = test(view.waiting);
        int index = rows.indexOf(row);
        assertThat(grid.getCellText(index, 2)).contains("Approve and submit to the NSMCWG");
        assertThat(grid.getCellText(index, 4)).isNotBlank().isNotEqualTo("—");

        test(view.waiting).clickRow(index);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DraftView");
    }

    @Test
    void the_drafter_does_not_find_a_draft_put_up_on_the_desk_but_finds_the_drafts_followed_and_the_list() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draftAwaitingApproval(drafter, unique("Followed desk draft"));
        as(drafter, () -> follows.follow(draft.id()));

        signIn(drafter);
        var view = navigate(DeskView.class);
        assertThat(rows(view)).noneMatch(d -> d.draftId() == draft.id());
        assertThat(view.followed.getDataProvider().isInMemory()).as("no list held by the view").isFalse();
        var followed = new ArrayList<Long>();
        var grid = test(view.followed);
        assertThat((long) grid.size()).isEqualTo(as(drafter, () -> follows.countMine()));
        for (int i = 0; i < grid.size(); i++) {
            followed.add(((FollowedDraft) grid.getRow(i)).draftId());
        }
        assertThat(followed).contains(draft.id());

        test(find(com.vaadin.flow.component.button.Button.class).withId("all-drafts").single()).click();
        assertThat(getCurrentView()).isInstanceOf(DraftListView.class);
    }

    @Test
    void an_empty_part_says_so_in_a_line_and_builds_no_list() {
        var member = fixtures.namedUser("test.unfollowing.member." + unique("m").replaceAll("[^A-Za-z0-9]", ""),
                "NSMCWG", Role.NSMCWG_MEMBER);
        assertThat(as(member, () -> follows.countMine())).isZero();

        signIn(member);
        var view = navigate(DeskView.class);
        assertThat(view.followed).as("no grid for no followed draft").isNull();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("desk-followed").single().getText())
                .isEqualTo("You follow no drafts. Use Follow on a draft’s page.");
        // the part the member has, with rows, is still a list
        if (as(member, () -> desk.openForCommentsCount()) > 0) {
            assertThat(view.reviews).isNotNull();
        } else {
            assertThat(view.reviews).isNull();
            assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("desk-reviews").single().getText())
                    .isEqualTo("No draft is open for comments now.");
        }
    }

    @Test
    void a_desk_longer_than_a_page_is_read_lazily_from_the_service_in_its_order() {
        var code = "D" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as(pk.gov.mashwara.support.Fixtures.systemAdministrator(), () -> directory.createCommittee(new CommitteeForm(
                code, "Lazy desk committee " + code, null, CommitteeType.DIVISION, null, true)));
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        for (int i = 0; i < 60; i++) {
            fixtures.draftAwaitingApproval(drafter, "Lazy desk " + i);
        }

        signIn(officer);
        var view = navigate(DeskView.class);
        assertThat(view.waiting.getDataProvider().isInMemory()).as("no list held by the view").isFalse();
        var expected = as(officer, () -> pendency.desk(0, 60)).stream().map(pk.gov.mashwara.routing.PendingDraft::draftId).toList();
        assertThat(expected).hasSize(60);
        assertThat(rows(view)).extracting(DeskItem::draftId).containsExactlyElementsOf(expected);
        assertThat(view.waitingSummary.getText()).contains("60 drafts wait");
        assertThat(view.waiting.isAllRowsVisible()).isFalse();
    }

    @Test
    void a_member_finds_the_draft_open_for_comments_marked_new_until_opening_its_page() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long id = fixtures.submittedDraft(drafter, officer, unique("Desk view review")).id();
        as(secretary, () -> windows.setDeadline(id, java.time.Instant.now().plus(java.time.Duration.ofDays(4))));

        signIn(member);
        var view = navigate(DeskView.class);
        assertThat(view.waiting).as("nothing waits for a member's action: not even built").isNull();
        assertNoPart("desk-waiting");
        int index = indexOf(rows(view.reviews), id);
        var grid = test(view.reviews);
        assertThat(GridCells.text(view.reviews, index, 1)).contains("days left");
        assertThat(GridCells.text(view.reviews, index, 2)).contains("Not opened yet").doesNotContain("Nothing new");
        assertThat(GridCells.text(view.reviews, index, 0)).contains("Desk view review", "PTA");
        assertThat(view.reviewsSummary.getText()).contains("open for the working group");

        // opening the draft's page clears its marks
        grid.clickRow(index);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DraftView");
        view = navigate(DeskView.class);
        index = indexOf(rows(view.reviews), id);
        assertThat(GridCells.text(view.reviews, index, 2)).contains("Nothing new").doesNotContain("Not opened yet");
    }

    @Test
    void opening_a_drafts_reader_counts_as_looking_at_it() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long id = fixtures.submittedTextDraft(drafter, officer, unique("Desk reader draft"),
                "The licensee shall keep a record of every complaint for two years.").id();
        assertThat(as(member, () -> desk.lastLooked(id))).isEmpty();

        signIn(member);
        navigate("drafts/" + id + "/versions/1/text", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ReaderView");
        assertThat(as(member, () -> desk.lastLooked(id))).isPresent();
        var item = as(member, () -> desk.openForComments(0, pk.gov.mashwara.desk.DeskService.MAX_PAGE)).stream()
                .filter(i -> i.draftId() == id).findFirst().orElseThrow();
        assertThat(item.review().anythingNew()).isFalse();
    }

    @Test
    void the_auditor_sees_the_latest_verification_and_runs_one_from_the_desk() {
        var auditor = fixtures.user(null, Role.AUDITOR);
        signIn(auditor);
        navigate("", Component.class);
        var view = (DeskView) getCurrentView();
        assertThat(view.audit).isNotNull();
        assertThat(view.waiting).isNull();
        assertNoPart("desk-waiting");

        test(view.audit.verify).click();
        assertThat(view.audit.latest.getElement().getTextRecursively()).contains("intact")
                .contains(auditor.getUsername());
        var entries = test(view.audit.entries);
        assertThat(entries.size()).isPositive();
        boolean listed = false;
        for (int i = 0; i < entries.size(); i++) {
            listed |= entries.getCellText(i, 2).equals("Audit chain verified")
                    && entries.getCellText(i, 1).contains(auditor.getUsername());
        }
        assertThat(listed).as("the run is among the latest entries").isTrue();
        // the target's kind in words, not as stored ("CHAIN", "USER", "DRAFT")
        var targets = targets(entries);
        assertThat(targets).contains("Chain\u00a0\u2068audit\u2069").noneMatch(t -> t.matches("[A-Z_]+\u00a0.*"));
    }

    @Test
    void in_urdu_the_auditors_desk_names_the_kind_of_each_target_in_urdu() {
        var auditor = fixtures.user(null, Role.AUDITOR);
        signIn(auditor);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setLocale(pk.gov.mashwara.shared.Messages.URDU);
        session.setAttribute(pk.gov.mashwara.shared.ui.Languages.class.getName() + ".chosen", Boolean.TRUE);
        navigate("", Component.class);
        var view = (DeskView) getCurrentView();
        test(view.audit.verify).click();
        var entries = test(view.audit.entries);
        var targets = targets(entries);
        assertThat(targets).contains("زنجیر\u00a0\u2068audit\u2069").noneMatch(t -> t.matches("[A-Z_]+\u00a0.*"));
    }

    @Test
    void the_administrator_lands_on_an_admin_desk_with_users_extraction_and_index_figures() {
        var admin = fixtures.user(null, Role.ADMIN);
        signIn(admin);
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
        var view = (DeskView) getCurrentView();
        assertThat(view.admin).isNotNull();
        assertThat(view.waiting).isNull();
        assertThat(view.followed).isNull();
        assertNoPart("desk-waiting");
        assertNoPart("desk-followed");
        var figures = as(admin, () -> desk.adminFigures());
        assertThat(text("desk-admin-users")).contains(String.valueOf(figures.users())).contains("disabled");
        assertThat(text("desk-admin-extraction")).contains(figures.extractionProblems() == 0
                ? "Every version has its text" : figures.failed() + " failed, " + figures.passwordProtected()
                        + " password-protected");
        // the records index (letters, directions, progress, requests, statements, engagements) is counted too
        assertThat(text("desk-admin-index")).containsPattern("\\d+ documents, \\d+ comments, \\d+ records indexed");
        assertThat(figures.index().recordCount()).isGreaterThanOrEqualTo(0);
        // the index is rebuilt from here: search, where the button also is, is not the administrator's page
        var rebuild = find(com.vaadin.flow.component.button.Button.class).withId("desk-admin-index-rebuild").single();
        assertThat(rebuild.getText()).isEqualTo("Rebuild the index");
        assertThat(rebuild.isEnabled()).isTrue();
        navigate("search", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
        navigate("pendency", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
        navigate("", Component.class);

        test(find(com.vaadin.flow.component.button.Button.class).withId("desk-admin-extraction-open").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ExtractionAdminView");
        // the drafts list has nothing for the role: its address leads back to the desk
        navigate("drafts", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "COMMITTEE_DRAFTER | desk drafts search pendency directions data-requests statements engagements commitments focal-person response-templates",
            "COMMITTEE_OFFICER | desk drafts search pendency directions data-requests statements engagements commitments focal-person response-templates",
            "NSMCWG_SECRETARY  | desk drafts search pendency directions compliance data-requests statements engagements commitments focal-person response-templates",
            "NSMCWG_MEMBER     | desk drafts search directions data-requests statements engagements commitments focal-person",
            "FOCAL_PERSON      | desk drafts search pendency directions compliance data-requests statements engagements commitments focal-person response-templates",
            "SPOKESPERSON      | desk drafts search directions statements focal-person",
            "AUDITOR           | desk drafts search pendency directions compliance data-requests statements engagements commitments focal-person audit",
            "PMO_MONITOR       | desk drafts search pendency directions compliance statements focal-person",
            "ADMIN             | desk admin/users admin/committees admin/extraction admin/sign-in-limits audit statements focal-person admin/companies",
            "NSA_LEAD          | desk pendency statements engagements commitments focal-person" })
    void each_role_is_offered_only_the_menu_items_that_make_sense_for_it(Role role, String items) {
        var user = switch (role) {
            case COMMITTEE_DRAFTER, COMMITTEE_OFFICER -> fixtures.user("PTA", role);
            case NSMCWG_SECRETARY, NSMCWG_MEMBER -> fixtures.user("NSMCWG", role);
            case FOCAL_PERSON -> fixtures.focalPerson();
            case SPOKESPERSON -> fixtures.namedUser("test.spokesperson", "NSMCWG", role);
            case AUDITOR, ADMIN -> fixtures.user(null, role);
            case PMO_MONITOR -> fixtures.user("PMO", role);
            case NSA_LEAD -> fixtures.user("NSD", role);
        };
        signIn(user);
        navigate("", Component.class);
        assertThat(getCurrentView()).as("every role lands on its own desk").isInstanceOf(DeskView.class);
        var paths = find(pk.gov.mashwara.MainLayout.class).single().menu().stream()
                .map(pk.gov.mashwara.MainLayout.MenuLink::path).toList();
        assertThat(paths).containsExactlyInAnyOrder(items.split(" "));
    }

    private String text(String id) {
        return find(com.vaadin.flow.component.html.Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private static int indexOf(List<DeskItem> rows, long draftId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).draftId() == draftId) {
                return i;
            }
        }
        throw new AssertionError("draft " + draftId + " is not on the desk");
    }

    /** The part is not on the desk at all: neither its list nor the line saying it is empty. */
    private void assertNoPart(String id) {
        assertThat(find(Component.class).withId(id).all()).as("the part " + id).isEmpty();
    }

    private List<DeskItem> rows(DeskView view) {
        return rows(view.waiting);
    }

    private List<DeskItem> rows(com.vaadin.flow.component.grid.Grid<DeskItem> g) {
        if (g == null) {
            // an empty part is not built
            return List.of();
        }
        var grid = test(g);
        var rows = new ArrayList<DeskItem>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add((DeskItem) grid.getRow(i));
        }
        return rows;
    }

    /** The target column of the desk's audit entries, row by row. */
    private static java.util.List<String> targets(com.vaadin.flow.component.grid.GridTester<?, ?> entries) {
        var targets = new java.util.ArrayList<String>();
        for (int i = 0; i < entries.size(); i++) {
            targets.add(entries.getCellText(i, 3));
        }
        return targets;
    }
}
