package pk.gov.mashwara.engagement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.engagement.CommitmentFilter;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The commitments made in the engagements the user may see, overdue first (the longest overdue first), then open by
 * the day due, then those followed up; filtered by state and to the overdue ones; each followed up from here.
 */
@Route("commitments")
@Menu(order = 8, title = "nav.commitments", icon = "vaadin:calendar-clock")
@RolesAllowed({ "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.NSA_LEAD_NAME, Role.AUDITOR_NAME,
        Role.COMMITTEE_DRAFTER_NAME, Role.COMMITTEE_OFFICER_NAME })
public class CommitmentsView extends Main implements HasDynamicTitle {

    /** The "all" choice of the state filter. */
    static final String ALL = "ALL";

    final Grid<CommitmentInfo> grid = new Grid<>();
    final Select<String> status = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Span summary = new Span();
    private final CommitmentService commitments;

    public CommitmentsView(CommitmentService commitments) {
        this.commitments = commitments;
        Views.frame(this);
        setId("commitments");
        status.setLabel(getTranslation("engagement.commitment.state"));
        status.setItems(ALL, CommitmentStatus.OPEN.name(), CommitmentStatus.DONE.name(), CommitmentStatus.LAPSED.name());
        status.setItemLabelGenerator(s -> ALL.equals(s) ? getTranslation("engagement.filter.all")
                : getTranslation("commitmentStatus." + s));
        status.setValue(ALL);
        status.setId("commitment-status-filter");
        status.addValueChangeListener(e -> refresh());
        overdueOnly.setLabel(getTranslation("engagement.filter.overdueOnly"));
        overdueOnly.setId("commitment-overdue-filter");
        overdueOnly.addValueChangeListener(e -> refresh());
        var filters = new Div(status, overdueOnly);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY);
        summary.setId("commitment-summary");
        CommitmentColumns.configure(this, grid, true, (c, outcome) -> new FollowUpDialog(commitments, c, outcome,
                this::refresh).open());
        grid.setId("commitment-grid");
        grid.setHeight("70vh");
        add(Views.header(getTranslation("engagement.commitments.title")), summary, filters, grid);
        refresh();
    }

    void refresh() {
        var s = status.getValue() == null || ALL.equals(status.getValue()) ? null : CommitmentStatus.valueOf(status.getValue());
        var rows = commitments.list(new CommitmentFilter(null, s, overdueOnly.getValue()));
        grid.setItems(rows);
        summary.setText(getTranslation("engagement.commitments.summary", rows.size(),
                rows.stream().filter(CommitmentInfo::overdue).count()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.commitments.title") + " · " + getTranslation("app.name");
    }
}
