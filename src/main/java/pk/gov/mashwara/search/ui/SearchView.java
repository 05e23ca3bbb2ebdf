package pk.gov.mashwara.search.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.CommentFilter;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.IndexUnavailableException;
import pk.gov.mashwara.search.RecordFilter;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.search.records.RecordSearch;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.text.ui.reader.ReaderLinks;

/** Full-text search over the drafts the user may see, with facets and paging, and the comments that match. */
@Route("search")
@Menu(order = 2, title = "nav.search", icon = "vaadin:search")
@PermitAll
public class SearchView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final TextField queryField = new TextField();
    final Button searchButton = new Button();
    final Checkbox allVersions = new Checkbox();
    final Span message = new Span();
    final Span total = new Span();
    final Div results = new Div();
    final SearchFacets facets = new SearchFacets(this::facetChanged);
    final SearchComments comments = new SearchComments(this::commentFacetChanged);
    final SearchRecords records = new SearchRecords(this::recordFacetChanged);
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageLabel = new Span();
    final Button rebuild = new Button();
    final RebuildProgress progress;
    private final SearchService search;
    private SearchQuery query = SearchQuery.of("");
    private CommentFilter commentFilter = CommentFilter.ALL;
    private RecordFilter recordFilter = RecordFilter.ALL;
    /** Whether the user has searched: the results to show once a rebuilding index is ready. */
    private boolean searched;

    private final CurrentUser currentUser;

    public SearchView(SearchService search, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.search = search;
        this.progress = new RebuildProgress(search::status, () -> {
            if (searched) {
                run(query);
            }
        });
        Views.frame(this);
        rebuild.setText(getTranslation("search.rebuild"));
        rebuild.setId("search-rebuild");
        rebuild.setVisible(currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false));
        rebuild.addClickListener(e -> startRebuild());

        queryField.setId("search-query");
        queryField.setPlaceholder(getTranslation("search.field"));
        queryField.setAriaLabel(getTranslation("search.field"));
        queryField.setHelperText(getTranslation("search.help"));
        queryField.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        queryField.setClearButtonVisible(true);
        queryField.getElement().setAttribute("dir", "auto");
        queryField.setWidthFull();
        queryField.addKeyPressListener(Key.ENTER, e -> run(query()));
        searchButton.setText(getTranslation("search.button"));
        searchButton.setId("search-button");
        searchButton.addClickListener(e -> run(query()));
        allVersions.setLabel(getTranslation("search.allVersions"));
        allVersions.setId("search-all-versions");
        allVersions.addValueChangeListener(e -> run(query.withAllVersions(e.getValue())));
        var bar = new Div(queryField, searchButton);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);

        message.setId("search-message");
        message.addClassNames(LumoUtility.TextColor.SECONDARY);
        total.setId("search-total");
        results.setId("search-results");
        previous.setText(getTranslation("search.previous"));
        previous.addClickListener(e -> run(query.withPage(query.page() - 1)));
        next.setText(getTranslation("search.next"));
        next.addClickListener(e -> run(query.withPage(query.page() + 1)));
        var pager = new Div(previous, pageLabel, next);
        pager.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);

        var list = new Div(total, message, progress, results, pager);
        list.addClassNames("search-list", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        // beside the documents: the comments, then the working group's other business
        var side = new Div(comments, records);
        side.addClassNames("search-side", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.LARGE);
        side.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
        var body = new Div(facets, list, side);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE, LumoUtility.FlexWrap.WRAP);
        add(Views.header(getTranslation("search.title"), rebuild), bar, allVersions, body);
        showPager(false);
    }

    /**
     * A hit opens the version's text in the reader, with the search's words marked there; the draft page is one
     * click further.
     */
    static String hitTarget(SearchHit hit, String queryText) {
        return ReaderLinks.of(hit.draftId(), hit.version(), queryText);
    }

    private SearchQuery query() {
        return new SearchQuery(queryField.getValue(), query.committees(), query.kinds(), query.statuses(), query.years(),
                allVersions.getValue(), 0, SearchQuery.DEFAULT_PAGE_SIZE);
    }

    private void facetChanged(String dimension, Set<String> values) {
        var withText = query();
        run(switch (dimension) {
            case "committee" -> withText.withCommittees(values);
            case "kind" -> withText.withKinds(values.stream().map(v -> DraftKind.fromName(v).orElseThrow()).collect(Collectors.toSet()));
            case "status" -> withText.withStatuses(values.stream().map(DraftStatus::valueOf).collect(Collectors.toSet()));
            case "year" -> withText.withYears(values.stream().map(Integer::valueOf).collect(Collectors.toSet()));
            default -> withText;
        });
    }

    private void commentFacetChanged(String dimension, Set<String> values) {
        commentFilter = switch (dimension) {
            case CommentResults.CATEGORY -> new CommentFilter(values, commentFilter.severities());
            case CommentResults.SEVERITY -> new CommentFilter(commentFilter.categories(), values);
            default -> commentFilter;
        };
        run(query);
    }

    private void recordFacetChanged(String dimension, Set<String> values) {
        recordFilter = switch (dimension) {
            case RecordSearch.KIND -> new RecordFilter(values.stream().map(RecordKind::valueOf)
                    .collect(Collectors.toSet()), recordFilter.bodies(), recordFilter.statuses());
            case RecordSearch.BODY -> new RecordFilter(recordFilter.kinds(), values, recordFilter.statuses());
            case RecordSearch.STATUS -> new RecordFilter(recordFilter.kinds(), recordFilter.bodies(), values);
            default -> recordFilter;
        };
        run(query);
    }

    void run(SearchQuery wanted) {
        query = wanted;
        searched = true;
        results.removeAll();
        total.setText("");
        message.setText("");
        queryField.setInvalid(false);
        comments.clear();
        records.clear();
        try {
            var result = search.search(wanted, commentFilter, recordFilter);
            total.setText(getTranslation("search.results", result.total()));
            result.hits().forEach(hit -> results.add(new SearchHitCard(hit, hitTarget(hit, wanted.text()))));
            facets.show(result.facets());
            comments.show(result.comments());
            records.show(result.records());
            if (result.total() == 0) {
                message.setText(getTranslation("search.empty"));
            }
            pageLabel.setText(getTranslation("search.page", result.page() + 1, Math.max(1, result.pages())));
            previous.setEnabled(result.page() > 0);
            next.setEnabled(result.page() + 1 < result.pages());
            showPager(result.pages() > 1);
            progress.stop();
        } catch (IndexUnavailableException e) {
            // the index is checked or rebuilt: how far it has got, and the results once it is ready
            progress.follow(e.status());
            showPager(false);
        } catch (pk.gov.mashwara.search.InvalidQueryException e) {
            // a query that cannot be understood: said under the query, which stays as typed to be corrected
            queryField.setErrorMessage(e.localizedMessage(getLocale()));
            queryField.setInvalid(true);
            showPager(false);
        } catch (UserFacingException e) {
            // anything else: said plainly where the results would be
            message.setText(e.localizedMessage(getLocale()));
            showPager(false);
        }
    }

    private void showPager(boolean visible) {
        previous.setVisible(visible);
        next.setVisible(visible);
        pageLabel.setVisible(visible);
    }

    private void startRebuild() {
        try {
            progress.follow(search.rebuild());
            Notices.success(getTranslation("search.rebuild.started"));
        } catch (RuntimeException e) {
            Notices.error(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // opened while the index is checked or rebuilt (after a restart, say): show it at once, not on the first search
        var status = search.status();
        if (!status.ready()) {
            progress.follow(status);
        }
    }

    /**
     * An administrator's role alone sees no draft, so searching finds nothing: it is not offered in the menu and
     * its address leads to the administrator's desk, where the index is watched and rebuilt.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (currentUser.get().filter(pk.gov.mashwara.security.MashwaraUser::administratorOnly).isPresent()) {
            event.forwardTo("desk");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
