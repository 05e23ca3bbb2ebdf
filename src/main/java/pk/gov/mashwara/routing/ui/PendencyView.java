package pk.gov.mashwara.routing.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.routing.PendencyChart;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Views;

/**
 * Pendency: every open draft the user may see, what it waits for (role and committee), since when, the deadline
 * and how many days overdue, overdue first; with charts by committee and by state drawn on the server. The list
 * reads its rows from the service a page at a time and holds none of its own.
 */
@Route("pendency")
@Menu(order = 3, title = "nav.pendency", icon = "vaadin:hourglass")
@RolesAllowed({ "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.COMMITTEE_DRAFTER_NAME,
        Role.COMMITTEE_OFFICER_NAME })
public class PendencyView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final Grid<PendingDraft> grid = new Grid<>();
    final Span summary = new Span();
    Image byCommittee;
    Image byState;

    private final PendencyService pendency;
    private final pk.gov.mashwara.security.CurrentUser currentUser;

    public PendencyView(PendencyService pendency, pk.gov.mashwara.security.CurrentUser currentUser) {
        this.pendency = pendency;
        this.currentUser = currentUser;
        Views.frame(this);
    }

    /** Reads the counts and charts once it is known that the page is shown (not forwarded, see beforeEnter). */
    private void build() {
        var header = Views.header(getTranslation("pendency.title"));
        // counts only: the list below reads its rows a page at a time as it scrolls
        var data = pendency.pendency();
        summary.setText(getTranslation("pendency.summary", data.total(), data.overdue()));
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");

        var locale = getLocale();
        byCommittee = chart(pendency, PendencyChart.BY_COMMITTEE, locale, "pendency.chart.byCommittee");
        byState = chart(pendency, PendencyChart.BY_STATE, locale, "pendency.chart.byState");
        var charts = new Div(byCommittee, byState);
        charts.addClassName("pendency-charts");
        charts.setVisible(data.total() > 0);

        configureGrid(pendency, data.total());
        add(header, summary, charts, grid);
    }

    private Image chart(PendencyService pendency, PendencyChart kind, java.util.Locale locale, String altKey) {
        var name = "pendency-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png";
        var failed = getTranslation("error.download.chart");
        // drawn when the browser asks for it, for the user then signed in: a stale page never shows more than they may see
        var image = new Image(DownloadHandler.fromInputStream(event -> {
            try {
                var png = pendency.chart(kind, locale);
                return new DownloadResponse(new ByteArrayInputStream(png), name, "image/png", png.length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(500, failed);
            }
        }), getTranslation(altKey));
        image.setId("chart-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return image;
    }

    private void configureGrid(PendencyService pendency, long total) {
        grid.addColumn(new ComponentRenderer<>(d -> PendencyCells.title(this, d)))
                .setHeader(getTranslation("pendency.column.draft")).setWidth("13em").setFlexGrow(3).setKey("title");
        grid.addColumn(new ComponentRenderer<>(d -> PendencyCells.state(this, d)))
                .setHeader(getTranslation("pendency.column.state")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(d -> PendencyCells.waitsFor(this, d)).setHeader(getTranslation("pendency.column.waitsFor"))
                .setWidth("10em").setFlexGrow(2).setKey("waitsFor");
        var since = grid.addColumn(d -> PendencyCells.since(this, d)).setHeader(getTranslation("pendency.column.since"))
                .setTooltipGenerator(d -> PendencyCells.sinceExactly(this, d)).setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(d -> PendencyCells.deadline(this, d)).setHeader(getTranslation("pendency.column.deadline"))
                .setTooltipGenerator(d -> PendencyCells.deadlineExactly(this, d)).setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> PendencyCells.lateness(this, d)))
                .setHeader(getTranslation("pendency.column.overdue")).setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Views.hideWhenNarrow(this, grid.getColumns().get(1), since);
        grid.addClassName("pendency-grid");
        PendencyCells.markOverdue(grid);
        grid.setEmptyStateText(getTranslation("pendency.none"));
        // the order is the service's (overdue first); a header click could not change it
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setItems(query -> LazyPages.fetch(query, PendencyService.MAX_PAGE, pendency::pending),
                query -> (int) Math.min(Integer.MAX_VALUE, pendency.pendingCount().total()));
        // the page scrolls, charts above the list: the list takes the height its rows need, up to a screenful
        if (total <= 25) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("70vh");
        }
        grid.setId("pendency-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + e.getItem().draftId())));
    }

    /**
     * An administrator's role alone sees no draft, so no pendency: its address leads to the administrator's desk,
     * as the menu does not offer it. The role stays in {@code @RolesAllowed} so that the forward, not an error
     * page, answers such a user.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (currentUser.get().filter(pk.gov.mashwara.security.MashwaraUser::administratorOnly).isPresent()) {
            event.forwardTo("desk");
        } else if (byCommittee == null) {
            build();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pendency.title") + " · " + getTranslation("app.name");
    }
}
