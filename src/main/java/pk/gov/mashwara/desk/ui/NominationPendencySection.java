package pk.gov.mashwara.desk.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.NominationPendency;
import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * The pendency page's tab of nominations for focal person (direction 3): each nomination still on its way, whose step
 * is next (the members' views and the secretary's consensus, the recommendation to the PM, the PM's answer), since
 * when, and which members have not given their view. Offered to those who may read nominations: the NSMCWG and the
 * auditor. (Kept with the desk, which already shows the same nominations as work: the directory may not depend on
 * the routing module, which depends on it.)
 */
@SpringComponent
@UIScope
class NominationPendencySection implements PendencySection {

    private final FocalPersonService focal;

    NominationPendencySection(FocalPersonService focal) {
        this.focal = focal;
    }

    @Override
    public Optional<Tab> tab() {
        if (!focal.mayReadNominations()) {
            return Optional.empty();
        }
        return Optional.of(new Tab("nominations", new Div().getTranslation("nomination.pendency.tab"), 50,
                () -> new Content(focal.pendency())));
    }

    /** The tab's content. */
    static final class Content extends Div {

        /** How many of the members whose view is awaited are named; the rest are counted. */
        static final int NAMED = 8;

        final Grid<NominationPendency> grid = new Grid<>();

        Content(List<NominationPendency> pending) {
            setId("pendency-nominations");
            setWidthFull();
            var summary = new Span(getTranslation("nomination.pendency.summary", pending.size()));
            summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");
            grid.setId("pendency-nomination-grid");
            grid.addColumn(NominationPendency::nomineeName).setHeader(getTranslation("focal.nominee")).setFlexGrow(2);
            grid.addColumn(p -> getTranslation("focal.status." + p.status().name()))
                    .setHeader(getTranslation("focal.status")).setWidth("11em").setFlexGrow(0);
            grid.addColumn(this::next).setHeader(getTranslation("nomination.pendency.next")).setFlexGrow(3);
            grid.addColumn(p -> p.since() == null ? "" : Bidi.ltr(Formats.date(p.since(), getLocale())))
                    .setHeader(getTranslation("pendency.column.since")).setWidth("8em").setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.getColumns().forEach(c -> c.setSortable(false));
            grid.setEmptyStateText(getTranslation("nomination.pendency.none"));
            grid.setAllRowsVisible(true);
            grid.setItems(pending);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("focal-person")));
            add(summary, grid);
        }

        /** The members whose view is awaited, by name, the first few only when they are many. */
        String awaited(NominationPendency p) {
            var names = p.awaitedNames();
            var separator = getTranslation("nomination.pendency.separator");
            if (names.size() <= NAMED) {
                return String.join(separator, names);
            }
            return getTranslation("nomination.pendency.andOthers", String.join(separator, names.subList(0, NAMED)),
                    names.size() - NAMED);
        }

        /** Whose step is next, in words: who has not given a view yet, or the secretary's step, or the PM's answer. */
        String next(NominationPendency p) {
            return switch (p.next()) {
                case VIEWS -> p.awaitedNames().isEmpty()
                        ? getTranslation("nomination.pendency.next.VIEWS.all", p.views(), p.members())
                        : getTranslation("nomination.pendency.next.VIEWS", p.views(), p.members(), awaited(p));
                case RECOMMENDATION -> getTranslation("nomination.pendency.next.RECOMMENDATION");
                case APPROVAL -> getTranslation("nomination.pendency.next.APPROVAL",
                        p.reference() == null ? "" : Bidi.ltr(p.reference()));
            };
        }
    }
}
