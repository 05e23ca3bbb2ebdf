package pk.gov.mashwara.directions.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.ComplianceDashboard;
import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.DirectionsChart;
import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.shared.ui.Bidi;

/**
 * The pendency page's tab of the letters' directions: those not done that the user sees (the issuing office and the
 * NSMCWG's secretary and focal person all of a social-media letter's, a body those it acts on), overdue first, with
 * the time line as written and the computed due date, and charts by body and by status.
 */
@SpringComponent
@UIScope
class DirectionsPendencySection implements PendencySection {

    private final ComplianceDashboard dashboard;

    DirectionsPendencySection(ComplianceDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public Optional<Tab> tab() {
        if (!dashboard.offersPendency()) {
            return Optional.empty();
        }
        var translator = new Div();
        return Optional.of(new Tab("directions", translator.getTranslation("directions.pendency.tab"), 10,
                () -> new Content(dashboard)));
    }

    /** The tab's content. */
    static final class Content extends Div {

        final Grid<DirectionInfo> grid = new Grid<>();
        final Span summary = new Span();
        final com.vaadin.flow.component.html.Paragraph counts = new com.vaadin.flow.component.html.Paragraph();
        final Image byBody;
        final Image byStatus;

        Content(ComplianceDashboard dashboard) {
            setId("pendency-directions");
            setWidthFull();
            var locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
            var pending = dashboard.pending();
            long overdue = pending.stream().filter(DirectionInfo::overdue).count();
            summary.setText(getTranslation("directions.pendency.summary", pending.size(), overdue));
            summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");
            byBody = chart(dashboard, DirectionsChart.BY_BODY, locale, "directions.pendency.chart.byBody");
            byStatus = chart(dashboard, DirectionsChart.BY_STATUS, locale, "directions.pendency.chart.byStatus");
            var charts = new Div(byBody, byStatus);
            charts.addClassName("pendency-charts");
            charts.setVisible(!pending.isEmpty());
            // the summary and the chart by status count directions, the chart by body a direction once per body not
            // done: said, so that the numbers' difference does not read as an error
            counts.setText(getTranslation("directions.pendency.counts"));
            counts.setId("pendency-directions-counts");
            counts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            counts.setVisible(!pending.isEmpty());

            grid.setId("pendency-directions-grid");
            grid.addColumn(d -> Bidi.ltr(d.letterReference(), locale) + " · " + d.label())
                    .setHeader(getTranslation("desk.directions.direction")).setWidth("13em").setFlexGrow(0);
            grid.addColumn(new ComponentRenderer<>(d -> DirectionLabels.written(d.text()))).setHeader(getTranslation("desk.directions.text")).setWidth("14em").setFlexGrow(3);
            grid.addColumn(d -> waitsFor(d, locale))
                    .setHeader(getTranslation("directions.pendency.waitsFor")).setWidth("9em").setFlexGrow(1);
            grid.addColumn(new ComponentRenderer<>(d -> DirectionLabels.status(this, d.status())))
                    .setHeader(getTranslation("directions.pendency.status")).setWidth("8em").setFlexGrow(0);
            grid.addColumn(d -> Bidi.isolate(d.timelineText())).setHeader(getTranslation("desk.directions.timeline"))
                    .setWidth("9em").setFlexGrow(1);
            grid.addColumn(d -> DirectionLabels.due(this, d)).setHeader(getTranslation("desk.directions.due"))
                    .setWidth("8.25em").setFlexGrow(0);
            grid.addColumn(new ComponentRenderer<>(d -> DirectionLabels.overdue(this, d)))
                    .setHeader(getTranslation("desk.directions.overdue")).setWidth("9em").setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.getColumns().forEach(c -> c.setSortable(false));
            grid.setEmptyStateText(getTranslation("directions.pendency.none"));
            grid.setAllRowsVisible(true);
            grid.setItems(pending);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("directions/" + e.getItem().id())));
            add(summary, charts, counts, grid);
        }

        private Image chart(ComplianceDashboard dashboard, DirectionsChart kind, Locale locale, String altKey) {
            var name = "directions-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png";
            var failed = getTranslation("error.download.chart");
            var image = new Image(DownloadHandler.fromInputStream(event -> {
                try {
                    var png = dashboard.pendingChart(kind, locale);
                    return new DownloadResponse(new ByteArrayInputStream(png), name, "image/png", png.length);
                } catch (RuntimeException e) {
                    return DownloadResponse.error(500, failed);
                }
            }), getTranslation(altKey));
            image.setId("chart-directions-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return image;
        }
    }

    /**
     * The bodies not done yet: by the letter's own words with their number where it addresses every body ("All
     * Ministries/Divisions (17)"), not seventeen codes; otherwise their codes.
     */
    static String waitsFor(DirectionInfo d, java.util.Locale locale) {
        var open = d.bodies().stream().filter(b -> b.status() != pk.gov.mashwara.directions.ProgressStatus.DONE).toList();
        if (open.isEmpty()) {
            return "—";
        }
        if (d.allBodies() && d.actionByText() != null && !d.actionByText().isBlank()) {
            return d.actionByText() + " (" + Bidi.ltr(Integer.toString(open.size()), locale) + ")";
        }
        return open.stream().map(b -> b.body().code()).reduce((a, b) -> a + ", " + b).orElse("—");
    }
}
