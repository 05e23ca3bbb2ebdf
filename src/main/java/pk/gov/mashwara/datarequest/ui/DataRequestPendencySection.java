package pk.gov.mashwara.datarequest.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyPendency;
import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;

/**
 * The pendency page's tab of data requests: per body, its requests by where they stand and how many are overdue
 * (every body for the NSMCWG and the auditor, one's own body otherwise), the most overdue first. Offered to those
 * who may open the data requests at all.
 */
@SpringComponent
@UIScope
class DataRequestPendencySection implements PendencySection {

    private final DataRequestService requests;
    private final CurrentUser currentUser;

    DataRequestPendencySection(DataRequestService requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Tab> tab() {
        var allowed = currentUser.get().filter(u -> u.hasAny(Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY,
                Role.FOCAL_PERSON, Role.AUDITOR, Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER)).isPresent();
        if (!allowed) {
            return Optional.empty();
        }
        return Optional.of(new Tab("data-requests", new Div().getTranslation("datarequest.pendency.tab"), 20,
                () -> new Content(requests.pendencyByBody())));
    }

    /** The tab's content. */
    static final class Content extends Div {

        final Grid<BodyPendency> grid = new Grid<>();

        Content(java.util.List<BodyPendency> byBody) {
            setId("pendency-data-requests");
            setWidthFull();
            var locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
            int overdue = byBody.stream().mapToInt(BodyPendency::overdue).sum();
            var summary = new Span(getTranslation("datarequest.pendency.summary", byBody.size(), overdue));
            summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");
            grid.setId("pendency-data-request-grid");
            grid.addColumn(p -> p.name() == null ? p.code()
                    : (locale.getLanguage().equals("ur") && p.nameUr() != null ? p.nameUr() : p.name()))
                    .setHeader(getTranslation("datarequest.pendency.body")).setFlexGrow(3);
            column("asked", BodyPendency::asked);
            column("acknowledged", BodyPendency::acknowledged);
            column("clarification", BodyPendency::clarification);
            column("partlyAnswered", BodyPendency::partlyAnswered);
            column("answered", BodyPendency::answered);
            column("declined", BodyPendency::declined);
            column("overdue", BodyPendency::overdue);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            grid.getColumns().forEach(c -> c.setSortable(false));
            grid.setEmptyStateText(getTranslation("datarequest.pendency.none"));
            grid.setAllRowsVisible(true);
            grid.setItems(byBody);
            grid.setPartNameGenerator(p -> p.overdue() > 0 ? "overdue" : null);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("data-requests")));
            add(summary, grid);
        }

        private void column(String key, ToIntFunction<BodyPendency> count) {
            grid.addColumn(p -> Integer.toString(count.applyAsInt(p)))
                    .setHeader(getTranslation("datarequest.pendency." + key)).setAutoWidth(true).setFlexGrow(0);
        }
    }
}
