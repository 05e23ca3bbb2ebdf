package pk.gov.mashwara.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;

import pk.gov.mashwara.review.ComparableVersions;
import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.PassageMarker;
import pk.gov.mashwara.review.PassageMarkers;
import pk.gov.mashwara.review.VersionComparison;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.text.ExtractionSummary;

/**
 * Two versions of a draft compared, side by side or inline, at {@code drafts/<id>/compare?from=1&to=2&mode=side}:
 * what changed between them, paragraph by paragraph and word by word, with the threads of each version marked on
 * the paragraphs they are about. Without {@code from} and {@code to} it compares the two newest versions.
 */
@Route("drafts/:draftId([0-9]{1,18})/compare")
@PermitAll
public class DiffView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String DRAFT = "draftId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MODE = "mode";

    /** How the comparison is laid out; its name in lower case is the {@code mode} of the address. */
    enum Mode {
        SIDE, INLINE
    }

    private final VersionComparison comparisons;
    private final ObjectProvider<PassageMarkers> markerSource;
    private final pk.gov.mashwara.review.ComparisonExports exports;
    /** The redline of the two versions shown, as a Word document with tracked changes and as a PDF. */
    final Anchor redlineDocx = new Anchor();
    final Anchor redlinePdf = new Anchor();
    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Div banner = new Div();
    final Div summary = new Div();
    final Div places = new Div();
    final Div notes = new Div();
    final DiffRows rows = new DiffRows();
    private long draftId;
    private Map<Integer, ExtractionSummary> statuses = Map.of();
    private Comparison comparison;
    private Markers markers = Markers.NONE;
    private boolean updating;

    public DiffView(VersionComparison comparisons, ObjectProvider<PassageMarkers> markerSource,
            ObjectProvider<pk.gov.mashwara.review.ComparisonExports> exports) {
        this.comparisons = comparisons;
        this.markerSource = markerSource;
        this.exports = exports.getIfAvailable();
        addClassNames("view", "diff-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.LARGE, LumoUtility.Gap.MEDIUM);
        back.setText(getTranslation("compare.back"));
        back.addClassNames(LumoUtility.FontSize.SMALL);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE, "draft-heading");
        title.getElement().setAttribute("dir", "auto");
        from.setLabel(getTranslation("compare.from"));
        from.setId("compare-from");
        to.setLabel(getTranslation("compare.to"));
        to.setId("compare-to");
        from.addValueChangeListener(e -> chosen());
        to.addValueChangeListener(e -> chosen());
        mode.setLabel(getTranslation("compare.mode"));
        mode.setId("compare-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("compare.mode." + m.name()));
        mode.setValue(Mode.SIDE);
        mode.addValueChangeListener(e -> chosen());
        var controls = new Div(from, to, mode);
        if (this.exports != null) {
            redlineDocx.setId("redline-docx");
            redlineDocx.add(new com.vaadin.flow.component.icon.Icon(com.vaadin.flow.component.icon.VaadinIcon.FILE_TEXT_O),
                    new com.vaadin.flow.component.html.Span(getTranslation("review.redline.docx")));
            redlineDocx.getElement().setAttribute("title", getTranslation("review.redline.docx.hint"));
            redlinePdf.setId("redline-pdf");
            redlinePdf.add(new com.vaadin.flow.component.icon.Icon(com.vaadin.flow.component.icon.VaadinIcon.FILE_O),
                    new com.vaadin.flow.component.html.Span(getTranslation("review.redline.pdf")));
            redlinePdf.getElement().setAttribute("title", getTranslation("review.redline.pdf.hint"));
            for (var link : List.of(redlineDocx, redlinePdf)) {
                link.addClassNames("read-link", "redline-link");
                link.setVisible(false);
                controls.add(link);
            }
        }
        controls.addClassNames("diff-controls", LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.END);
        banner.addClassNames("diff-banner");
        banner.setId("diff-banner");
        banner.getElement().setAttribute("role", "status");
        summary.addClassNames("diff-summary");
        summary.setId("diff-summary");
        places.addClassNames("diff-places");
        places.setId("diff-places");
        places.setVisible(false);
        notes.addClassNames("diff-notes");
        add(back, title, controls, banner, summary, places, notes, rows);
    }

    /** The address of the comparison of two versions, e.g. {@code drafts/7/compare?from=1&to=2}. */
    public static String location(long draftId, int from, int to) {
        return "drafts/" + draftId + "/compare?" + FROM + "=" + from + "&" + TO + "=" + to;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().getLong(DRAFT).orElse(0L);
        var query = event.getLocation().getQueryParameters();
        ComparableVersions versions;
        try {
            versions = comparisons.versions(draftId);
        } catch (NotFoundException e) {
            Notices.error(e);
            event.forwardTo("drafts");
            return;
        }
        back.setHref("drafts/" + draftId);
        statuses = versions.versions().stream().collect(Collectors.toMap(ExtractionSummary::versionNumber, s -> s));
        var numbers = versions.versions().stream().map(ExtractionSummary::versionNumber).toList();
        var wantedTo = number(query, TO).orElse(numbers.getFirst());
        var wantedFrom = number(query, FROM).orElse(numbers.stream().filter(n -> n < wantedTo).findFirst()
                .orElse(numbers.getLast()));
        var wantedMode = query.getSingleParameter(MODE).map(m -> m.toUpperCase(Locale.ROOT))
                .filter(m -> m.equals(Mode.INLINE.name())).map(Mode::valueOf).orElse(Mode.SIDE);
        choose(numbers, wantedFrom, wantedTo, wantedMode);
        title.setText(getTranslation("compare.heading", versions.draftTitle(), wantedFrom, wantedTo));
        if (numbers.size() < 2) {
            fail(getTranslation("compare.onlyOne"));
            return;
        }
        compare(wantedFrom, wantedTo);
    }

    private void compare(int older, int newer) {
        var source = markerSource.getIfAvailable();
        long id = draftId;
        List<PassageMarker> onOlder;
        List<PassageMarker> onNewer;
        VersionComparison.Keep keep;
        try {
            onOlder = source == null ? List.of() : source.markersOf(draftId, older);
            onNewer = source == null ? List.of() : source.markersOf(draftId, newer);
            // a paragraph with a thread on it is never folded away
            keep = new VersionComparison.Keep(onOlder, onNewer);
            comparison = comparisons.compare(id, older, newer, 0, DiffRows.CHUNK, keep);
        } catch (UserFacingException e) {
            comparison = null;
            fail(e.localizedMessage(getLocale()));
            return;
        }
        markers = Markers.of(onOlder, onNewer);
        banner.setVisible(false);
        offerRedlines(id, older, newer);
        showSummary(comparison);
        rows.show(comparison, markers, mode.getValue() == Mode.INLINE, new DiffRows.Source() {
            @Override
            public Comparison page(int start) {
                var page = comparisons.compare(id, older, newer, start, DiffRows.CHUNK, keep);
                showPlaces(page);
                return page;
            }

            @Override
            public List<Comparison.Row> rows(int start, int count) {
                return comparisons.rows(id, older, newer, start, count);
            }
        });
    }

    /**
     * The redline of the versions compared (record module, through {@link pk.gov.mashwara.review.ComparisonExports}):
     * written when asked for, as whoever asks, and audited then.
     */
    private void offerRedlines(long id, int older, int newer) {
        if (exports == null) {
            return;
        }
        var export = exports;
        // translated now, in the page's language: the download runs outside the page's request
        var failed = getTranslation("error.download.redline");
        redlineDocx.setHref(download(() -> export.docx(id, older, newer), failed),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        redlinePdf.setHref(download(() -> export.pdf(id, older, newer), failed),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        redlineDocx.setVisible(true);
        redlinePdf.setVisible(true);
    }

    private static com.vaadin.flow.server.streams.DownloadHandler download(
            java.util.function.Supplier<pk.gov.mashwara.review.ComparisonExports.ExportedFile> file, String failed) {
        return com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            try {
                var exported = file.get();
                return new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(exported.content()), exported.fileName(), exported.mediaType(),
                        exported.content().length);
            } catch (RuntimeException e) {
                return com.vaadin.flow.server.streams.DownloadResponse.error(404, failed);
            }
        });
    }

    private void showSummary(Comparison shown) {
        var counts = shown.counts();
        summary.setText(shown.identical()
                ? getTranslation("compare.identical", shown.from().versionNumber(), shown.to().versionNumber())
                : getTranslation("compare.summary", counts.paragraphsChanged(), counts.paragraphsAdded(),
                        counts.paragraphsRemoved(), counts.wordsAdded(), counts.wordsRemoved()));
        summary.setVisible(true);
        showPlaces(shown);
        var lines = new ArrayList<String>();
        for (var version : List.of(shown.from(), shown.to())) {
            if (version.truncated()) {
                lines.add(getTranslation("compare.truncated", version.versionNumber(), version.characters()));
            }
        }
        if (shown.precision().approximateAlignment()) {
            lines.add(getTranslation("compare.precision.alignment"));
        }
        if (shown.precision().paragraphsWithoutWordDetail() > 0) {
            lines.add(getTranslation("compare.precision.words", shown.precision().paragraphsWithoutWordDetail()));
        }
        if (shown.precision().textLimit() > 0) {
            lines.add(getTranslation("compare.precision.text", shown.precision().textLimit()));
        }
        if (shown.precision().differenceLimit() > 0) {
            lines.add(getTranslation("compare.precision.differences", shown.precision().differenceLimit()));
        }
        notes.removeAll();
        lines.forEach(line -> notes.add(new Div(line)));
        notes.setVisible(!lines.isEmpty());
    }

    /** "The versions differ in N places; showing the first M", as far as the pages shown so far reach. */
    private void showPlaces(Comparison page) {
        places.setText(page.next() == null
                ? getTranslation("compare.places.all", page.places())
                : getTranslation("compare.places", page.places(), page.placesShown()));
        places.setVisible(!page.identical() && page.places() > 0);
    }

    private void fail(String message) {
        redlineDocx.setVisible(false);
        redlinePdf.setVisible(false);
        banner.setText(message);
        banner.setVisible(true);
        summary.setVisible(false);
        places.setVisible(false);
        notes.setVisible(false);
        rows.clear();
    }

    /** Sets the controls to what the address asks for, without taking that for a choice of the user's. */
    private void choose(List<Integer> numbers, int older, int newer, Mode wanted) {
        updating = true;
        try {
            for (var select : List.of(from, to)) {
                select.setItems(numbers);
                select.setItemLabelGenerator(this::versionLabel);
            }
            from.setValue(numbers.contains(older) ? older : null);
            to.setValue(numbers.contains(newer) ? newer : null);
            mode.setValue(wanted);
        } finally {
            updating = false;
        }
    }

    private String versionLabel(Integer number) {
        var status = statuses.get(number);
        return status == null || status.status().hasText() ? getTranslation("compare.version", number)
                : getTranslation("compare.version.status", number, getTranslation("extractionStatus." + status.status().name()));
    }

    /** A choice in the controls goes into the address, so that the comparison can be bookmarked and shared. */
    private void chosen() {
        if (updating || from.getValue() == null || to.getValue() == null) {
            return;
        }
        var parameters = QueryParameters.simple(Map.of(FROM, from.getValue().toString(), TO, to.getValue().toString(),
                MODE, mode.getValue().name().toLowerCase(Locale.ROOT)));
        UI.getCurrent().navigate(DiffView.class, new RouteParameters(DRAFT, Long.toString(draftId)), parameters);
    }

    private static java.util.Optional<Integer> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> v.matches("[0-9]{1,9}")).map(Integer::valueOf);
    }

    Comparison shownComparison() {
        return comparison;
    }

    @Override
    public String getPageTitle() {
        return (comparison == null ? getTranslation("compare.title")
                : comparison.draftTitle() + " · v" + comparison.from().versionNumber() + " → v"
                        + comparison.to().versionNumber()) + " · " + getTranslation("app.name");
    }
}
