package pk.gov.mashwara.desk.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.statement.StatementService;

/**
 * The desk's part for statements and the focal person's nomination: proposals waiting for the spokesperson (or MoIT's
 * officer), views asked of the user or their body, nominations waiting for a member's view or the secretary's next
 * step. Hidden when nothing waits.
 */
class LetterWorkPart extends Div {

    /** One row: what is due, on what, since when, and the page that does it. */
    record Row(String due, String subject, java.time.Instant since, String route) {
    }

    /** Built only when there is work: an empty desk part keeps nothing for the open page. */
    Grid<Row> grid;
    private List<Row> rows = List.of();

    LetterWorkPart(StatementService statements, FocalPersonService focal) {
        var rows = new ArrayList<Row>();
        for (var w : statements.work()) {
            rows.add(new Row(getTranslation("desk.statement." + w.kind().name()),
                    w.company() + ": " + w.occasion(), w.since(), "statements/" + w.statementId()));
        }
        for (var n : focal.work()) {
            rows.add(new Row(getTranslation("desk.nomination." + n.due().name()), n.nomineeName(), n.since(),
                    "focal-person"));
        }
        setVisible(!rows.isEmpty());
        this.rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            return;
        }
        grid = new Grid<>();
        var title = new H3(getTranslation("desk.letterWork.title"));
        title.addClassName("desk-section-title");
        grid.addColumn(Row::due).setHeader(getTranslation("desk.column.action")).setFlexGrow(1);
        grid.addColumn(Row::subject).setHeader(getTranslation("desk.letterWork.subject")).setFlexGrow(3);
        grid.addColumn(r -> Bidi.ltr(Formats.date(r.since(), getLocale()))).setHeader(getTranslation("pendency.column.since"))
                .setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("letter-work");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setItems(List.copyOf(rows));
        add(title, grid);
    }

    /** The work shown. */
    List<Row> rows() {
        return rows;
    }
}
