package pk.gov.mashwara.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.shared.ui.Formats;

/** The audit log, newest first, filtered by user and action. Read-only for everyone. */
@Route("audit")
@Menu(order = 30, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed({ Role.AUDITOR_NAME, Role.ADMIN_NAME })
public class AuditView extends Main implements HasDynamicTitle {

    final Grid<AuditRecord> grid = new Grid<>();
    final TextField actor = new TextField();
    final Select<AuditAction> action = new Select<>();
    private final AuditLog log;

    public AuditView(AuditLog log) {
        this.log = log;
        Views.frame(this);
        var title = Views.header(getTranslation("audit.title"));
        actor.setPlaceholder(getTranslation("audit.actor"));
        actor.setAriaLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> refresh());
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.anyAction"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.anyAction") : getTranslation("auditAction." + a.name()));
        action.setAriaLabel(getTranslation("audit.action"));
        action.addValueChangeListener(e -> refresh());
        var filters = new Div(actor, action);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("auditAction." + r.action().name())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(r -> r.targetType() == null ? "" : r.targetType() + " " + r.targetId()).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("auditOutcome." + r.outcome().name())).setHeader(getTranslation("audit.outcome")).setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("audit-grid");
        add(title, filters, grid);
        refresh();
    }

    void refresh() {
        var query = new AuditQuery(actor.getValue().isBlank() ? null : actor.getValue(), action.getValue(), null, null, null, null);
        grid.setItems(q -> log.find(query, q.getOffset(), q.getLimit()).stream(), q -> (int) log.count(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
