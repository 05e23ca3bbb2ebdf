package pk.gov.mashwara.datarequest.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.DataRequestViews.DeskEntry;
import pk.gov.mashwara.desk.ui.section.DeskSection;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.PriorityFlag;

/**
 * The desk's part of data requests: for a body's users, the requests their body owes; for the requester, what the
 * bodies did (answered, declined, asked for clarification) and what is overdue.
 */
@SpringComponent
@UIScope
class DataRequestDeskSection implements DeskSection {

    private final DataRequestService requests;

    DataRequestDeskSection(DataRequestService requests) {
        this.requests = requests;
    }

    @Override
    public Optional<Component> section() {
        var entries = requests.desk();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        var part = new Div();
        part.setId("desk-data-requests");
        var title = new H3(part.getTranslation("datarequest.desk.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        var locale = UI.getCurrent() == null ? java.util.Locale.ENGLISH : UI.getCurrent().getLocale();
        var grid = new Grid<DeskEntry>();
        grid.setId("desk-data-request-grid");
        grid.addColumn(e -> Bidi.ltr(e.reference(), locale)).setHeader(part.getTranslation("datarequest.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(e -> {
            var line = new Div(PriorityFlag.inList(part, e.priority()), new Span(Bidi.isolate(e.subject())));
            line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
            return line;
        })).setHeader(part.getTranslation("datarequest.subject")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(e -> {
            var cell = new Div(new Span(part.getTranslation(e.forRequester() ? "datarequest.desk.news"
                    : "datarequest.desk.owed", Bidi.ltr(e.bodyCode(), locale),
                    part.getTranslation("datarequest.state." + e.state().name()))));
            if (e.overdue()) {
                cell.add(new Badge(part.getTranslation("datarequest.overdue"), Badge.Tone.ERROR));
            }
            cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
            return cell;
        })).setHeader(part.getTranslation("datarequest.desk.what")).setFlexGrow(2);
        grid.addColumn(e -> Formats.date(e.dueAt(), locale)).setHeader(part.getTranslation("datarequest.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("data-requests/" + e.getItem().requestId())));
        part.add(title, grid);
        return Optional.of(part);
    }
}
