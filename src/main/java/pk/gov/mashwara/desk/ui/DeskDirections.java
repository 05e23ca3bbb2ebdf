package pk.gov.mashwara.desk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;

/**
 * The directions waiting for the user's body, overdue first: the letter, the direction, its time line as written,
 * the computed due date, and how far it is overdue. A row opens the direction.
 */
final class DeskDirections extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    final Grid<DirectionInfo> grid = new Grid<>();

    DeskDirections(List<DirectionInfo> directions) {
        setId("desk-directions");
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        grid.addColumn(d -> Bidi.ltr(d.letterReference(), locale) + " · " + d.label())
                .setHeader(getTranslation("desk.directions.direction")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(d -> {
            var text = new Span(d.text());
            text.addClassNames(LumoUtility.Whitespace.NORMAL);
            return text;
        })).setHeader(getTranslation("desk.directions.text")).setWidth("10em").setFlexGrow(3);
        // fixed room that wraps (a long reference or time line must not make the desk scroll sideways)
        var timeline = grid.addColumn(DirectionInfo::timelineText).setHeader(getTranslation("desk.directions.timeline"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(d -> d.due() == null ? "—" : day(d.due(), locale))
                .setHeader(getTranslation("desk.directions.due")).setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> d.overdue()
                ? new Badge(getTranslation("directions.overdueBy", Bidi.ltr(Long.toString(d.overdueDays()), locale)),
                        Badge.Tone.ERROR)
                : new Span())).setHeader(getTranslation("desk.directions.overdue")).setWidth("8em").setFlexGrow(0);
        // on a small laptop the time line as written steps aside: the due date computed from it stays
        pk.gov.mashwara.shared.ui.Views.hideWhenNarrow(this, timeline);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("directions/" + e.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(directions);
        add(grid);
    }

    private static String day(LocalDate day, Locale locale) {
        return Bidi.ltr(DAY.format(day), locale);
    }
}
