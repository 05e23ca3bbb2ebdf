package pk.gov.mashwara.routing.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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
import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Views;

/**
 * Pendency, in tabs. The drafts' tab: every open draft the user may see, what it waits for (role and committee),
 * since when, the deadline and how many days overdue, overdue first; with charts by committee and by state drawn on
 * the server. The list reads its rows from the service a page at a time and holds none of its own. The other tabs
 * (the letters' directions, data requests, statements, commitments) come from their modules as
 * {@link PendencySection}s, each shown only to those its module lets see it, built when first opened.
 */
@Route("pendency")
@Menu(order = 3, title = "nav.pendency", icon = "vaadin:hourglass")
@RolesAllowed({ "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.COMMITTEE_DRAFTER_NAME,
        Role.COMMITTEE_OFFICER_NAME, Role.PMO_MONITOR_NAME, Role.NSA_LEAD_NAME })
public class PendencyView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final Grid<PendingDraft> grid = new Grid<>();
    final Span summary = new Span();
    Image byCommittee;
    Image byState;

    final Tabs tabs = new Tabs();
    final Div content = new Div();
    /** The tabs shown, by id, in their order ("drafts" first when the user sees drafts' pendency). */
    final java.util.Map<String, Tab> tabById = new java.util.LinkedHashMap<>();

    private final PendencyService pendency;
    private final pk.gov.mashwara.security.CurrentUser currentUser;
    private final List<PendencySection> sections;
    private boolean built;

    public PendencyView(PendencyService pendency, pk.gov.mashwara.security.CurrentUser currentUser,
            List<PendencySection> sections) {
        this.pendency = pendency;
        this.currentUser = currentUser;
        this.sections = sections;
        Views.frame(this);
    }

    /**
     * Builds the tabs the user may see once it is known that the page is shown (not forwarded, see beforeEnter).
     *
     * @return whether there is any tab for the user
     */
    private boolean build(String wanted) {
        built = true;
        var shown = new ArrayList<PendencySection.Tab>();
        if (pendency.mayViewPendency()) {
            shown.add(new PendencySection.Tab("drafts", getTranslation("pendency.tab.drafts"), 0, this::drafts));
        }
        sections.forEach(section -> section.tab().ifPresent(shown::add));
        if (shown.isEmpty()) {
            return false;
        }
        shown.sort(Comparator.comparingInt(PendencySection.Tab::order));
        add(Views.header(getTranslation("pendency.title")));
        var contents = new java.util.HashMap<Tab, PendencySection.Tab>();
        var made = new java.util.HashMap<Tab, Component>();
        for (var section : shown) {
            var tab = new Tab(section.title());
            tab.setId("tab-" + section.id());
            tabs.add(tab);
            tabById.put(section.id(), tab);
            contents.put(tab, section);
        }
        tabs.addClassName("pendency-tabs");
        tabs.setWidthFull();
        content.setId("pendency-tab-content");
        content.setWidthFull();
        // each tab's content is read when the tab is first shown, and kept while the page is
        Runnable show = () -> {
            var selected = tabs.getSelectedTab();
            content.removeAll();
            if (selected != null) {
                content.add(made.computeIfAbsent(selected, t -> contents.get(t).content().get()));
            }
        };
        if (wanted != null && tabById.containsKey(wanted)) {
            tabs.setSelectedTab(tabById.get(wanted));
        }
        show.run();
        tabs.addSelectedChangeListener(e -> show.run());
        // one kind of pendency alone needs no tabs
        tabs.setVisible(shown.size() > 1);
        add(tabs, content);
        return true;
    }

    /** The drafts' tab: counts and charts, and the list read a page at a time. */
    private Component drafts() {
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
        var content = new Div(summary, charts, grid);
        content.setWidthFull();
        return content;
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
        grid.addColumn(PendencyCells.title(this))
                .setHeader(getTranslation("pendency.column.draft")).setWidth("13em").setFlexGrow(3).setKey("title");
        grid.addColumn(PendencyCells.state(this))
                .setHeader(getTranslation("pendency.column.state")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(d -> PendencyCells.waitsFor(this, d)).setHeader(getTranslation("pendency.column.waitsFor"))
                .setWidth("10em").setFlexGrow(2).setKey("waitsFor");
        var since = grid.addColumn(d -> PendencyCells.since(this, d)).setHeader(getTranslation("pendency.column.since"))
                .setTooltipGenerator(d -> PendencyCells.sinceExactly(this, d)).setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(d -> PendencyCells.deadline(this, d)).setHeader(getTranslation("pendency.column.deadline"))
                .setTooltipGenerator(d -> PendencyCells.deadlineExactly(this, d)).setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(PendencyCells.lateness(this))
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
        } else if (!built) {
            var wanted = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
            if (!build(wanted)) {
                // a role with no pendency of any kind (no draft, no direction, …): the desk instead
                event.forwardTo("desk");
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pendency.title") + " · " + getTranslation("app.name");
    }
}
