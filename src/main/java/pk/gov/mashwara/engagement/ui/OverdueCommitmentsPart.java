package pk.gov.mashwara.engagement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;

/**
 * The desk's part of overdue commitments: those the user's body owes and those of the engagements the user leads,
 * the longest overdue first, each followed up from here. Shown only when there is one.
 */
@org.springframework.modulith.NamedInterface("desk-part")
public class OverdueCommitmentsPart extends Div {

    /** Built when there is something overdue: an empty desk part keeps nothing for the open page. */
    Grid<CommitmentInfo> grid;
    private final CommitmentService commitments;

    public OverdueCommitmentsPart(CommitmentService commitments) {
        this.commitments = commitments;
        setId("desk-overdue-commitments");
        refresh();
    }

    /** Whether the user has an overdue commitment to see to. */
    public boolean hasAny() {
        return isVisible();
    }

    private void followUp(CommitmentInfo c, CommitmentStatus outcome) {
        new FollowUpDialog(commitments, c, outcome, this::refresh).open();
    }

    void refresh() {
        var rows = commitments.overdueOnMyDesk();
        if (grid == null && !rows.isEmpty()) {
            grid = new Grid<>();
            var title = new H3(getTranslation("engagement.desk.title"));
            title.addClassName("desk-section-title");
            CommitmentColumns.configure(this, grid, true, this::followUp);
            grid.setAllRowsVisible(true);
            grid.setId("desk-commitments-grid");
            add(title, grid);
        }
        if (grid != null) {
            grid.setItems(rows);
        }
        setVisible(!rows.isEmpty());
    }
}
