package pk.gov.mashwara.engagement.ui;

import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.engagement.CommitmentFilter;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.routing.ui.section.PendencySection;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;

/**
 * The pendency page's tab of commitments: the open commitments of engagements with the companies that are past
 * their day, as the user may see them, the longest overdue first, each followed up from here by whoever may.
 * Offered to those who may open the commitments at all.
 */
@SpringComponent
@UIScope
class CommitmentPendencySection implements PendencySection {

    private final CommitmentService commitments;
    private final CurrentUser currentUser;

    CommitmentPendencySection(CommitmentService commitments, CurrentUser currentUser) {
        this.commitments = commitments;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Tab> tab() {
        var allowed = currentUser.get().filter(u -> u.hasAny(Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY,
                Role.FOCAL_PERSON, Role.NSA_LEAD, Role.AUDITOR, Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER))
                .isPresent();
        if (!allowed) {
            return Optional.empty();
        }
        return Optional.of(new Tab("commitments", new Div().getTranslation("engagement.pendency.tab"), 40,
                () -> new Content(commitments)));
    }

    /** The tab's content. */
    static final class Content extends Div {

        final Grid<CommitmentInfo> grid = new Grid<>();
        final Span summary = new Span();
        private final CommitmentService commitments;

        Content(CommitmentService commitments) {
            this.commitments = commitments;
            setId("pendency-commitments");
            setWidthFull();
            summary.addClassNames(LumoUtility.TextColor.SECONDARY, "pendency-summary");
            grid.setId("pendency-commitment-grid");
            CommitmentColumns.configure(this, grid, true, this::followUp);
            grid.setEmptyStateText(getTranslation("engagement.pendency.none"));
            grid.setAllRowsVisible(true);
            add(summary, grid);
            refresh();
        }

        private void followUp(CommitmentInfo c, CommitmentStatus outcome) {
            new FollowUpDialog(commitments, c, outcome, this::refresh).open();
        }

        private void refresh() {
            var overdue = commitments.list(new CommitmentFilter(null, null, true));
            summary.setText(getTranslation("engagement.pendency.summary", overdue.size()));
            grid.setItems(overdue);
        }
    }
}
