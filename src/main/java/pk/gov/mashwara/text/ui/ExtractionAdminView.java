package pk.gov.mashwara.text.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.text.ExtractionAdminService;
import pk.gov.mashwara.text.ExtractionProblem;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;

/**
 * Text extraction for administrators: how many versions stand where, the ones that did not give full text with
 * the reason, and another try for one or all failed ones. Shows ids and statuses, never draft content.
 */
@Route("admin/extraction")
@Menu(order = 22, title = "extraction.nav", icon = "vaadin:file-process")
@RolesAllowed(Role.ADMIN_NAME)
public class ExtractionAdminView extends Main implements HasDynamicTitle {

    private final ExtractionAdminService extraction;
    final Div counts = new Div();
    final Span notes = new Span();
    final Grid<ExtractionProblem> problems = new Grid<>();
    final Button retryAll = new Button();
    /** The files attached to records (letters, evidence, answers, engagement documents) that gave no full text. */
    final Grid<ExtractionProblem> fileProblems = new Grid<>();
    final Span fileCounts = new Span();

    public ExtractionAdminView(ExtractionAdminService extraction) {
        this.extraction = extraction;
        Views.frame(this);
        retryAll.setText(getTranslation("extraction.retryAll"));
        retryAll.setIcon(new Icon(VaadinIcon.REFRESH));
        retryAll.setId("retry-all");
        retryAll.addClickListener(e -> {
            var queued = extraction.retryAllFailed();
            Notices.success(getTranslation("extraction.retried", queued));
            refresh();
        });
        var refresh = new Button(getTranslation("extraction.refresh"), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = Views.header(getTranslation("extraction.title"), new Div(refresh, retryAll));
        counts.addClassNames("extraction-counts");
        counts.setId("extraction-counts");
        notes.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        configureGrid();
        configureFileGrid();
        var filesTitle = new com.vaadin.flow.component.html.H3(getTranslation("extraction.files.title"));
        fileCounts.setId("extraction-file-counts");
        fileCounts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(header, counts, notes, problems, filesTitle, fileCounts, fileProblems);
        refresh();
    }

    private void configureGrid() {
        problems.addColumn(p -> p.draftId()).setHeader(getTranslation("extraction.draft")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> "v" + p.versionNumber()).setHeader(getTranslation("version.number")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(new ComponentRenderer<>(p -> ExtractionLabels.badge(this, new ExtractionSummary(
                p.versionNumber(), p.status(), p.reason(), 0, false, false, null))))
                .setHeader(getTranslation("extraction.status")).setAutoWidth(true);
        problems.addColumn(p -> ExtractionLabels.reason(this, p.reason())).setHeader(getTranslation("extraction.reason"))
                .setFlexGrow(2);
        problems.addColumn(ExtractionProblem::detail).setHeader(getTranslation("extraction.detail")).setFlexGrow(2)
                .setTooltipGenerator(ExtractionProblem::detail);
        problems.addColumn(ExtractionProblem::attempts).setHeader(getTranslation("extraction.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.finishedAt() == null ? "" : Formats.dateTime(p.finishedAt(), getLocale()))
                .setHeader(getTranslation("extraction.finished")).setAutoWidth(true);
        problems.addColumn(new ComponentRenderer<>(this::retryButton)).setAutoWidth(true).setFlexGrow(0);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.getColumns().forEach(c -> c.setSortable(false));
        // the most recent first, a page at a time from the service: the view holds no list of its own
        problems.setItems(query -> LazyPages.fetch(query, ExtractionAdminService.MAX_PAGE, extraction::problems),
                query -> (int) Math.min(Integer.MAX_VALUE, extraction.problemCount()));
        problems.setEmptyStateText(getTranslation("extraction.problems.empty"));
        problems.setId("extraction-problems");
        problems.setSizeFull();
    }

    private void configureFileGrid() {
        fileProblems.addColumn(p -> p.fileSha256().substring(0, 16) + "…")
                .setHeader(getTranslation("extraction.files.sha256")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(ExtractionProblem::fileSha256);
        fileProblems.addColumn(new ComponentRenderer<>(p -> ExtractionLabels.badge(this, new ExtractionSummary(
                0, p.status(), p.reason(), 0, false, false, null))))
                .setHeader(getTranslation("extraction.status")).setAutoWidth(true);
        fileProblems.addColumn(p -> ExtractionLabels.reason(this, p.reason()))
                .setHeader(getTranslation("extraction.reason")).setFlexGrow(2);
        fileProblems.addColumn(ExtractionProblem::detail).setHeader(getTranslation("extraction.detail")).setFlexGrow(2)
                .setTooltipGenerator(ExtractionProblem::detail);
        fileProblems.addColumn(ExtractionProblem::attempts).setHeader(getTranslation("extraction.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        fileProblems.addColumn(p -> p.finishedAt() == null ? "" : Formats.dateTime(p.finishedAt(), getLocale()))
                .setHeader(getTranslation("extraction.finished")).setAutoWidth(true);
        fileProblems.addColumn(new ComponentRenderer<>(this::retryFileButton)).setAutoWidth(true).setFlexGrow(0);
        fileProblems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        fileProblems.getColumns().forEach(c -> c.setSortable(false));
        fileProblems.setItems(query -> LazyPages.fetch(query, ExtractionAdminService.MAX_PAGE, extraction::fileProblems),
                query -> (int) Math.min(Integer.MAX_VALUE, extraction.fileProblemCount()));
        fileProblems.setEmptyStateText(getTranslation("extraction.files.empty"));
        fileProblems.setId("extraction-file-problems");
        fileProblems.setWidthFull();
        fileProblems.setHeight("18em");
    }

    private Button retryFileButton(ExtractionProblem problem) {
        var retry = new Button(getTranslation("extraction.retry"), e -> {
            try {
                extraction.retryFile(problem.fileSha256());
                Notices.success(getTranslation("extraction.retried", 1));
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setId("retry-file-" + problem.fileSha256().substring(0, 16));
        return retry;
    }

    private Button retryButton(ExtractionProblem problem) {
        var retry = new Button(getTranslation("extraction.retry"), e -> {
            try {
                extraction.retry(problem.draftId(), problem.versionNumber());
                Notices.success(getTranslation("extraction.retried", 1));
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setId("retry-" + problem.draftId() + "-" + problem.versionNumber());
        return retry;
    }

    void refresh() {
        var overview = extraction.overview();
        counts.removeAll();
        for (var status : ExtractionStatus.values()) {
            var tile = new Div(new Span(Long.toString(overview.count(status))), new Span(ExtractionLabels.status(this, status)));
            tile.addClassNames("extraction-count", "count-" + status.name().toLowerCase(java.util.Locale.ROOT));
            counts.add(tile);
        }
        notes.setText(getTranslation(overview.enabled() ? "extraction.enabled" : "extraction.disabled") + " "
                + getTranslation(overview.ocrAvailable() ? "extraction.ocrOn" : "extraction.ocrOff"));
        problems.getDataProvider().refreshAll();
        var files = extraction.fileCounts();
        long filesTotal = files.values().stream().mapToLong(Long::longValue).sum();
        fileCounts.setText(getTranslation("extraction.files.counts", filesTotal,
                files.getOrDefault(ExtractionStatus.DONE, 0L) + files.getOrDefault(ExtractionStatus.TRUNCATED, 0L),
                files.getOrDefault(ExtractionStatus.PENDING, 0L) + files.getOrDefault(ExtractionStatus.EXTRACTING, 0L),
                extraction.fileProblemCount()));
        fileProblems.getDataProvider().refreshAll();
        retryAll.setEnabled(overview.count(ExtractionStatus.FAILED) > 0
                || files.getOrDefault(ExtractionStatus.FAILED, 0L) > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("extraction.title") + " · " + getTranslation("app.name");
    }
}
