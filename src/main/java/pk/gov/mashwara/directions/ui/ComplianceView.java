package pk.gov.mashwara.directions.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.directions.ComplianceDashboard;
import pk.gov.mashwara.directions.ComplianceLetter;
import pk.gov.mashwara.directions.Rag;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The compliance dashboard: per letter the user sees, its directions each red, amber or green, the bodies on each
 * with their own colour, and a chart of the colours week by week (drawn on the server when the browser asks, for
 * the user then signed in). A row opens its direction.
 */
@Route("compliance")
@Menu(order = 4.5, title = "nav.compliance", icon = "vaadin:dashboard")
@RolesAllowed({ Role.PMO_MONITOR_NAME, "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.AUDITOR_NAME })
public class ComplianceView extends Main implements HasDynamicTitle {

    /** How many weeks the chart shows. */
    static final int WEEKS = 12;

    final List<Grid<ComplianceLetter.Direction>> grids = new ArrayList<>();
    final List<ComplianceLetter> shown;
    final Image history;

    public ComplianceView(ComplianceDashboard dashboard) {
        Views.frame(this);
        setId("compliance");
        var intro = new Paragraph(getTranslation("compliance.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(Views.header(getTranslation("compliance.title")), intro);
        shown = dashboard.letters();
        history = chart(dashboard);
        history.setVisible(!shown.isEmpty());
        add(history);
        if (shown.isEmpty()) {
            var none = new Paragraph(getTranslation("compliance.none"));
            none.setId("compliance-none");
            add(none);
        }
        for (var letter : shown) {
            add(letterPart(letter));
        }
    }

    private Image chart(ComplianceDashboard dashboard) {
        var locale = getLocale();
        var failed = getTranslation("error.download.chart");
        var image = new Image(DownloadHandler.fromInputStream(event -> {
            try {
                var png = dashboard.historyChart(null, WEEKS, locale);
                return new DownloadResponse(new ByteArrayInputStream(png), "compliance-by-week.png", "image/png",
                        png.length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(500, failed);
            }
        }), getTranslation("compliance.chart.title"));
        image.setId("compliance-chart");
        image.addClassName("pendency-charts");
        image.setMaxWidth("100%");
        return image;
    }

    private Component letterPart(ComplianceLetter letter) {
        var locale = getLocale();
        var part = new Div();
        part.setId("compliance-letter-" + letter.letterId());
        part.addClassName("compliance-letter");
        var title = new H3(Bidi.ltr(letter.reference(), locale) + " · " + Bidi.isolate(letter.subject()));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.XSMALL);
        var counts = new Div();
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        counts.add(new Span(getTranslation("compliance.letter.of", letter.issuingOffice().displayName(locale),
                DirectionLabels.date(letter.date(), locale))));
        for (var rag : Rag.values()) {
            var badge = DirectionLabels.rag(this, rag);
            badge.setText(getTranslation("compliance.count." + rag.name(), letter.count(rag)));
            badge.setId("compliance-count-" + letter.letterId() + "-" + rag.name().toLowerCase(java.util.Locale.ROOT));
            counts.add(badge);
        }
        var grid = new Grid<ComplianceLetter.Direction>();
        grid.setId("compliance-grid-" + letter.letterId());
        grid.addColumn(new ComponentRenderer<>(d -> {
            var badge = DirectionLabels.rag(this, d.rag());
            badge.addClassName("compliance-direction-rag");
            return badge;
        }))
                .setHeader(getTranslation("compliance.column.rag")).setWidth("6.5em").setFlexGrow(0).setKey("rag");
        grid.addColumn(d -> Bidi.ltr(d.info().label(), locale)).setHeader(getTranslation("compliance.column.label"))
                .setWidth("4em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> DirectionLabels.written(d.info().text()))).setHeader(getTranslation("compliance.column.direction")).setWidth("16em").setFlexGrow(4);
        grid.addColumn(d -> Bidi.isolate(d.info().timelineText())).setHeader(getTranslation("compliance.column.timeline"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(d -> DirectionLabels.due(this, d.info())).setHeader(getTranslation("compliance.column.due"))
                .setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> {
            var cell = new Div(DirectionLabels.status(this, d.info().status()));
            if (d.info().overdue()) {
                cell.add(DirectionLabels.overdue(this, d.info()));
            }
            cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                    LumoUtility.AlignItems.START);
            return cell;
        })).setHeader(getTranslation("compliance.column.status")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> bodies(d))).setHeader(getTranslation("compliance.column.bodies"))
                .setWidth("12em").setFlexGrow(1).setKey("bodies");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setAllRowsVisible(true);
        grid.setItems(letter.directions());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("directions/" + e.getItem().info().id())));
        grids.add(grid);
        part.add(title, counts, grid);
        return part;
    }

    private Component bodies(ComplianceLetter.Direction direction) {
        var locale = getLocale();
        var cell = new Div();
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        if (direction.info().allBodies() && direction.bodies().size() > 6) {
            // "All Ministries/Divisions": the counts, not a badge for every body of the directory
            for (var rag : Rag.values()) {
                long n = direction.bodies().stream().filter(b -> b.rag() == rag).count();
                if (n > 0) {
                    var badge = DirectionLabels.rag(this, rag);
                    badge.setText(getTranslation("compliance.bodies.count." + rag.name(), n));
                    cell.add(badge);
                }
            }
            return cell;
        }
        for (var body : direction.bodies()) {
            var badge = DirectionLabels.rag(this, body.rag());
            var code = Bidi.ltr(body.status().body().code(), locale);
            badge.setText(body.status().lead() ? getTranslation("compliance.body.lead", code) : code);
            badge.getElement().setAttribute("title", body.status().body().displayName(locale) + " · "
                    + getTranslation("directions.status." + body.status().status().name()));
            cell.add(badge);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.title") + " · " + getTranslation("app.name");
    }
}
