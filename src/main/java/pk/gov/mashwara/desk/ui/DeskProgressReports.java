package pk.gov.mashwara.desk.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directions.ReportDue;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;

/** The desk's part of progress reports: those the user's office owes soon or is late with, the most overdue first. */
final class DeskProgressReports {

    private DeskProgressReports() {
    }

    static Optional<Component> section(ProgressReports reports) {
        var due = reports.dueForMyBody();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        var part = new Div();
        part.setId("desk-progress-reports");
        var title = new H3(part.getTranslation("directions.report.desk.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        var locale = UI.getCurrent() == null ? java.util.Locale.ENGLISH : UI.getCurrent().getLocale();
        var grid = new Grid<ReportDue>();
        grid.setId("desk-progress-report-grid");
        grid.addColumn(d -> Bidi.ltr(d.letterReference(), locale))
                .setHeader(part.getTranslation("directions.letter.reference")).setWidth("10em").setFlexGrow(1);
        // fixed room that wraps: a long reference or subject must not make the desk scroll sideways on a small laptop
        grid.addColumn(ReportDue::subject).setHeader(part.getTranslation("directions.report.desk.subject"))
                .setWidth("12em").setFlexGrow(3);
        grid.addColumn(d -> Bidi.ltr(d.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT)), locale)).setHeader(part.getTranslation("desk.directions.due"))
                .setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> d.overdue()
                ? new Badge(part.getTranslation("directions.report.overdueBy",
                        Bidi.ltr(Long.toString(d.overdueDays()), locale)), Badge.Tone.ERROR)
                : new Span(part.getTranslation("directions.report.desk.soon"))))
                .setHeader(part.getTranslation("desk.directions.overdue")).setWidth("9em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(due);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("directions/letters/"
                + e.getItem().letterId())));
        part.add(title, grid);
        return Optional.of(part);
    }
}
