package pk.gov.mashwara.engagement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.engagement.CompanyInfo;
import pk.gov.mashwara.engagement.CompanyService;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.EngagementSummary;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The engagements with the companies the user may see, newest first, filtered by company; for the NSMCWG and the
 * NSA's lead a button to log one. A row opens the engagement's page.
 */
@Route("engagements")
@Menu(order = 7, title = "nav.engagements", icon = "vaadin:handshake")
@RolesAllowed({ "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.NSA_LEAD_NAME, Role.AUDITOR_NAME,
        Role.COMMITTEE_DRAFTER_NAME, Role.COMMITTEE_OFFICER_NAME })
public class EngagementListView extends Main implements HasDynamicTitle {

    final ComboBox<CompanyInfo> company = new ComboBox<>();
    final Grid<EngagementSummary> grid = new Grid<>();
    private final EngagementService engagements;

    public EngagementListView(EngagementService engagements, CompanyService companies,
            pk.gov.mashwara.directory.DirectoryService directory) {
        this.engagements = engagements;
        Views.frame(this);
        setId("engagements");
        var header = engagements.mayLog()
                ? Views.header(getTranslation("engagement.list.title"), Views.addButton(
                        getTranslation("engagement.log"), "log-engagement", e -> new EngagementDialog(engagements,
                                companies, directory.committees(), created -> getUI().ifPresent(ui -> ui.navigate("engagements/" + created)))
                                .open()))
                : Views.header(getTranslation("engagement.list.title"));
        var intro = new Span(getTranslation("engagement.list.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);

        company.setLabel(getTranslation("engagement.field.company"));
        company.setPlaceholder(getTranslation("engagement.filter.allCompanies"));
        company.setItems(companies.companies(false));
        company.setItemLabelGenerator(CompanyInfo::name);
        company.setClearButtonVisible(true);
        company.setId("engagement-company-filter");
        company.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(e -> EngagementLabels.day(e.occurredOn())).setHeader(getTranslation("engagement.field.date"))
                .setWidth("8.25em").setFlexGrow(0);
        grid.addColumn(e -> Bidi.isolate(e.company())).setHeader(getTranslation("engagement.field.company"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("engagementKind." + e.kind().name()))
                .setHeader(getTranslation("engagement.field.kind")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(e -> Bidi.isolate(e.subject())).setHeader(getTranslation("engagement.field.subject"))
                .setFlexGrow(3).setKey("subject");
        var lead = grid.addColumn(e -> Bidi.isolate(e.leadName())).setHeader(getTranslation("engagement.field.lead"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(e -> e.overdueCommitments() > 0
                ? getTranslation("engagement.list.openOverdue", e.openCommitments(), e.overdueCommitments())
                : getTranslation("engagement.list.open", e.openCommitments()))
                .setHeader(getTranslation("engagement.field.commitments")).setWidth("10em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(e -> e.overdueCommitments() > 0 ? "overdue" : null);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setEmptyStateText(getTranslation("engagement.list.none"));
        Views.hideWhenNarrow(this, lead);
        grid.setItems(query -> LazyPages.fetch(query, EngagementService.MAX_PAGE, (offset, limit) -> engagements.list(
                company.getValue() == null ? null : company.getValue().id(), null, null, null, offset, limit)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("engagements/" + e.getItem().id())));
        grid.setId("engagement-grid");
        grid.setHeight("70vh");
        add(header, intro, company, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.list.title") + " · " + getTranslation("app.name");
    }
}
