package pk.gov.mashwara.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.statement.IssuedStatement;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.StatementSummary;

/**
 * Statements (direction 5): the register of issued statements, which every signed-in user reads, and below it the
 * proposals the user may see (their own, those they were asked a view on, or all of them for the spokesperson, MoIT
 * and the NSMCWG secretary). Anyone of a body or of the NSMCWG may propose a statement from here.
 */
@Route("statements")
@Menu(order = 6, title = "nav.statements", icon = "vaadin:megaphone")
@PermitAll
public class StatementsView extends Main implements HasDynamicTitle {

    final Grid<IssuedStatement> issued = new Grid<>();
    final Grid<StatementSummary> proposals = new Grid<>();
    final Button propose;
    private final StatementService statements;

    public StatementsView(StatementService statements) {
        this.statements = statements;
        Views.frame(this);
        setId("statements");
        propose = Views.addButton(getTranslation("statement.propose"), "propose-statement",
                e -> new StatementDialog(statements, null, id -> getUI().ifPresent(ui -> ui.navigate("statements/" + id)))
                        .open());
        propose.setVisible(statements.mayPropose());
        add(Views.header(getTranslation("statement.title"), propose));
        var note = new Span(getTranslation("statement.direction", Bidi.ltr("No. 1(1)/AS-II/2021")));
        note.addClassName("statement-direction");
        add(note);

        add(new H3(getTranslation("statement.issued.title")));
        // the final text is what the register is read for: it takes the room the other columns leave (they have
        // fixed room that wraps), at least enough to read a line, so that the page does not scroll sideways on a
        // small laptop; text in the other script keeps its own direction (its full stop at its own end)
        issued.addColumn(s -> Bidi.ltr(Formats.dateTime(s.issuedAt(), getLocale()))).setHeader(getTranslation("statement.issuedAt"))
                .setWidth("8.5em").setFlexGrow(0);
        issued.addColumn(s -> getTranslation("statement.channel." + s.channel().name()))
                .setHeader(getTranslation("statement.channel")).setWidth("7em").setFlexGrow(0);
        issued.addColumn(s -> Bidi.isolate(s.company())).setHeader(getTranslation("statement.company")).setWidth("7.5em")
                .setFlexGrow(0);
        issued.addColumn(s -> Bidi.isolate(s.finalText())).setHeader(getTranslation("statement.finalText"))
                .setWidth("11em").setFlexGrow(1).setKey("finalText");
        issued.addColumn(s -> Bidi.isolate(s.issuerName())).setHeader(getTranslation("statement.issuer")).setWidth("8.5em")
                .setFlexGrow(0);
        var record = issued.addColumn(new ComponentRenderer<>(s -> s.intact()
                ? new Badge(getTranslation("statement.intact"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("statement.broken"), Badge.Tone.ERROR)))
                .setHeader(getTranslation("statement.hash")).setWidth("6.5em").setFlexGrow(0)
                .setTooltipGenerator(s -> Bidi.ltr("SHA-256 " + s.hash()));
        // on a small laptop the record's check gives its room to the text; the statement's page still shows it
        Views.hideWhenNarrow(this, record);
        issued.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        issued.setEmptyStateText(getTranslation("statement.issued.none"));
        issued.setId("issued-statements");
        issued.setAllRowsVisible(true);
        issued.setItems(statements.issued());
        add(issued);

        if (statements.seesProposals()) {
            add(new H3(getTranslation("statement.proposals.title")));
            var number = proposals.addColumn(s -> Bidi.ltr("#" + s.id())).setHeader("#").setWidth("4em").setFlexGrow(0);
            proposals.addColumn(s -> Bidi.isolate(s.occasion())).setHeader(getTranslation("statement.occasion"))
                    .setWidth("10em").setFlexGrow(3);
            proposals.addColumn(s -> Bidi.isolate(s.company())).setHeader(getTranslation("statement.company"))
                    .setWidth("6.5em").setFlexGrow(1);
            proposals.addColumn(s -> getTranslation("statement.urgency." + s.urgency().name()))
                    .setHeader(getTranslation("statement.urgency")).setWidth("8em").setFlexGrow(0);
            proposals.addColumn(new ComponentRenderer<>(s -> new Badge(getTranslation("statement.status." + s.status().name()),
                    Badge.Tone.INFO))).setHeader(getTranslation("statement.status")).setWidth("9em").setFlexGrow(0);
            proposals.addColumn(s -> Bidi.isolate(s.proposerName())).setHeader(getTranslation("statement.proposer"))
                    .setWidth("7.5em").setFlexGrow(1);
            var proposedAt = proposals.addColumn(s -> Bidi.ltr(Formats.date(s.proposedAt(), getLocale())))
                    .setHeader(getTranslation("statement.proposedAt")).setWidth("8em").setFlexGrow(0);
            // on a small laptop the number and the day give their room to the occasion (the page shows both)
            Views.hideWhenNarrow(this, number, proposedAt);
            proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            proposals.setEmptyStateText(getTranslation("statement.proposals.none"));
            proposals.setId("statement-proposals");
            proposals.setAllRowsVisible(true);
            proposals.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("statements/" + e.getItem().id())));
            proposals.setItems(statements.proposals());
            add(proposals);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title") + " · " + getTranslation("app.name");
    }
}
