package pk.gov.mashwara.text.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.function.SerializableConsumer;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;

import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Polling;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ReaderService;
import pk.gov.mashwara.text.UnreadableQueryException;
import pk.gov.mashwara.text.VersionReading;
import pk.gov.mashwara.text.ui.reader.PassageMark;
import pk.gov.mashwara.text.ui.reader.ReaderExtension;
import pk.gov.mashwara.text.ui.reader.ReaderLinks;
import pk.gov.mashwara.text.ui.reader.ReaderPage;
import pk.gov.mashwara.text.ui.reader.TextSelection;

/**
 * The extracted text of one version, for reading: paragraphs in their own direction, where the extraction
 * stands (refreshed while it runs), whether the text came from OCR, and the other versions of the draft.
 * Reached from the draft page, or directly at {@code drafts/<id>/versions/<n>/text}. Opened from a search
 * hit ({@code ?q=<the search>}), it marks every match of the search in the text and starts at the first.
 */
@Route("drafts/:draftId([0-9]{1,18})/versions/:number([0-9]{1,9})/text")
@PermitAll
public class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle, ReaderPage {

    static final int POLL_MILLIS = 3000;
    private static final String DRAFT = "draftId";
    private static final String NUMBER = "number";
    static final String QUERY = ReaderLinks.QUERY;

    private final ReaderService reader;
    final H2 title = new H2();
    final Div badges = new Div();
    final Div banner = new Div();
    final Nav versions = new Nav();
    final ReaderText text = new ReaderText();
    final RunningLinesNote running = new RunningLinesNote();
    final ReaderMatchBar matches = new ReaderMatchBar(text);
    final Anchor back = new Anchor();
    final Div aside = new Div();
    private final List<ReaderExtension> extensions;
    private VersionReading current;
    private String query;
    private QueryParameters parameters = QueryParameters.empty();
    private Registration polling;

    public ReaderView(ReaderService reader, ObjectProvider<ReaderExtension> extensions) {
        this.reader = reader;
        this.extensions = extensions.orderedStream().toList();
        addClassNames("view", "reader-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.LARGE, LumoUtility.Gap.MEDIUM);
        back.setText(getTranslation("reader.back"));
        back.addClassNames(LumoUtility.FontSize.SMALL);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE, "draft-heading");
        title.getElement().setAttribute("dir", "auto");
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        banner.addClassNames("reader-banner");
        banner.setId("reader-banner");
        banner.getElement().setAttribute("role", "status");
        versions.addClassNames("reader-versions");
        versions.getElement().setAttribute("aria-label", getTranslation("reader.versions"));
        var column = new Div(running, matches, text);
        column.addClassNames("reader-column");
        aside.addClassNames("reader-aside");
        aside.setVisible(!this.extensions.isEmpty());
        var body = new Div(column, aside);
        body.addClassNames("reader-body");
        add(back, title, badges, versions, banner, body);
    }

    public static RouteParameters parameters(long draftId, int number) {
        return new RouteParameters(new com.vaadin.flow.router.RouteParam(DRAFT, Long.toString(draftId)),
                new com.vaadin.flow.router.RouteParam(NUMBER, Integer.toString(number)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var draftId = event.getRouteParameters().getLong(DRAFT).orElse(0L);
        var number = event.getRouteParameters().getInteger(NUMBER).orElse(0);
        parameters = event.getLocation().getQueryParameters();
        query = parameters.getSingleParameter(QUERY).map(String::strip)
                .filter(q -> !q.isEmpty()).orElse(null);
        try {
            current = null;
            show(reader.read(draftId, number));
        } catch (NotFoundException e) {
            Notices.error(e);
            event.forwardTo("drafts");
        }
    }

    void show(VersionReading version) {
        var textChanged = current == null || current.versionNumber() != version.versionNumber()
                || current.summary().status() != version.summary().status();
        // the text as all readers of it share it: this page keeps no copy of its own
        var shared = ReaderDocument.of(version.text(), version.pages()).text();
        current = shared == version.text() ? version : version.withText(shared);
        title.setText(version.draftTitle() + " · v" + version.versionNumber());
        back.setHref("drafts/" + version.draftId());
        badges.removeAll();
        badges.add(ExtractionLabels.badge(this, version.summary()));
        if (version.summary().ocr()) {
            var ocr = new Badge(getTranslation("reader.ocr"), Badge.Tone.INFO);
            ocr.setId("reader-ocr");
            ocr.getElement().setAttribute("title", getTranslation("reader.ocr.help"));
            badges.add(ocr);
        }
        var explanation = ExtractionLabels.explanation(this, version.summary());
        banner.setText(explanation);
        banner.setVisible(!explanation.isEmpty());
        banner.getElement().setAttribute("data-status", version.summary().status().name());
        showVersions(version);
        if (textChanged) {
            showText(version);
            text.setVisible(version.summary().status().hasText());
            aside.removeAll();
            extensions.forEach(extension -> aside.add(extension.panel(this)));
        }
        keepRefreshing(!version.summary().status().isFinal());
    }

    /** The text, with the matches of the search it was opened from marked; a query it cannot read is noted. */
    private void showText(VersionReading version) {
        running.show(version.pages());
        if (query == null || !version.summary().status().hasText()) {
            text.show(version.text(), version.pages(), List.of());
            matches.hide();
            return;
        }
        try {
            var found = reader.matches(version, query);
            text.show(version.text(), version.pages(), found.matches());
            matches.show(found, query);
        } catch (UnreadableQueryException e) {
            text.show(version.text(), version.pages(), List.of());
            matches.unreadable(query);
        }
    }

    private void showVersions(VersionReading version) {
        versions.removeAll();
        versions.setVisible(version.versions().size() > 1);
        for (var v : version.versions()) {
            var link = new RouterLink("v" + v.versionNumber(), ReaderView.class,
                    parameters(version.draftId(), v.versionNumber()));
            if (query != null) {
                link.setQueryParameters(QueryParameters.of(QUERY, query));
            }
            link.getElement().setAttribute("title", ExtractionLabels.status(this, v.status()));
            if (v.versionNumber() == version.versionNumber()) {
                link.addClassNames("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            versions.add(link);
        }
    }

    /** While the text is being extracted the page asks again every few seconds, and stops once it is final. */
    private void keepRefreshing(boolean on) {
        var ui = getUI().orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        if (on && polling == null) {
            Polling.request(ui, this, POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        } else if (!on && polling != null) {
            stopPolling(ui);
        }
    }

    void refresh() {
        if (current == null) {
            return;
        }
        try {
            show(reader.read(current.draftId(), current.versionNumber()));
        } catch (RuntimeException e) {
            getUI().ifPresent(this::stopPolling);
            Notices.error(e);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        Polling.release(ui, this);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (current != null && !current.summary().status().isFinal()) {
            keepRefreshing(true);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    @Override
    public long draftId() {
        return current == null ? 0 : current.draftId();
    }

    @Override
    public int versionNumber() {
        return current == null ? 0 : current.versionNumber();
    }

    @Override
    public String text() {
        return current == null || !current.summary().status().hasText() ? "" : current.text();
    }

    @Override
    public String quote(int start, int end) {
        var shown = text();
        if (start < 0 || end > shown.length() || start >= end) {
            return "";
        }
        return text.readable(start, end);
    }

    @Override
    public Optional<String> parameter(String name) {
        return parameters.getSingleParameter(name);
    }

    @Override
    public void showPassages(List<PassageMark> passages) {
        text.showPassages(passages);
    }

    @Override
    public void focusPassage(long id) {
        text.focusPassage(id);
    }

    @Override
    public Registration addSelectionListener(SerializableConsumer<TextSelection> listener) {
        return text.addSelectionListener(listener);
    }

    @Override
    public Registration addPassageClickListener(SerializableConsumer<Long> listener) {
        return text.addPassageClickListener(listener);
    }

    /**
     * The paragraphs (and page breaks) as the browser shows them now, built again: the server keeps none of them.
     * For those who check what a page shows, such as tests of the modules that mark passages.
     */
    public List<com.vaadin.flow.dom.Element> shownText() {
        return text.shownElements();
    }

    boolean isPolling() {
        return polling != null;
    }

    ExtractionStatus shownStatus() {
        return current == null ? null : current.summary().status();
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("reader.title") : current.draftTitle() + " · v" + current.versionNumber())
                + " · " + getTranslation("app.name");
    }
}
