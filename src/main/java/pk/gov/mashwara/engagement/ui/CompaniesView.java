package pk.gov.mashwara.engagement.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.engagement.CompanyInfo;
import pk.gov.mashwara.engagement.CompanyService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Views;

/** Administrators keep the list of social media companies: add one, rename it, or mark it no longer dealt with. */
@Route("admin/companies")
@Menu(order = 24, title = "nav.companies", icon = "vaadin:globe")
@RolesAllowed(Role.ADMIN_NAME)
public class CompaniesView extends Main implements HasDynamicTitle {

    final Grid<CompanyInfo> grid = new Grid<>();
    final Button add;
    private final CompanyService companies;

    public CompaniesView(CompanyService companies) {
        this.companies = companies;
        Views.frame(this);
        add = Views.addButton(getTranslation("companies.add"), "add-company",
                e -> new CompanyDialog(companies, null, this::refresh).open());
        grid.addColumn(c -> Bidi.isolate(c.name())).setHeader(getTranslation("companies.name")).setFlexGrow(1);
        grid.addColumn(c -> c.services() == null ? "—" : Bidi.isolate(c.services())).setHeader(getTranslation("companies.services"))
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(c -> c.active()
                ? new Badge(getTranslation("companies.active"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("companies.inactive"), Badge.Tone.NEUTRAL)))
                .setHeader(getTranslation("companies.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> new CompanyDialog(companies, e.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("companies-grid");
        add(Views.header(getTranslation("companies.title"), add), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(companies.companies(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("companies.title") + " · " + getTranslation("app.name");
    }

    /** Adds a company, or changes one. */
    static class CompanyDialog extends FormDialog {

        final TextField name = new TextField();
        final TextField services = new TextField();
        final Checkbox active = new Checkbox();
        private final CompanyService companies;
        private final CompanyInfo company;

        CompanyDialog(CompanyService companies, CompanyInfo company, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation(company == null ? "companies.add" : "companies.edit"));
            this.companies = companies;
            this.company = company;
            setId("company-dialog");
            name.setLabel(getTranslation("companies.name"));
            name.setId("company-name");
            services.setLabel(getTranslation("companies.services"));
            services.setId("company-services");
            active.setLabel(getTranslation("companies.active"));
            active.setValue(company == null || company.active());
            active.setVisible(company != null);
            if (company != null) {
                name.setValue(company.name());
                services.setValue(company.services() == null ? "" : company.services());
            }
            add(new FormLayout(name, services, active));
            save.setId("company-save");
        }

        @Override
        protected String persist() {
            var saved = company == null ? companies.add(name.getValue(), services.getValue())
                    : companies.change(company.id(), name.getValue(), services.getValue(), active.getValue());
            return getTranslation("companies.saved", saved.name());
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("name", name, "services", services);
        }

        @Override
        protected String fieldOf(UserFacingException refusal) {
            return refusal instanceof ConflictException ? "name" : super.fieldOf(refusal);
        }
    }
}
