package pk.gov.mashwara.review.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.shared.Registration;

import pk.gov.mashwara.directory.MentionCandidate;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindowInfo;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Polling;
import pk.gov.mashwara.text.ui.reader.PassageMark;
import pk.gov.mashwara.text.ui.reader.ReaderPage;
import pk.gov.mashwara.text.ui.reader.TextSelection;

/**
 * The review beside the reader's text: the review window, a form to comment on the selected passage or on the
 * whole draft, and the threads of the version in the order of their passages. Clicking a passage opens its
 * thread; clicking a thread's quote shows its passage. While it is open it looks for what others do every few
 * seconds: new threads and replies appear by themselves, unless the user is writing, who is offered to show
 * them instead, so that no text being typed is lost.
 */
class ReviewPanel extends Div implements ThreadCommands {

    private static final int SELECTION_PREVIEW = 160;
    static final int POLL_MILLIS = 15_000;

    private final ReaderPage page;
    private final ReviewUiServices services;
    final H3 heading = new H3();
    final Paragraph window = new Paragraph();
    final Button setDeadline = new Button();
    final Div composer = new Div();
    final Button wholeDraft = new Button();
    final Tabs filter = new Tabs();
    final Tab openTab = new Tab();
    final Tab allTab = new Tab();
    final Div list = new Div();
    /**
     * The filters: combo boxes, whose items the browser asks for when one is opened, so that an open page does not
     * keep a list of them; empty is "any".
     */
    final com.vaadin.flow.component.combobox.ComboBox<String> categoryFilter = new com.vaadin.flow.component.combobox.ComboBox<>();
    final com.vaadin.flow.component.combobox.ComboBox<String> severityFilter = new com.vaadin.flow.component.combobox.ComboBox<>();
    private List<pk.gov.mashwara.review.Category> categories = List.of();
    private static final String ANY = "";
    final Button previous = new Button();
    final Button next = new Button();
    final Button fresh = new Button();
    /** Resolves the threads ticked on their cards at once (see {@link pk.gov.mashwara.review.BulkResolution}). */
    final Button resolveSelected = new Button();
    /** The comments matrix of the version, to download, and (for its committee and the secretary) to record one. */
    final Div matrixBar = new Div();
    final com.vaadin.flow.component.html.Anchor matrixXlsx = new com.vaadin.flow.component.html.Anchor();
    final com.vaadin.flow.component.html.Anchor matrixDocx = new com.vaadin.flow.component.html.Anchor();
    final Button recordMatrix = new Button();
    private final java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
    private long current = -1;
    private String seen;
    private long lastActivity = System.currentTimeMillis();
    private boolean polling;
    private Registration pollListener;
    private Registration following;
    private final Map<Long, ThreadCard> cards = new LinkedHashMap<>();
    private List<ThreadView> threads = List.of();
    private ReviewWindowInfo windowInfo;
    private TextSelection selection = TextSelection.NONE;

    ReviewPanel(ReaderPage page, ReviewUiServices services) {
        this.page = page;
        this.services = services;
        addClassNames("review-panel");
        setId("review-panel");
        heading.addClassNames("review-heading");
        window.addClassNames("review-window");
        window.setId("review-window");
        setDeadline.setText(getTranslation("review.window.change"));
        setDeadline.setId("review-set-deadline");
        setDeadline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        setDeadline.addClickListener(e -> new DeadlineDialog(windowInfo == null ? null : windowInfo.deadline(), deadline -> {
            windowInfo = services.windows().setDeadline(page.draftId(), deadline);
            Notices.success(getTranslation("review.window.saved"));
            refresh();
        }).open());
        composer.addClassNames("review-composer");
        composer.setId("review-composer");
        wholeDraft.setText(getTranslation("review.wholeDraft"));
        wholeDraft.setId("review-whole-draft");
        wholeDraft.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        wholeDraft.addClickListener(e -> compose(null));
        openTab.setLabel(getTranslation("review.filter.open"));
        allTab.setLabel(getTranslation("review.filter.all"));
        filter.add(openTab, allTab);
        filter.addThemeVariants(com.vaadin.flow.component.tabs.TabsVariant.LUMO_SMALL);
        filter.addSelectedChangeListener(e -> showList());
        categories = services.review().categories();
        categoryFilter.setId("review-filter-category");
        categoryFilter.setAriaLabel(getTranslation("suggestion.category"));
        categoryFilter.setPlaceholder(getTranslation("suggestion.filter.anyCategory"));
        categoryFilter.setItems(categories.stream().map(pk.gov.mashwara.review.Category::code).toList());
        categoryFilter.setItemLabelGenerator(code -> categories.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name(getLocale())).orElse(code));
        categoryFilter.setClearButtonVisible(true);
        categoryFilter.addValueChangeListener(e -> showList());
        severityFilter.setId("review-filter-severity");
        severityFilter.setAriaLabel(getTranslation("suggestion.severity"));
        severityFilter.setPlaceholder(getTranslation("suggestion.filter.anySeverity"));
        severityFilter.setItems(java.util.Arrays.stream(pk.gov.mashwara.review.Severity.values()).map(Enum::name).toList());
        severityFilter.setItemLabelGenerator(v -> getTranslation("severity." + v));
        severityFilter.setClearButtonVisible(true);
        severityFilter.addValueChangeListener(e -> showList());
        categoryFilter.setWidth("48%");
        severityFilter.setWidth("48%");
        list.addClassNames("review-threads");
        list.setId("review-threads");
        previous.setText(getTranslation("review.previous"));
        previous.setId("review-previous");
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> step(-1));
        next.setText(getTranslation("review.next"));
        next.setId("review-next");
        next.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> step(1));
        var steps = new Div(previous, next);
        steps.addClassNames("review-steps");
        fresh.setText(getTranslation("review.fresh"));
        fresh.setId("review-fresh");
        fresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        fresh.setVisible(false);
        fresh.addClickListener(e -> refresh());
        var filters = new Div(categoryFilter, severityFilter);
        filters.addClassNames("review-filters");
        resolveSelected.setId("review-resolve-selected");
        resolveSelected.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        resolveSelected.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CHECK_SQUARE_O.create());
        resolveSelected.setVisible(false);
        resolveSelected.addClickListener(e -> resolveChosen());
        buildMatrixBar();
        add(heading, window, setDeadline, matrixBar, fresh, composer, wholeDraft, filter, filters, steps, resolveSelected, list);
        getElement().addEventListener("click", e -> active());
        getElement().addEventListener("keydown", e -> active());
        page.addSelectionListener(this::selected);
        page.addPassageClickListener(this::passageClicked);
        refresh();
        page.parameter("thread").map(ReviewPanel::parseId).ifPresent(this::open);
    }

    /**
     * The matrix links, when a module writes matrices: written when asked for, as whoever asks, and audited then; the
     * upload for whoever may record a received matrix.
     */
    private void buildMatrixBar() {
        matrixBar.addClassNames("review-matrix");
        matrixBar.setId("review-matrix");
        var exports = services.matrices().getIfAvailable();
        if (exports == null || page.versionNumber() == 0) {
            matrixBar.setVisible(false);
            return;
        }
        var failed = getTranslation("error.download.matrix");
        long draftId = page.draftId();
        int version = page.versionNumber();
        // the file is written in the language of the page it was asked from
        var locale = getLocale();
        matrixXlsx.setId("review-matrix-xlsx");
        matrixXlsx.add(com.vaadin.flow.component.icon.VaadinIcon.TABLE.create());
        matrixXlsx.getElement().appendChild(com.vaadin.flow.dom.Element.createText(getTranslation("matrix.download.xlsx")));
        matrixXlsx.setHref(download(() -> exports.xlsx(draftId, version, locale), failed),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        matrixDocx.setId("review-matrix-docx");
        matrixDocx.add(com.vaadin.flow.component.icon.VaadinIcon.FILE_TEXT_O.create());
        matrixDocx.getElement().appendChild(com.vaadin.flow.dom.Element.createText(getTranslation("matrix.download.docx")));
        matrixDocx.setHref(download(() -> exports.docx(draftId, version, locale), failed),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        for (var link : List.of(matrixXlsx, matrixDocx)) {
            link.addClassNames("read-link");
            link.getElement().setAttribute("title", getTranslation("matrix.download.hint"));
        }
        matrixBar.add(matrixXlsx, matrixDocx);
        // only for those who may record one: for the others the page keeps no hidden button
        recordMatrix.setVisible(services.recording().mayRecord(draftId));
        if (recordMatrix.isVisible()) {
            recordMatrix.setText(getTranslation("matrix.import"));
            recordMatrix.setId("review-record-matrix");
            recordMatrix.setIcon(com.vaadin.flow.component.icon.VaadinIcon.UPLOAD.create());
            recordMatrix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            recordMatrix.addClickListener(e -> new MatrixDialog(exports, draftId, version, this::refresh).open());
            matrixBar.add(recordMatrix);
        }
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

    /** Reads the threads and the window again and redraws everything. */
    void refresh() {
        if (page.versionNumber() == 0) {
            setVisible(false);
            return;
        }
        fresh.setVisible(false);
        // Read before the threads: a change made in between shows at the next look, never goes unseen
        seen = services.review().activity(page.draftId(), page.versionNumber());
        windowInfo = services.review().window(page.draftId());
        threads = services.review().threads(page.draftId(), page.versionNumber()).stream()
                .sorted(Comparator.comparingInt(ReviewPanel::position)).toList();
        showWindow();
        var open = threads.stream().filter(ThreadView::open).count();
        heading.setText(getTranslation("review.heading", open, threads.size() - open));
        wholeDraft.setVisible(windowInfo.canComment());
        page.showPassages(threads.stream().filter(t -> t.passage() != null && t.placement().onText())
                .map(this::mark).toList());
        showList();
        showComposer();
        if (current >= 0) {
            var card = cards.get(current);
            if (card != null) {
                card.highlight(true);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollListener = event.getUI().addPollListener(e -> polled(e.getSource()));
        if (services.live().pushing()) {
            // told when a thread, a comment or the review window changes, instead of asking every 15 s
            var ui = event.getUI();
            following = services.live().follow(ui, pk.gov.mashwara.shared.LiveSignals.review(page.draftId()),
                    () -> polled(ui));
        }
        active();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        if (following != null) {
            following.remove();
            following = null;
        }
        Polling.release(event.getUI(), this);
        polling = false;
        super.onDetach(event);
    }

    /** The user did something here: looking for others' activity is worth it (again). */
    private void active() {
        lastActivity = System.currentTimeMillis();
        if (!polling && isVisible() && !services.live().pushing()) {
            getUI().ifPresent(ui -> {
                Polling.request(ui, this, POLL_MILLIS);
                polling = true;
            });
        }
    }

    /** Others may have written: reads the threads again if anything changed, or offers to if the user writes. */
    void polled(UI ui) {
        if (Polling.idleBeyondSessionTimeout(lastActivity)) {
            Polling.release(ui, this);
            polling = false;
            return;
        }
        String now;
        try {
            now = services.review().activity(page.draftId(), page.versionNumber());
        } catch (RuntimeException e) {
            return; // the draft went out of sight or the session is ending: keep what is shown
        }
        if (now.equals(seen)) {
            return;
        }
        if (writing(this)) {
            fresh.setVisible(true);
        } else {
            refresh();
        }
    }

    /** Whether an editor is open anywhere in the panel: redrawing would throw away what is being typed. */
    private static boolean writing(Component component) {
        return component instanceof CommentEditor || component.getChildren().anyMatch(ReviewPanel::writing);
    }

    boolean isPolling() {
        return polling;
    }

    private void showWindow() {
        // the review is opened, with its deadline, on the draft's page; here the secretary only moves it
        setDeadline.setVisible(windowInfo.canSet() && windowInfo.deadline() != null);
        var deadline = windowInfo.deadline();
        if (deadline == null) {
            window.setText(getTranslation(windowInfo.open() ? "review.window.noDeadline" : "review.window.notUnderReview"));
        } else if (windowInfo.open()) {
            window.setText(getTranslation("review.window.open", Formats.dateTime(deadline, getLocale()),
                    left(Duration.between(Instant.now(), deadline))));
        } else {
            window.setText(getTranslation("review.window.closed", Formats.dateTime(deadline, getLocale())));
        }
        window.getElement().setAttribute("data-open", Boolean.toString(windowInfo.open()));
    }

    private String left(Duration d) {
        if (d.toDays() >= 1) {
            return getTranslation("review.window.daysLeft", d.toDays());
        }
        return getTranslation("review.window.hoursLeft", Math.max(1, d.toHours()));
    }

    private void showList() {
        list.removeAll();
        cards.clear();
        var onlyOpen = filter.getSelectedTab() == openTab;
        var category = categoryFilter.getValue() == null ? ANY : categoryFilter.getValue();
        var severity = severityFilter.getValue() == null ? ANY : severityFilter.getValue();
        var shown = threads.stream().filter(t -> !onlyOpen || t.open())
                .filter(t -> category.isEmpty() || t.category().equals(category))
                .filter(t -> severity.isEmpty() || t.severity().name().equals(severity)).toList();
        var selectable = shown.stream().filter(t -> t.open() && t.can().resolve()).map(ThreadView::id).toList();
        chosen.retainAll(selectable);
        for (var thread : shown) {
            var card = new ThreadCard(thread, this);
            if (selectable.size() > 1 && selectable.contains(thread.id())) {
                var select = new Checkbox(getTranslation("review.bulk.select"), chosen.contains(thread.id()));
                select.setId("select-" + thread.id());
                select.addClassNames("thread-select");
                select.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        chosen.add(thread.id());
                    } else {
                        chosen.remove(thread.id());
                    }
                    showChosen();
                });
                card.addComponentAsFirst(select);
            }
            cards.put(thread.id(), card);
            list.add(card);
        }
        showChosen();
        previous.setEnabled(shown.size() > 1);
        next.setEnabled(!shown.isEmpty());
        if (shown.isEmpty()) {
            var empty = new Paragraph(getTranslation(threads.isEmpty() ? "review.none" : "review.noneOpen"));
            empty.addClassNames("review-empty");
            list.add(empty);
        }
    }

    void selected(TextSelection chosen) {
        active();
        selection = chosen;
        showComposer();
    }

    private void showChosen() {
        resolveSelected.setText(getTranslation("review.bulk.resolve", chosen.size()));
        resolveSelected.setVisible(!chosen.isEmpty());
    }

    /**
     * One resolution and reason for every ticked thread, each resolved on its own: those refused are said, with
     * why, and stay ticked; the others are resolved. A template's variables are filled for each thread.
     */
    private void resolveChosen() {
        var byId = new java.util.HashMap<Long, ThreadView>();
        threads.forEach(t -> byId.put(t.id(), t));
        var items = chosen.stream().filter(byId::containsKey)
                .map(id -> new pk.gov.mashwara.review.BulkResolution.Item(id, byId.get(id).version())).toList();
        new ResolveDialog(false, getTranslation("review.bulk.title", items.size()), templates(),
                pk.gov.mashwara.review.ResponseTemplateView::body, (how, reason) -> {
                    var report = services.bulk().resolve(page.draftId(), items, how, reason, getLocale());
                    chosen.clear();
                    report.outcomes().stream().filter(o -> !o.resolved()).forEach(o -> chosen.add(o.threadId()));
                    refresh();
                    var lines = new StringBuilder(getTranslation("review.bulk.done", report.resolved(), report.refused()));
                    report.outcomes().stream().filter(o -> !o.resolved()).forEach(o -> lines.append('\n')
                            .append(getTranslation("review.bulk.refused", o.threadId(), o.message())));
                    if (report.refused() == 0) {
                        Notices.success(lines.toString());
                    } else {
                        Notices.error(lines.toString());
                    }
                }).open();
    }

    private void showComposer() {
        composer.removeAll();
        if (!windowInfo.canComment()) {
            var why = new Paragraph(getTranslation(windowInfo.whyNot() == null ? "review.readOnly" : windowInfo.whyNot(),
                    windowInfo.deadline() == null ? "" : Formats.dateTime(windowInfo.deadline(), getLocale())));
            why.addClassNames("review-why-not");
            composer.add(why);
            return;
        }
        if (selection.isEmpty()) {
            var hint = new Paragraph(getTranslation("review.selectHint"));
            hint.addClassNames("review-hint");
            composer.add(hint);
            return;
        }
        var quoted = shownQuote(selection);
        var preview = new Paragraph(quoted.length() > SELECTION_PREVIEW ? quoted.substring(0, SELECTION_PREVIEW) + "…" : quoted);
        preview.addClassNames("thread-quote");
        preview.getElement().setAttribute("dir", "auto");
        var start = new Button(getTranslation("review.commentOnSelection"), e -> compose(selection));
        start.setId("review-comment-selection");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        composer.add(preview, start);
    }

    /** The form for a new thread on {@code about}, or on the whole draft when it is null. */
    private void compose(TextSelection about) {
        composer.removeAll();
        if (about != null) {
            var quoted = shownQuote(about);
            var preview = new Paragraph(quoted.length() > SELECTION_PREVIEW ? quoted.substring(0, SELECTION_PREVIEW) + "…" : quoted);
            preview.addClassNames("thread-quote");
            preview.getElement().setAttribute("dir", "auto");
            composer.add(preview);
        }
        var editor = new CommentEditor(getTranslation(about == null ? "review.new.whole" : "review.new.passage"),
                this::mentionCandidates);
        editor.text.setId("review-new-comment");
        var internal = new Checkbox(getTranslation("review.internal.choose"));
        internal.setId("review-internal");
        internal.setVisible(windowInfo.canKeepInternal());
        var category = new com.vaadin.flow.component.select.Select<pk.gov.mashwara.review.Category>();
        category.setLabel(getTranslation("suggestion.category"));
        var active = categories.stream().filter(pk.gov.mashwara.review.Category::active).toList();
        category.setItems(active);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        active.stream().filter(c -> c.code().equals("OTHER")).findFirst().ifPresent(category::setValue);
        category.setId("review-category");
        category.setWidth("48%");
        var severity = new com.vaadin.flow.component.select.Select<pk.gov.mashwara.review.Severity>();
        severity.setLabel(getTranslation("suggestion.severity"));
        severity.setItems(pk.gov.mashwara.review.Severity.values());
        severity.setItemLabelGenerator(v -> getTranslation("severity." + v.name()));
        severity.setValue(pk.gov.mashwara.review.Severity.CONSIDER);
        severity.setId("review-severity");
        severity.setWidth("48%");
        // wording proposed for the selected passage: none, replace it, delete it, or insert after it
        var suggest = new com.vaadin.flow.component.select.Select<String>();
        suggest.setLabel(getTranslation("suggestion.choose"));
        suggest.setItems(ANY, "REPLACE", "DELETE", "INSERT_AFTER");
        suggest.setItemLabelGenerator(k -> getTranslation(k.isEmpty() ? "suggestion.none" : "suggestion.kind." + k));
        suggest.setValue(ANY);
        suggest.setId("review-suggest");
        suggest.setWidthFull();
        suggest.setVisible(about != null);
        var wording = new com.vaadin.flow.component.textfield.TextArea(getTranslation("suggestion.wording"));
        wording.setId("review-wording");
        wording.setWidthFull();
        wording.setMaxLength(pk.gov.mashwara.review.domain.ReviewThread.MAX_WORDING);
        wording.getElement().setAttribute("dir", "auto");
        wording.setVisible(false);
        if (about != null) {
            wording.setValue(quoteOf(about));
        }
        suggest.addValueChangeListener(e -> wording.setVisible(e.getValue() != null && !e.getValue().isEmpty()
                && !"DELETE".equals(e.getValue())));
        var send = new Button(getTranslation("review.start"));
        send.setId("review-start");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.addClickListener(e -> {
            try {
                var chosen = about == null ? null : new Selection(about.start(), about.end(), quoteOf(about), null, null, null);
                var kind = suggest.getValue() == null || suggest.getValue().isEmpty() ? null
                        : pk.gov.mashwara.review.SuggestionKind.valueOf(suggest.getValue());
                var suggestion = kind == null ? null : new pk.gov.mashwara.review.SuggestionRequest(kind,
                        kind.hasText() ? wording.getValue() : null);
                var thread = services.actions().start(new NewThread(page.draftId(), page.versionNumber(), chosen,
                        editor.value(), internal.getValue(),
                        category.getValue() == null ? null : category.getValue().code(), severity.getValue(),
                        suggestion));
                selection = TextSelection.NONE;
                Notices.success(getTranslation("review.started"));
                refresh();
                open(thread.id());
            } catch (pk.gov.mashwara.shared.InvalidInputException ex) {
                // e.g. empty or too long: said under the field concerned, which stays as typed
                var onWording = ex.field() != null && ex.field().startsWith("suggestion");
                var field = onWording && wording.isVisible() ? wording : editor.text;
                field.setErrorMessage(ex.localizedMessage(getLocale()));
                field.setInvalid(true);
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> showComposer());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var buttons = new Div(send, cancel);
        buttons.addClassNames("editor-buttons");
        var filing = new Div(category, severity);
        filing.addClassNames("review-filing");
        composer.add(suggest, wording, editor, filing, internal, buttons);
        editor.text.focus();
    }

    private String quoteOf(TextSelection chosen) {
        var text = page.text();
        return chosen.end() <= text.length() ? text.substring(chosen.start(), chosen.end()) : "";
    }

    @Override
    public String quote(ThreadView thread) {
        var passage = thread.passage();
        if (passage == null) {
            return "";
        }
        var text = page.text();
        // the passage where it stands in the version shown: quoted as the reader shows it there
        if (thread.versionNumber() == page.versionNumber() && passage.end() <= text.length()
                && text.substring(passage.start(), passage.end()).equals(passage.exact())) {
            return page.quote(passage.start(), passage.end());
        }
        return passage.exact();
    }

    /** The selection as the reader shows it, for the preview: the running headers it spans are left out. */
    private String shownQuote(TextSelection chosen) {
        return page.quote(chosen.start(), chosen.end());
    }

    private void passageClicked(long threadId) {
        open(threadId);
    }

    /** Goes to the next (or previous) thread shown, in the order of the text, wrapping around. */
    void step(int direction) {
        var shown = List.copyOf(cards.keySet());
        if (shown.isEmpty()) {
            return;
        }
        int at = shown.indexOf(current);
        int to = at < 0 ? (direction > 0 ? 0 : shown.size() - 1) : Math.floorMod(at + direction, shown.size());
        open(shown.get(to));
    }

    /** Shows a thread: switches to all threads if it is resolved, highlights its card and its passage. */
    void open(long threadId) {
        var thread = threads.stream().filter(t -> t.id() == threadId).findFirst().orElse(null);
        if (thread == null) {
            return;
        }
        if (!thread.open() && filter.getSelectedTab() == openTab) {
            filter.setSelectedTab(allTab);
        }
        current = threadId;
        cards.values().forEach(c -> c.highlight(false));
        var card = cards.get(threadId);
        if (card != null) {
            card.highlight(true);
            card.scrollIntoView();
        }
        if (thread.passage() != null && thread.placement().onText()) {
            page.focusPassage(threadId);
        }
    }

    private PassageMark mark(ThreadView t) {
        var style = t.placement() == pk.gov.mashwara.review.AnchorState.MOVED ? "moved" : t.open() ? "open" : "resolved";
        var first = t.opening();
        var label = first.authorName() + ": " + (first.body() == null ? "" : first.body());
        return new PassageMark(t.id(), t.passage().start(), t.passage().end(), style,
                label.length() > 120 ? label.substring(0, 119) + "…" : label);
    }

    private static int position(ThreadView t) {
        return t.passage() != null && t.placement().onText() ? t.passage().start() : Integer.MAX_VALUE;
    }

    private static Long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ThreadView updated(ThreadView thread) {
        var list = new ArrayList<>(threads);
        list.replaceAll(t -> t.id() == thread.id() ? thread : t);
        threads = list;
        var open = threads.stream().filter(ThreadView::open).count();
        heading.setText(getTranslation("review.heading", open, threads.size() - open));
        page.showPassages(threads.stream().filter(t -> t.passage() != null && t.placement().onText())
                .map(this::mark).toList());
        return thread;
    }

    @Override
    public ThreadView reply(ThreadView thread, long parentId, String body) {
        return updated(services.actions().reply(thread.id(), parentId, body));
    }

    @Override
    public ThreadView edit(ThreadView thread, long commentId, String body) {
        return updated(services.actions().edit(thread.id(), commentId, body));
    }

    @Override
    public ThreadView retract(ThreadView thread, long commentId) {
        return updated(services.actions().retract(thread.id(), commentId));
    }

    @Override
    public List<pk.gov.mashwara.review.ResponseTemplateView> templates() {
        return services.templates().list();
    }

    @Override
    public String fill(pk.gov.mashwara.review.ResponseTemplateView template, ThreadView thread) {
        return services.templates().fill(template.id(), thread.id(), getLocale());
    }

    @Override
    public ThreadView resolve(ThreadView thread, Resolution how, String reason) {
        var resolved = updated(services.actions().resolve(thread.id(), thread.version(), how, reason));
        if (filter.getSelectedTab() == openTab && !resolved.open()) {
            // the Open tab lists open threads only: a resolved one leaves it at once (it stays under All)
            showList();
        }
        return resolved;
    }

    @Override
    public ThreadView resolve(ThreadView thread, Resolution how, String reason, String acceptedWording) {
        var resolved = updated(services.actions().resolve(thread.id(), thread.version(), how, reason, acceptedWording));
        if (filter.getSelectedTab() == openTab && !resolved.open()) {
            showList();
        }
        return resolved;
    }

    @Override
    public ThreadView classify(ThreadView thread, String category, pk.gov.mashwara.review.Severity severity) {
        return updated(services.actions().classify(thread.id(), thread.version(), category, severity));
    }

    @Override
    public List<pk.gov.mashwara.review.Category> categories() {
        return categories;
    }

    @Override
    public ThreadView reopen(ThreadView thread, String reason) {
        return updated(services.actions().reopen(thread.id(), thread.version(), reason));
    }

    @Override
    public ThreadView share(ThreadView thread) {
        return updated(services.actions().share(thread.id()));
    }

    @Override
    public void focus(ThreadView thread) {
        open(thread.id());
    }

    @Override
    public List<MentionCandidate> mentionCandidates(String prefix, int limit) {
        return services.review().mentionCandidates(prefix, limit);
    }
}
