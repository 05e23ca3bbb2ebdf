package pk.gov.mashwara.audit.ui;

import java.time.Instant;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The audit log, newest first, filtered by user, action, target and dates (days in Pakistan time), with the
 * verification of its hash chain. Read-only for everyone.
 */
@Route("audit")
@Menu(order = 30, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed({ Role.AUDITOR_NAME, Role.ADMIN_NAME })
public class AuditView extends Main implements HasDynamicTitle {

    final Grid<AuditRecord> grid = new Grid<>();
    final TextField actor = new TextField();
    final Select<AuditAction> action = new Select<>();
    final TextField target = new TextField();
    final DatePicker from = Formats.dayFirst(new DatePicker());
    final DatePicker to = Formats.dayFirst(new DatePicker());
    final Button entryRange = new Button();
    final ChainCheck chain;
    private final AuditLog log;
    private Long firstId;
    private Long lastId;

    private final pk.gov.mashwara.directory.DirectoryService directory;
    /** People in the log by user id, looked up once per page. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    public AuditView(AuditLog log, pk.gov.mashwara.directory.DirectoryService directory) {
        this.directory = directory;
        this.log = log;
        Views.frame(this);
        chain = new ChainCheck(log::verifyAndRecord, this::showEntries);
        var title = Views.header(getTranslation("audit.title"), chain);
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
        target.setPlaceholder(getTranslation("audit.filter.target"));
        target.setAriaLabel(getTranslation("audit.filter.target"));
        target.setClearButtonVisible(true);
        target.setValueChangeMode(ValueChangeMode.LAZY);
        target.addValueChangeListener(e -> refresh());
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setAriaLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setAriaLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
        entryRange.setIcon(VaadinIcon.CLOSE_SMALL.create());
        entryRange.setIconAfterText(true);
        entryRange.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        entryRange.setId("audit-entry-range");
        entryRange.setVisible(false);
        entryRange.addClickListener(e -> showEntries(null, null));
        var filters = new Div(actor, action, target, from, to, entryRange);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.BASELINE);

        // Fits a 1366-pixel laptop in English and Urdu: fixed room per column, the detail takes the rest and wraps;
        // the full hash and the entry's place in the chain are in the row's details
        grid.addColumn(AuditRecord::id).setHeader(getTranslation("audit.entry")).setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(r -> Bidi.isolate(Formats.dateTime(r.occurredAt(), getLocale())))
                .setHeader(getTranslation("audit.when")).setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actor)).setHeader(getTranslation("audit.actor")).setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("auditAction." + r.action().name())).setHeader(getTranslation("audit.action"))
                .setWidth("9em").setFlexGrow(1);
        var target = grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setWidth("10em").setFlexGrow(1);
        var outcome = grid.addColumn(r -> getTranslation("auditOutcome." + r.outcome().name())).setHeader(getTranslation("audit.outcome"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail")).setWidth("8em").setFlexGrow(3);
        var hash = grid.addColumn(r -> Bidi.isolate(ChainCheck.shortHash(r.hash()))).setHeader(getTranslation("audit.hash"))
                .setWidth("9.5em").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.empty"));
        // the row's details show the target and the full hash
        Views.hideWhenNarrow(this, target, outcome, hash);
        grid.setId("audit-grid");
        add(title, filters, grid);
        refresh();
    }

    /** "Draft 5", "User pta.drafter": the kind of target in the reader's language, its id isolated. */
    private String target(AuditRecord r) {
        return r.target(key -> getTranslation(key));
    }

    /** Shows only the entries with ids from {@code first} to {@code last}; null for all. */
    void showEntries(Long first, Long last) {
        firstId = first;
        lastId = last;
        entryRange.setVisible(first != null);
        if (first != null) {
            entryRange.setText(first.equals(last) ? getTranslation("audit.filter.entry", first)
                    : getTranslation("audit.filter.entries", first, last));
            entryRange.setAriaLabel(getTranslation("audit.filter.clearEntries"));
        }
        refresh();
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("error.audit.range"));
            grid.setItems();
            return;
        }
        to.setInvalid(false);
        var query = new AuditQuery(blankToNull(actor.getValue()), action.getValue(), null,
                blankToNull(target.getValue()), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)), firstId, lastId);
        grid.setItems(q -> log.find(query, q.getOffset(), q.getLimit()).stream(), q -> (int) log.count(query));
    }

    private Div details(AuditRecord r) {
        var details = new Div();
        details.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.FontSize.SMALL,
                LumoUtility.Padding.Horizontal.MEDIUM);
        // what a narrow window leaves out of the row
        details.add(new Span(getTranslation("audit.target") + ": " + target(r) + " · " + getTranslation("audit.outcome")
                + ": " + getTranslation("auditOutcome." + r.outcome().name())));
        if (r.hash() == null) {
            details.add(new Span(getTranslation("audit.details.unchained")));
        } else {
            details.add(line("audit.details.seq", Long.toString(r.seq())), line("audit.details.hash", r.hash()),
                    line("audit.details.prevHash", r.prevHash()));
        }
        if (r.remoteAddr() != null) {
            details.add(line("audit.details.remote", r.remoteAddr()));
        }
        return details;
    }

    private Span line(String key, String value) {
        var line = new Span(getTranslation(key) + ": ");
        var code = new Span(value);
        code.getStyle().set("font-family", "monospace");
        code.getElement().setAttribute("dir", "ltr");
        line.add(code);
        return line;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.PKT).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }

    /** Who acted, by name and office, with the user id beneath as secondary text (the log is searched by it). */
    private Div actor(AuditRecord record) {
        var id = record.actor() == null ? "" : record.actor();
        var name = names.computeIfAbsent(id, u -> u.isEmpty() ? "" : directory.nameAndOffice(u, getLocale()));
        var cell = new Div();
        cell.addClassNames("audit-actor");
        if (!name.equals(id)) {
            var shown = new Span(name);
            shown.addClassNames("audit-actor-name");
            cell.add(shown);
        }
        var user = new Span(id);
        user.addClassNames("audit-actor-id", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        user.getElement().setAttribute("dir", "ltr");
        cell.add(user);
        return cell;
    }
}
