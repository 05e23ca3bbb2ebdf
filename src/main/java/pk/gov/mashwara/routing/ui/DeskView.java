package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.routing.RoutingRules;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Views;

/**
 * My desk, the page after signing in: the drafts whose current step waits for the user (the action due, since
 * when, the deadline, overdue ones first and marked), and below them the drafts the user follows. Both lists read
 * their rows from the services a page at a time and hold none of their own.
 */
@Route("desk")
@RouteAlias("")
@Menu(order = 0, title = "nav.desk", icon = "vaadin:desktop")
@PermitAll
public class DeskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<PendingDraft> waiting = new Grid<>();
    final Grid<FollowedDraft> followed = new Grid<>();
    final Span waitingSummary = new Span();
    private final CurrentUser currentUser;

    public DeskView(PendencyService pendency, Follows follows, CurrentUser currentUser, RoutingRules rules) {
        this.currentUser = currentUser;
        Views.frame(this);
        var allDrafts = new Button(getTranslation("desk.allDrafts"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> getUI().ifPresent(ui -> ui.navigate("drafts")));
        allDrafts.setId("all-drafts");
        var header = Views.header(getTranslation("desk.title"), allDrafts);

        // counts only: the list reads its rows a page at a time as it scrolls
        var mine = pendency.deskCount();
        waitingSummary.setText(mine.total() == 0 ? getTranslation("desk.waiting.none")
                : getTranslation("desk.waiting.summary", mine.total(), mine.overdue()));
        waitingSummary.addClassNames(LumoUtility.TextColor.SECONDARY, "desk-summary");
        // an empty grid says it itself
        waitingSummary.setVisible(mine.total() > 0);
        configureWaiting(pendency, rules, mine.total());

        configureFollowed(follows);

        add(header, sectionTitle("desk.waiting.title"), waitingSummary, waiting, sectionTitle("desk.followed.title"),
                followed);
    }

    private H3 sectionTitle(String key) {
        var title = new H3(getTranslation(key));
        title.addClassName("desk-section-title");
        return title;
    }

    private void configureWaiting(PendencyService pendency, RoutingRules rules, long total) {
        waiting.addColumn(new ComponentRenderer<>(d -> PendencyCells.title(this, d)))
                .setHeader(getTranslation("pendency.column.draft")).setWidth("13em").setFlexGrow(3).setKey("title");
        waiting.addColumn(new ComponentRenderer<>(d -> PendencyCells.state(this, d)))
                .setHeader(getTranslation("pendency.column.state")).setWidth("11em").setFlexGrow(0);
        waiting.addColumn(d -> RoutingLabels.due(this, rules, d))
                .setHeader(getTranslation("desk.column.action")).setWidth("10em").setFlexGrow(2).setKey("action");
        var since = waiting.addColumn(d -> PendencyCells.since(this, d)).setHeader(getTranslation("pendency.column.since"))
                .setTooltipGenerator(d -> PendencyCells.sinceExactly(this, d)).setWidth("7.5em").setFlexGrow(0);
        waiting.addColumn(d -> PendencyCells.deadline(this, d)).setHeader(getTranslation("pendency.column.deadline"))
                .setTooltipGenerator(d -> PendencyCells.deadlineExactly(this, d)).setWidth("7.5em").setFlexGrow(0);
        waiting.addColumn(new ComponentRenderer<>(d -> PendencyCells.lateness(this, d)))
                .setHeader(getTranslation("pendency.column.overdue")).setWidth("8em").setFlexGrow(0);
        waiting.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Views.hideWhenNarrow(this, waiting.getColumns().get(1), since);
        waiting.addClassName("pendency-grid");
        PendencyCells.markOverdue(waiting);
        waiting.setEmptyStateText(getTranslation("desk.waiting.none"));
        // the order is the service's (overdue first); a header click could not change it
        waiting.getColumns().forEach(c -> c.setSortable(false));
        waiting.setItems(query -> LazyPages.fetch(query, PendencyService.MAX_PAGE, pendency::desk),
                query -> (int) Math.min(Integer.MAX_VALUE, pendency.deskCount().total()));
        waiting.setAllRowsVisible(total <= 10);
        waiting.setId("desk-waiting");
        waiting.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + e.getItem().draftId())));
    }

    private void configureFollowed(Follows follows) {
        // a title in the other script keeps its own direction
        followed.addColumn(f -> Bidi.isolate(f.title())).setHeader(getTranslation("pendency.column.draft"))
                .setFlexGrow(4);
        followed.addColumn(f -> Formats.dateTime(f.since(), getLocale()))
                .setHeader(getTranslation("desk.column.followedSince")).setAutoWidth(true).setFlexGrow(0);
        followed.setEmptyStateText(getTranslation("desk.followed.none"));
        followed.getColumns().forEach(c -> c.setSortable(false));
        followed.setItems(query -> LazyPages.fetch(query, Follows.MAX_PAGE, follows::mine),
                query -> (int) Math.min(Integer.MAX_VALUE, follows.countMine()));
        followed.setAllRowsVisible(follows.countMine() <= 10);
        followed.setId("desk-followed");
        followed.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + e.getItem().draftId())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // An administrator's work is in the directory; their role alone gives nothing to act on
        currentUser.get().filter(u -> u.roles().equals(java.util.Set.of(Role.ADMIN)))
                .ifPresent(u -> event.forwardTo("admin/users"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " · " + getTranslation("app.name");
    }
}
