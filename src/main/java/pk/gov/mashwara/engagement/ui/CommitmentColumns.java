package pk.gov.mashwara.engagement.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentStatus;

/** The columns of a list of commitments, on an engagement's page and on the commitments page. */
final class CommitmentColumns {

    private CommitmentColumns() {
    }

    /**
     * @param withEngagement whether to show the engagement each belongs to (the commitments page)
     * @param followUp       what "Done" and "Lapsed" do; offered on open commitments (the service decides who may)
     */
    static void configure(Component owner, Grid<CommitmentInfo> grid, boolean withEngagement,
            BiConsumer<CommitmentInfo, CommitmentStatus> followUp) {
        grid.addColumn(new ComponentRenderer<>(c -> EngagementLabels.state(owner, c)))
                .setHeader(owner.getTranslation("engagement.commitment.state")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(EngagementLabels::owner).setHeader(owner.getTranslation("engagement.commitment.owner"))
                .setWidth("7em").setFlexGrow(0);
        // the description takes what room is left, at least enough to read; the rest have fixed room that wraps, so
        // that the desk does not scroll sideways on a small laptop
        grid.addColumn(new ComponentRenderer<>(c -> what(owner, c, withEngagement)))
                .setHeader(owner.getTranslation("engagement.commitment.what")).setWidth("10em").setFlexGrow(3)
                .setKey("what");
        grid.addColumn(c -> EngagementLabels.day(c.dueOn())).setHeader(owner.getTranslation("engagement.commitment.due"))
                .setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(c -> actions(owner, c, followUp)))
                .setHeader(owner.getTranslation("engagement.commitment.followUp")).setWidth("9em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setEmptyStateText(owner.getTranslation("engagement.commitment.none"));
    }

    private static Component what(Component owner, CommitmentInfo c, boolean withEngagement) {
        var box = new Div(new Span(pk.gov.mashwara.shared.ui.Bidi.isolate(c.description())));
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        if (withEngagement) {
            var about = new com.vaadin.flow.component.html.Anchor("engagements/" + c.engagementId(),
                    pk.gov.mashwara.shared.ui.Bidi.isolate(c.company()) + " · "
                            + pk.gov.mashwara.shared.ui.Bidi.isolate(c.engagementSubject()));
            about.addClassNames(LumoUtility.FontSize.XSMALL);
            box.add(about);
        }
        if (c.status() != CommitmentStatus.OPEN) {
            var closed = new Span(owner.getTranslation("engagement.commitment.closedBy", c.closedBy(),
                    pk.gov.mashwara.shared.ui.Bidi.ltr(pk.gov.mashwara.shared.ui.Formats.dateTime(c.closedAt(),
                            com.vaadin.flow.component.UI.getCurrent().getLocale())))
                    + (c.note() == null ? "" : " — " + c.note()));
            closed.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            box.add(closed);
        }
        return box;
    }

    private static Component actions(Component owner, CommitmentInfo c,
            BiConsumer<CommitmentInfo, CommitmentStatus> followUp) {
        var box = new Div();
        if (!EngagementLabels.open(c)) {
            return box;
        }
        var done = new Button(owner.getTranslation("engagement.commitment.done"), e -> followUp.accept(c, CommitmentStatus.DONE));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        done.setId("commitment-done-" + c.id());
        var lapsed = new Button(owner.getTranslation("engagement.commitment.lapsed"),
                e -> followUp.accept(c, CommitmentStatus.LAPSED));
        lapsed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        lapsed.setId("commitment-lapsed-" + c.id());
        box.add(done, lapsed);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        return box;
    }
}
