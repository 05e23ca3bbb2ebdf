package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.ui.DraftListView;
import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class DeskViewTest extends UiTest {

    @Autowired
    Follows follows;
    @Autowired
    PendencyService pendency;
    @Autowired
    DirectoryService directory;

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
        assertThat(row.actions()).contains("Approve and submit to the NSMCWG");
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
        var expected = as(officer, () -> pendency.desk(0, 60)).stream().map(PendingDraft::draftId).toList();
        assertThat(expected).hasSize(60);
        assertThat(rows(view)).extracting(PendingDraft::draftId).containsExactlyElementsOf(expected);
        assertThat(view.waitingSummary.getText()).contains("60 drafts wait");
        assertThat(view.waiting.isAllRowsVisible()).isFalse();
    }

    private List<PendingDraft> rows(DeskView view) {
        var grid = test(view.waiting);
        var rows = new ArrayList<PendingDraft>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add((PendingDraft) grid.getRow(i));
        }
        return rows;
    }
}
