package pk.gov.mashwara.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * The drafts the user may see, loaded page by page from the service, filtered by committee, kind, status and
 * words of the title.
 */
@Route("drafts")
@Menu(order = 1, title = "nav.drafts", icon = "vaadin:file-text-o")
@PermitAll
public class DraftListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<DraftSummary> grid = new Grid<>();
    final TextField titleFilter = new TextField();
    final ComboBox<CommitteeInfo> committeeFilter = new ComboBox<>();
    // combo boxes, not selects: a select keeps one element per choice on the server for as long as the list is open
    final ComboBox<DraftKind> kindFilter = new ComboBox<>();
    final ComboBox<DraftStatus> statusFilter = new ComboBox<>();
    final Button newDraft;
    private final DraftService drafts;
    private final CurrentUser currentUser;
    private final java.util.List<pk.gov.mashwara.draft.VersionAnnotations> annotationSources;
    /** What other modules say about the latest version of each draft on the current page. */
    private final java.util.Map<Long, java.util.List<pk.gov.mashwara.draft.VersionAnnotation>> latestNotes =
            new java.util.concurrent.ConcurrentHashMap<>();

    public DraftListView(DraftService drafts, DirectoryService directory, CurrentUser currentUser,
            java.util.List<pk.gov.mashwara.draft.VersionAnnotations> annotationSources) {
        this.drafts = drafts;
        this.annotationSources = annotationSources;
        this.currentUser = currentUser;
        Views.frame(this);
        newDraft = Views.addButton(getTranslation("drafts.new"), "new-draft",
                e -> new NewDraftDialog(drafts, this::refresh).open());
        newDraft.setVisible(!drafts.committeesForNewDrafts().isEmpty());
        var header = Views.header(getTranslation("drafts.title"), newDraft);

        titleFilter.setPlaceholder(getTranslation("drafts.filter.title"));
        titleFilter.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        titleFilter.setClearButtonVisible(true);
        titleFilter.setValueChangeMode(ValueChangeMode.LAZY);
        titleFilter.setAriaLabel(getTranslation("drafts.filter.title"));
        committeeFilter.setItems(directory.committees().stream().filter(c -> !c.isNsmcwg()).toList());
        committeeFilter.setItemLabelGenerator(c -> c.code() + " — " + c.displayName(getLocale()));
        committeeFilter.setPlaceholder(getTranslation("drafts.filter.committee"));
        committeeFilter.setClearButtonVisible(true);
        committeeFilter.setAriaLabel(getTranslation("drafts.filter.committee"));
        // A committee's own users only ever see their committee's drafts: the filter would have one choice
        committeeFilter.setVisible(currentUser.get().map(u -> u.isNsmcwg() || u.has(Role.AUDITOR)).orElse(false));
        // empty is any kind, any status: the placeholder says so and the clear button goes back to it
        kindFilter.setItems(DraftKind.values());
        kindFilter.setItemLabelGenerator(k -> DraftLabels.kind(this, k));
        kindFilter.setPlaceholder(getTranslation("drafts.filter.anyKind"));
        kindFilter.setClearButtonVisible(true);
        kindFilter.setAriaLabel(getTranslation("drafts.column.kind"));
        statusFilter.setItems(DraftStatus.values());
        statusFilter.setItemLabelGenerator(s -> DraftLabels.status(this, s));
        statusFilter.setPlaceholder(getTranslation("drafts.filter.anyStatus"));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setAriaLabel(getTranslation("drafts.column.status"));
        titleFilter.addValueChangeListener(e -> refresh());
        committeeFilter.addValueChangeListener(e -> refresh());
        kindFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        var filters = new Div(titleFilter, committeeFilter, kindFilter, statusFilter);
        filters.addClassNames("filters", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);

        configureGrid();
        add(header, filters, grid);
        refresh();
    }

    private void configureGrid() {
        // Widths fit a 1366-pixel laptop in English and Urdu without scrolling sideways: the title keeps room to be
        // read and grows; the other columns have fixed room and wrap what does not fit
        // the title and status cells are templates the browser fills from each row's values: a page of the list keeps
        // no component for them (user text goes into the template's text only, never its markup)
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<DraftSummary>of("""
                <div class="flex flex-col py-xs"><span class="font-medium draft-title" dir="auto">${item.title}</span>\
                <span class="text-xs text-secondary">${item.meta}</span></div>""")
                .withProperty("title", DraftSummary::title)
                .withProperty("meta", d -> (d.diaryNumber() == null ? "" : Bidi.ltr(d.diaryNumber()) + " · ")
                        + DraftLabels.classification(this, d.classification())))
                .setHeader(getTranslation("drafts.column.title"))
                .setWidth("16em").setFlexGrow(4).setSortProperty("title").setKey("title");
        grid.addColumn(DraftSummary::committeeCode).setHeader(getTranslation("drafts.column.committee"))
                .setWidth("7.5em").setFlexGrow(0).setKey("committee");
        grid.addColumn(d -> DraftLabels.kind(this, d.kind())).setHeader(getTranslation("drafts.column.kind"))
                .setWidth("8em").setFlexGrow(1).setKey("kind");
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<DraftSummary>of(
                "<span class=\"badge badge-${item.tone}\">${item.status}</span>")
                .withProperty("tone", d -> DraftLabels.statusTone(d.status()).name().toLowerCase(java.util.Locale.ROOT))
                .withProperty("status", d -> DraftLabels.status(this, d.status())))
                .setHeader(getTranslation("drafts.column.status")).setWidth("9.5em").setFlexGrow(0).setKey("status");
        grid.addColumn(d -> "v" + d.latestVersion()).setHeader(getTranslation("drafts.column.version"))
                .setWidth("6em").setFlexGrow(0).setKey("version");
        if (!annotationSources.isEmpty()) {
            grid.addColumn(new ComponentRenderer<>(d -> {
                var box = new Div();
                box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
                latestNotes.getOrDefault(d.id(), java.util.List.of())
                        .forEach(a -> box.add(VersionAnnotationBadges.badge(this, a)));
                return box;
            })).setHeader(getTranslation("version.text")).setWidth("8.5em").setFlexGrow(1).setKey("text");
        }
        grid.addColumn(d -> Formats.dateTime(d.updatedAt(), getLocale())).setHeader(getTranslation("drafts.column.updated"))
                .setSortProperty("updatedAt").setKey("updatedAt").setWidth("7.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Views.hideWhenNarrow(this, java.util.stream.Stream.of("kind", "version", "text").map(grid::getColumnByKey)
                .filter(java.util.Objects::nonNull).toArray(com.vaadin.flow.component.grid.Grid.Column[]::new));
        grid.setEmptyStateText(getTranslation("drafts.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DraftView.class, DraftView.parameters(e.getItem().id()))));
        grid.setSizeFull();
        grid.setId("drafts-grid");
    }

    void refresh() {
        var filter = new DraftFilter(committeeFilter.getValue() == null ? null : committeeFilter.getValue().id(),
                kindFilter.getValue(), statusFilter.getValue(), titleFilter.getValue());
        grid.setItems(query -> {
            var page = drafts.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent();
            page.forEach(d -> latestNotes.remove(d.id()));
            for (var source : annotationSources) {
                source.forLatest(page).forEach((id, note) -> latestNotes.merge(id, java.util.List.of(note),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
            }
            return page.stream();
        }, query -> (int) drafts.count(filter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // An administrator's role alone shows no drafts: their work is on their own desk
        currentUser.get().filter(pk.gov.mashwara.security.MashwaraUser::administratorOnly)
                .ifPresent(u -> event.forwardTo("desk"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title") + " · " + getTranslation("app.name");
    }
}
