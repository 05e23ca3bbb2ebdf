package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import pk.gov.mashwara.desk.ui.DeskView;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

/**
 * The pendency page's tabs follow each module's permissions: the drafts' tab for those who see drafts' pendency, the
 * directions' tab for whoever may act for a body on a letter, data requests and commitments for those who may open
 * them, statements for those who see proposals; a role with none of them is sent to its desk.
 */
class PendencyTabsTest extends UiTest {

    @Test
    void the_secretary_has_every_tab_the_drafts_first_and_each_tab_shows_its_own_list() {
        signIn(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
        var view = navigate(PendencyView.class);
        assertThat(view.tabById.keySet()).containsExactly("drafts", "directions", "data-requests", "statements",
                "commitments");
        assertThat(view.tabs.isVisible()).isTrue();
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabById.get("drafts"));
        assertThat(view.grid.isAttached()).isTrue();
        for (var id : new String[] { "directions", "data-requests", "statements", "commitments" }) {
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
    void a_role_with_no_pendency_is_sent_to_its_desk() {
        signIn(fixtures.user(null, Role.ADMIN));
        navigate("pendency", Component.class);
        assertThat(getCurrentView()).isInstanceOf(DeskView.class);
    }
}
