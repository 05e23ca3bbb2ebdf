package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import pk.gov.mashwara.desk.ui.DeskView;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The pendency page's tabs follow each module's permissions: the drafts' tab for those who see drafts' pendency, the
 * directions' tab for whoever may act for a body on a letter, data requests and commitments for those who may open
 * them, statements for those who see proposals, nominations for focal person for the NSMCWG and the auditor; a role
 * with none of them is sent to its desk.
 */
class PendencyTabsTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.directory.FocalPersonService focal;

    @Test
    void the_secretary_has_every_tab_the_drafts_first_and_each_tab_shows_its_own_list() {
        signIn(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
        var view = navigate(PendencyView.class);
        assertThat(view.tabById.keySet()).containsExactly("drafts", "directions", "data-requests", "statements",
                "commitments", "nominations");
        assertThat(view.tabs.isVisible()).isTrue();
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabById.get("drafts"));
        assertThat(view.grid.isAttached()).isTrue();
        for (var id : new String[] { "directions", "data-requests", "statements", "commitments",
                "nominations" }) {
            view.tabs.setSelectedTab(view.tabById.get(id));
            assertThat(view.content.getChildren().findFirst().orElseThrow().getId()).hasValue("pendency-" + id);
            assertThat(view.grid.isAttached()).isFalse();
        }
        // back to the drafts: the list built once is shown again
        view.tabs.setSelectedTab(view.tabById.get("drafts"));
        assertThat(view.grid.isAttached()).isTrue();
    }

    @Test
    void the_pmo_monitor_sees_the_directions_alone_without_tabs() {
        signIn(fixtures.user("PMO", Role.PMO_MONITOR));
        var view = navigate(PendencyView.class);
        assertThat(view.tabById.keySet()).containsExactly("directions");
        assertThat(view.tabs.isVisible()).isFalse();
        assertThat(find(Grid.class).withId("pendency-directions-grid").all()).hasSize(1);
        assertThat(find(Grid.class).withId("pendency-grid").all()).isEmpty();
    }

    @Test
    void the_nsa_lead_sees_the_commitments_alone() {
        signIn(fixtures.user("NSA", Role.NSA_LEAD));
        var view = navigate(PendencyView.class);
        assertThat(view.tabById.keySet()).containsExactly("commitments");
        assertThat(find(Grid.class).withId("pendency-commitment-grid").all()).hasSize(1);
    }

    @Test
    void a_committee_drafter_sees_its_drafts_directions_data_requests_statements_and_commitments() {
        signIn(fixtures.user("MOIT", Role.COMMITTEE_DRAFTER));
        com.vaadin.flow.component.UI.getCurrent().navigate("pendency",
                com.vaadin.flow.router.QueryParameters.of("tab", "directions"));
        var view = (PendencyView) getCurrentView();
        assertThat(view.tabById.keySet()).containsExactly("drafts", "directions", "data-requests", "statements",
                "commitments");
        // the address names the tab to open
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabById.get("directions"));
    }

    @Test
    void the_nominations_tab_names_the_members_whose_view_is_awaited_and_the_next_step() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        long id = Fixtures.as(member, () -> focal.nominate(nominee.id(), "Led the talks with the platforms."));
        try {
            Fixtures.as(member, () -> focal.opinion(id, true, null));
            signIn(secretary);
            com.vaadin.flow.component.UI.getCurrent().navigate("pendency",
                    com.vaadin.flow.router.QueryParameters.of("tab", "nominations"));
            var view = (PendencyView) getCurrentView();
            assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabById.get("nominations"));
            @SuppressWarnings("unchecked")
            var grid = (Grid<pk.gov.mashwara.directory.NominationPendency>) find(Grid.class)
                    .withId("pendency-nomination-grid").single();
            var rows = test(grid);
            var row = java.util.stream.IntStream.range(0, rows.size())
                    .filter(i -> rows.getCellText(i, 0).equals(nominee.displayName())).findFirst().orElseThrow();
            assertThat(rows.getCellText(row, 1)).isEqualTo("Open for views");
            // the awaited are named, the first few when they are many (on a shared test database they are)
            var pending = Fixtures.as(secretary, () -> focal.pendency()).stream().filter(p -> p.id() == id)
                    .findFirst().orElseThrow();
            var named = pending.awaitedNames().subList(0, Math.min(8, pending.awaitedNames().size()));
            assertThat(rows.getCellText(row, 2)).startsWith("Members’ views: 1 of " + pending.members() + " given; "
                    + "awaited from " + String.join(", ", named))
                    .doesNotContain(member.displayName()).endsWith("Then the secretary’s consensus.");
            if (pending.awaitedNames().size() > 8) {
                assertThat(rows.getCellText(row, 2)).contains(" and " + (pending.awaitedNames().size() - 8) + " others.");
            }
            rows.clickRow(row);
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("FocalPersonView");
        } finally {
            var version = Fixtures.as(member, () -> focal.nomination(id)).version();
            Fixtures.as(member, () -> focal.withdraw(id, "Only for the test.", version));
        }
    }

    @Test
    void a_committee_officer_has_no_nominations_tab() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        var view = navigate(PendencyView.class);
        assertThat(view.tabById).doesNotContainKey("nominations");
    }

    @Test
    void a_role_with_no_pendency_is_sent_to_its_desk() {
        signIn(fixtures.user(null, Role.ADMIN));
        navigate("pendency", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
    }
}
