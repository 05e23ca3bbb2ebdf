package pk.gov.mashwara.datarequest.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyPendency;
import pk.gov.mashwara.datarequest.DataRequestViews.Summary;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.PriorityFlag;
import pk.gov.mashwara.shared.ui.Views;

/**
 * Data requests: those the user may see, with where each addressed body stands (asked, acknowledged, answered,
 * overdue …), and the requests of each body by state (pendency). The NSMCWG's secretary and focal person ask from here.
 */
@Route("data-requests")
@Menu(order = 5, title = "nav.dataRequests", icon = "vaadin:table")
@RolesAllowed({ "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.AUDITOR_NAME, Role.COMMITTEE_DRAFTER_NAME,
        Role.COMMITTEE_OFFICER_NAME })
public class DataRequestsView extends Main implements HasDynamicTitle {

    final Grid<Summary> grid = new Grid<>();
    final Grid<BodyPendency> pendency = new Grid<>();

    public DataRequestsView(DataRequestService requests) {
        Views.frame(this);
        setId("data-requests");
        var header = requests.mayAsk()
                ? Views.header(getTranslation("datarequest.title"), Views.addButton(getTranslation("datarequest.new"),
                        "new-data-request", e -> new NewDataRequestDialog(requests,
                                id -> getUI().ifPresent(ui -> ui.navigate("data-requests/" + id))).open()))
                : Views.header(getTranslation("datarequest.title"));
        var intro = new Span(getTranslation("datarequest.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(header, intro);

        var locale = getLocale();
        grid.setId("data-request-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> Bidi.ltr(s.reference(), locale)).setHeader(getTranslation("datarequest.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(s -> {
            var subject = new Span(Bidi.isolate(s.subject()));
            var line = new Div(PriorityFlag.inList(this, s.priority()), subject);
            line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
            return line;
        })).setHeader(getTranslation("datarequest.subject")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(s -> {
            var cell = new Div();
            cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
            s.bodies().forEach(b -> cell.add(DataRequestLabels.body(this, b)));
            return cell;
        })).setHeader(getTranslation("datarequest.bodies")).setFlexGrow(3);
        grid.addColumn(s -> DataRequestLabels.date(s.dueAt(), locale)).setHeader(getTranslation("datarequest.due"))
                .setAutoWidth(true).setFlexGrow(0);
        var direction = grid.addColumn(s -> s.directionNumber() == null ? ""
                : getTranslation("datarequest.directionShort", Bidi.ltr(s.directionNumber(), locale)))
                .setHeader(getTranslation("datarequest.direction")).setAutoWidth(true).setFlexGrow(0);
        Views.hideWhenNarrow(this, direction);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("data-requests/" + e.getItem().id())));
        var items = requests.list(null, null);
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("datarequest.none"));
        grid.setAllRowsVisible(items.size() <= 12);
        add(grid);

        var byBody = requests.pendencyByBody();
        if (!byBody.isEmpty()) {
            var title = new H3(getTranslation("datarequest.pendency.title"));
            title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
            pendency.setId("data-request-pendency");
            pendency.addColumn(p -> p.name() == null ? p.code()
                    : (locale.getLanguage().equals("ur") && p.nameUr() != null ? p.nameUr() : p.name()))
                    .setHeader(getTranslation("datarequest.pendency.body")).setFlexGrow(3);
            column("asked", BodyPendency::asked);
            column("acknowledged", BodyPendency::acknowledged);
            column("clarification", BodyPendency::clarification);
            column("partlyAnswered", BodyPendency::partlyAnswered);
            column("answered", BodyPendency::answered);
            column("declined", BodyPendency::declined);
            column("overdue", BodyPendency::overdue);
            pendency.setItems(byBody);
            pendency.setAllRowsVisible(true);
            add(title, pendency);
        }
    }

    private void column(String key, java.util.function.ToIntFunction<BodyPendency> count) {
        pendency.addColumn(p -> Integer.toString(count.applyAsInt(p)))
                .setHeader(getTranslation("datarequest.pendency." + key)).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("datarequest.title");
    }
}
