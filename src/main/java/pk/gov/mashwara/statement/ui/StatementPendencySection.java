package pk.gov.mashwara.statement.ui;

import java.util.Comparator;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.StatementStatus;
import pk.gov.mashwara.statement.StatementSummary;

/**
 * The pendency page's tab of statements: the proposals waiting for the spokesperson to issue or decline, the oldest
 * first, as the user may see them (the spokesperson, MoIT and the NSMCWG's secretary all of them, a proposer their
 * own). Offered to those who see proposals at all.
 */
@SpringComponent
@UIScope
class StatementPendencySection implements PendencySection {

    private final StatementService statements;

    StatementPendencySection(StatementService statements) {
        this.statements = statements;
    }

    @Override
    public Optional<Tab> tab() {
        if (!statements.seesProposals()) {
            return Optional.empty();
        }
        return Optional.of(new Tab("statements", new Div().getTranslation("statement.pendency.tab"), 30,
                () -> new Content(statements)));
    }

    /** The tab's content. */
    static final class Content extends Div {

        final Grid<StatementSummary> grid = new Grid<>();

        Content(StatementService statements) {
            setId("pendency-statements");
            setWidthFull();
            var waiting = statements.proposals().stream().filter(s -> s.status() == StatementStatus.PROPOSED)
                    .sorted(Comparator.comparing(StatementSummary::proposedAt)).toList();
            var summary = new Span(getTranslation("statement.pendency.summary", waiting.size()));
            summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");
            grid.setId("pendency-statement-grid");
            grid.addColumn(s -> Bidi.ltr("#" + s.id())).setHeader("#").setWidth("5em").setFlexGrow(0);
            grid.addColumn(StatementSummary::occasion).setHeader(getTranslation("statement.occasion")).setFlexGrow(3);
            grid.addColumn(StatementSummary::company).setHeader(getTranslation("statement.company")).setFlexGrow(1);
            grid.addColumn(s -> getTranslation("statement.urgency." + s.urgency().name()))
                    .setHeader(getTranslation("statement.urgency")).setWidth("8em").setFlexGrow(0);
            grid.addColumn(StatementSummary::proposerName).setHeader(getTranslation("statement.proposer")).setFlexGrow(1);
            grid.addColumn(s -> Bidi.ltr(Formats.date(s.proposedAt(), getLocale())))
                    .setHeader(getTranslation("statement.pendency.waitingSince")).setWidth("9em").setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.getColumns().forEach(c -> c.setSortable(false));
            grid.setEmptyStateText(getTranslation("statement.pendency.none"));
            grid.setAllRowsVisible(true);
            grid.setItems(waiting);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("statements/" + e.getItem().id())));
            add(summary, grid);
        }
    }
}
