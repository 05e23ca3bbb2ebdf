package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class PendencyViewTest extends UiTest {

    @Autowired
    PendencyService pendency;
    @Autowired
    DirectoryService directory;

    @Test
    void the_secretary_sees_submitted_drafts_with_what_they_wait_for_and_the_charts() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var title = unique("Pendency submitted");
        var submitted = fixtures.submittedDraft(drafter, officer, title);
        var unsubmitted = fixtures.draftAwaitingApproval(drafter, unique("Pendency unsubmitted"));

        signIn(secretary);
        var view = navigate(PendencyView.class);
        var rows = rows(view);
        assertThat(rows).extracting(PendingDraft::draftId).contains(submitted.id()).doesNotContain(unsubmitted.id());
        int index = rows.stream().map(PendingDraft::draftId).toList().indexOf(submitted.id());
        assertThat(test(view.grid).getCellText(index, 2)).isEqualTo("NSMCWG secretary (NSMCWG)");
        // the cells drawn in the browser from the row's data: title and committee, state, lateness
        assertThat(pk.gov.mashwara.support.GridCells.text(view.grid, index, 0)).contains(title, "LAW");
        assertThat(pk.gov.mashwara.support.GridCells.text(view.grid, index, 1)).isEqualTo("Submitted to NSMCWG");
        var lateness = pk.gov.mashwara.support.GridCells.text(view.grid, index, 5);
        assertThat(lateness).isIn("On time", "No deadline");
        // on time is a green badge; no deadline is plain text
        var tone = ((com.vaadin.flow.data.renderer.LitRenderer<PendingDraft>) view.grid.getColumns().get(5).getRenderer())
                .getValueProviders().get("tone").apply(rows.get(index));
        assertThat(tone).isEqualTo(lateness.equals("On time") ? "badge badge-success" : "");
        assertThat(view.summary.getText()).contains("open draft");
        assertThat(view.byCommittee.getSrc()).isNotBlank();
        assertThat(view.byState.getSrc()).isNotBlank();
        assertThat(view.byCommittee.getAlt()).contains("Open drafts by committee");
    }

    @Test
    void a_committee_sees_its_own_open_drafts_only() {
        var drafter = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var other = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var own = fixtures.draftAwaitingApproval(drafter, unique("Own pendency"));
        var foreign = fixtures.draftAwaitingApproval(other, unique("Foreign pendency"));

        signIn(drafter);
        var view = navigate(PendencyView.class);
        assertThat(rows(view)).extracting(PendingDraft::draftId).contains(own.id()).doesNotContain(foreign.id());
        assertThat(rows(view)).allMatch(d -> d.committeeCode().equals("CABINET"));
        // who can act, the division by its name, and not the one whose own case it is
        int index = rows(view).stream().map(PendingDraft::draftId).toList().indexOf(own.id());
        assertThat(test(view.grid).getCellText(index, 2)).isEqualTo("Committee officer (Cabinet Division)");
    }

    @Test
    void a_backlog_longer_than_a_page_is_read_lazily_from_the_service_in_its_order() {
        var code = "V" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        pk.gov.mashwara.support.Fixtures.as(pk.gov.mashwara.support.Fixtures.systemAdministrator(),
                () -> directory.createCommittee(new CommitteeForm(code, "Lazy grid committee " + code, null,
                        CommitteeType.DIVISION, null, true)));
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        for (int i = 0; i < 60; i++) {
            if (i % 3 == 0) {
                fixtures.draft(drafter, "Lazy draft " + i);
            } else {
                fixtures.draftAwaitingApproval(drafter, "Lazy put up " + i);
            }
        }

        signIn(drafter);
        var view = navigate(PendencyView.class);
        assertThat(view.grid.getDataProvider().isInMemory()).as("no list held by the view").isFalse();
        var expected = pk.gov.mashwara.support.Fixtures.as(drafter, () -> pendency.pending(0, 60));
        assertThat(rows(view)).extracting(PendingDraft::draftId)
                .containsExactlyElementsOf(expected.stream().map(PendingDraft::draftId).toList());
        assertThat(view.summary.getText()).contains("60");
        assertThat(view.grid.isAllRowsVisible()).as("a fixed height when many").isFalse();
        assertThat(view.grid.getHeight()).isEqualTo("70vh");

        // a row opens its draft
        test(view.grid).clickRow(59);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DraftView");
    }

    @Test
    void an_nsmcwg_member_cannot_open_the_dashboard() {
        signIn(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        navigate("pendency", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PendencyView.class);
    }

    private List<PendingDraft> rows(PendencyView view) {
        var grid = test(view.grid);
        var rows = new ArrayList<PendingDraft>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add((PendingDraft) grid.getRow(i));
        }
        return rows;
    }
}
