package pk.gov.mashwara.text.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;


import pk.gov.mashwara.shared.TextParagraphs;
import pk.gov.mashwara.text.TextMatches.Match;
import pk.gov.mashwara.text.TextPages;
import pk.gov.mashwara.text.ui.reader.PassageMark;
import pk.gov.mashwara.text.ui.reader.TextSelection;

/**
 * The text as a readable column of paragraphs, shown a chunk at a time: a long statute can have tens of
 * thousands of paragraphs, which the browser should not receive in one go. Each paragraph takes its own
 * direction ({@code dir="auto"}), so Urdu reads right to left and English left to right in the same text.
 *
 * <p>The paragraphs are drawn in the browser, and the server keeps none of them: each chunk is built here as a
 * tree of detached elements, sent once as data and turned into elements there, text into text nodes only. What the
 * server keeps for an open reader is the text every reader of it shares, how many paragraphs are shown and which
 * match and passage are current; an open reader's memory does not grow as its user scrolls.
 *
 * <p>Matches of a search are marked with {@code <mark>} elements, the document's text going into text nodes only:
 * no document text is ever parsed as HTML, so markup in a file shows as the characters it is. Selecting a match
 * loads the chunks up to it, marks it as the current one and scrolls it into view.
 *
 * <p>The lines of a text broken into lines (a PDF's) are shown joined into paragraphs: each character of a
 * paragraph's line breaks is replaced by one that shows as a space (or, across a hyphenated word, as nothing), one
 * for one, so that what the browser holds is exactly as long as the stored text and every offset a selection,
 * a search match or a thread's passage has is an offset in the stored text.
 */
class ReaderText extends Div {

    /** Paragraphs added at a time: a few screens, added as the reader scrolls towards the end (or presses the button). */
    static final int CHUNK = 60;
    /** Paragraphs shown when the text opens: about two screens, so that the page opens at once. */
    static final int FIRST = 20;
    static final String MATCH = "reader-match";
    static final String CURRENT = "current";
    static final String PASSAGE = "reader-passage";
    static final String PAGE_BREAK = "reader-page-break";
    static final String PAGE_MARK = "reader-page-mark";

    /** Where the paragraphs are drawn, in the browser: it has no children on the server. */
    final Div paragraphs = new Div();
    final Button more = new Button();
    private ReaderDocument document = ReaderDocument.EMPTY;
    private List<Match> matches = List.of();
    private int[] paragraphOfMatch = new int[0];
    private List<PassageMark> passages = List.of();
    private Long currentPassage;
    private final List<SerializableConsumer<TextSelection>> selectionListeners = new ArrayList<>();
    private final List<SerializableConsumer<Long>> passageListeners = new ArrayList<>();
    private int shown;
    private int current = -1;

    ReaderText() {
        addClassNames("reader-text");
        paragraphs.addClassNames("reader-paragraphs");
        more.setText(getTranslation("reader.more"));
        more.setId("reader-more");
        more.addClickListener(e -> showMore());
        add(paragraphs, more);
        more.setVisible(false);
        paragraphs.getElement().addEventListener("reader-select", e -> {
            var selection = new TextSelection((int) e.getEventData().get("event.detail.start").asDouble(),
                    (int) e.getEventData().get("event.detail.end").asDouble());
            var valid = selection.isEmpty() || (selection.start() >= 0 && selection.end() <= document.length());
            if (valid) {
                List.copyOf(selectionListeners).forEach(l -> l.accept(selection.isEmpty() ? TextSelection.NONE : selection));
            }
        }).addEventData("event.detail.start").addEventData("event.detail.end");
        paragraphs.getElement().addEventListener("reader-passage", e -> {
            var id = (long) e.getEventData().get("event.detail.id").asDouble();
            List.copyOf(passageListeners).forEach(l -> l.accept(id));
        }).addEventData("event.detail.id");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        paragraphs.getElement().executeJs(SELECTION_SCRIPT);
        more.getElement().executeJs(MORE_WHEN_NEAR_SCRIPT);
        if (event.isInitialAttach()) {
            return;
        }
        // attached again (the browser's elements are new): what was shown is drawn again
        draw(0, shown, true);
    }

    /** Presses "more" when it comes within a screen of the visible part of the page, as the reader scrolls down. */
    static final String MORE_WHEN_NEAR_SCRIPT = """
            const button = this;
            if (button.__readerMoreObserver || !('IntersectionObserver' in window)) { return; }
            button.__readerMoreObserver = new IntersectionObserver(entries => {
                if (entries.some(e => e.isIntersecting) && !button.hidden && !button.disabled) { button.click(); }
            }, { rootMargin: '0px 0px 800px 0px' });
            button.__readerMoreObserver.observe(button);
            """;

    Registration addSelectionListener(SerializableConsumer<TextSelection> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    Registration addPassageClickListener(SerializableConsumer<Long> listener) {
        passageListeners.add(listener);
        return () -> passageListeners.remove(listener);
    }

    /** The selection as offsets of the text: each paragraph knows where it starts ({@code data-start}). */
    static final String SELECTION_SCRIPT = """
            const root = this;
            if (root.__readerListening) { return; }
            root.__readerListening = true;
            const para = n => (n.nodeType === 1 ? n : n.parentElement)?.closest('p[data-start]');
            const offset = (p, node, at) => { const r = document.createRange(); r.selectNodeContents(p);
                r.setEnd(node, at); return r.toString().length; };
            const send = (start, end) => root.dispatchEvent(new CustomEvent('reader-select', { detail: { start, end } }));
            const selected = () => setTimeout(() => {
                const s = window.getSelection();
                if (!s || s.rangeCount === 0 || s.isCollapsed) { send(0, 0); return; }
                const r = s.getRangeAt(0);
                const a = para(r.startContainer), b = para(r.endContainer);
                if (!a || !b || !root.contains(a) || !root.contains(b)) { return; }
                const start = Number(a.dataset.start) + offset(a, r.startContainer, r.startOffset);
                const end = Number(b.dataset.start) + offset(b, r.endContainer, r.endOffset);
                send(Math.min(start, end), Math.max(start, end));
            }, 0);
            root.addEventListener('mouseup', selected);
            root.addEventListener('keyup', selected);
            root.addEventListener('touchend', selected);
            root.addEventListener('click', e => {
                const passage = e.target.closest && e.target.closest('[data-passage]');
                if (passage && window.getSelection().isCollapsed) {
                    root.dispatchEvent(new CustomEvent('reader-passage', { detail: { id: Number(passage.dataset.passage) } }));
                }
            });
            """;

    String show(String text) {
        return show(text, List.of());
    }

    String show(String text, List<Match> wanted) {
        return show(text, TextPages.NONE, wanted);
    }

    /**
     * Shows the text, without its running headers and footers and with its page numbers in the margin, with the given matches (ranges of the whole text, in order, not overlapping) marked. The text is
     * kept as the {@link ReaderDocument} every reader of the same text shares; this returns that shared string.
     */
    String show(String text, TextPages pages, List<Match> wanted) {
        document = ReaderDocument.of(text, pages);
        paragraphs.setClassName("paged", document.pages().starts().size() > 1);
        place(wanted);
        passages = List.of();
        currentPassage = null;
        current = -1;
        shown = Math.min(document.paragraphs(), FIRST);
        draw(0, shown, true);
        showMoreButton();
        return document.text();
    }

    /** Keeps the matches that fall within a paragraph (all of them, for the text they were found in). */
    private void place(List<Match> wanted) {
        var placed = new ArrayList<Match>();
        var paragraphOf = new ArrayList<Integer>();
        int p = 0;
        for (var match : wanted) {
            if (match.end() > document.length()) {
                break;
            }
            while (p < document.paragraphs() && document.end(p) <= match.start()) {
                p++;
            }
            if (p < document.paragraphs() && document.start(p) < match.end()) {
                placed.add(match);
                paragraphOf.add(p);
            }
        }
        matches = List.copyOf(placed);
        paragraphOfMatch = paragraphOf.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Marks these passages (replacing earlier ones); the paragraphs shown so far are drawn again. */
    void showPassages(List<PassageMark> wanted) {
        passages = wanted.stream().filter(m -> m.start() >= 0 && m.end() <= document.length() && m.start() < m.end())
                .sorted(Comparator.comparingInt(PassageMark::start)).toList();
        draw(0, shown, true);
    }

    /** Loads the text up to a marked passage, makes it the current one and scrolls to it. */
    void focusPassage(long id) {
        var passage = passages.stream().filter(m -> m.id() == id).findFirst().orElse(null);
        if (passage == null) {
            return;
        }
        var paragraph = document.paragraphAt(passage.start());
        while (shown <= paragraph && shown < document.paragraphs()) {
            showMore();
        }
        currentPassage = id;
        paragraphs.getElement().executeJs(CURRENT_SCRIPT, "." + PASSAGE, "[data-passages~=\"" + id + "\"]", false);
    }

    /** The elements marking passage {@code id} in the paragraphs shown so far, as the browser has them. */
    List<Element> passageElementsOf(long id) {
        return shownElements().stream().flatMap(ReaderText::descendants)
                .filter(e -> !e.isTextNode() && e.hasAttribute("data-passages")
                        && List.of(e.getAttribute("data-passages").split(" ")).contains(Long.toString(id)))
                .toList();
    }

    private void showMore() {
        showUpTo(shown + CHUNK);
    }

    private void showUpTo(int count) {
        var end = Math.min(document.paragraphs(), count);
        if (end > shown) {
            draw(shown, end, false);
        }
        shown = Math.max(shown, end);
        showMoreButton();
    }

    private void showMoreButton() {
        more.setVisible(shown < document.paragraphs());
        more.setText(getTranslation("reader.more", document.paragraphs() - shown));
    }

    /**
     * Sends paragraphs {@code from} to {@code to} to the browser, to be drawn there (after those drawn already, or
     * instead of them): as data, from which the browser makes the elements, the text into text nodes only.
     */
    private void draw(int from, int to, boolean replace) {
        pk.gov.mashwara.shared.ui.ClientDrawn.draw(paragraphs.getElement(), elements(from, to), replace);
    }

    /** Paragraphs {@code from} to {@code to} as detached elements (with the page breaks before them). */
    private List<Element> elements(int from, int to) {
        var out = new ArrayList<Element>();
        for (var i = from; i < Math.min(to, document.paragraphs()); i++) {
            var page = document.pageStartingWith(i);
            if (page > 0) {
                out.add(pageBreak(page));
            }
            out.add(render(i));
        }
        return out;
    }

    /** What the browser shows now, built again: for tests and for those who look (the server keeps none of it). */
    List<Element> shownElements() {
        return elements(0, shown);
    }

    /** The paragraphs shown, as the browser has them. */
    List<Element> shownParagraphs() {
        return shownElements().stream().filter(e -> !e.isTextNode() && "p".equals(e.getTag())).toList();
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(ReaderText::descendants));
    }

    /**
     * Makes the elements matching {@code $1} the current ones (instead of those of {@code $0}), with
     * {@code aria-current} when {@code $2}, and scrolls the first into the middle of the screen.
     */
    static final String CURRENT_SCRIPT = """
            this.querySelectorAll($0 + '.current').forEach(e => { e.classList.remove('current'); e.removeAttribute('aria-current'); });
            const now = this.querySelectorAll($1);
            now.forEach(e => { e.classList.add('current'); if ($2) { e.setAttribute('aria-current', 'true'); } });
            if (now.length) { now[0].scrollIntoView({ block: 'center' }); }
            """;

    /**
     * Where a page begins, between paragraphs: its number in the margin (on the right in a right-to-left page), a
     * thin rule across the column. Outside every paragraph, so no selection counts it.
     */
    private Element pageBreak(int page) {
        var label = getTranslation("reader.page", page);
        var mark = new Element("div");
        mark.appendChild(new Element("span").setText(Integer.toString(page)));
        mark.getClassList().add(PAGE_BREAK);
        mark.setAttribute("data-page", Integer.toString(page));
        mark.setAttribute("role", "doc-pagebreak");
        mark.setAttribute("aria-label", label);
        mark.setAttribute("title", label);
        return mark;
    }

    /**
     * Where a page begins inside a paragraph: an empty element whose number the style sheet shows in the margin, so
     * that the characters of the paragraph (which the selection counts) are exactly those of the text.
     */
    private Element pageMark(int page) {
        var label = getTranslation("reader.page", page);
        var mark = new Element("span");
        mark.getClassList().add(PAGE_MARK);
        mark.setAttribute("data-page", Integer.toString(page));
        mark.setAttribute("role", "doc-pagebreak");
        mark.setAttribute("aria-label", label);
        mark.setAttribute("title", label);
        return mark;
    }

    /**
     * Paragraph {@code index}, cut where a match or a passage begins or ends: each piece is a text node, inside a
     * {@code <mark>} when a match covers it, inside a passage {@code <span>} when passages do. A match or passage
     * may run on from the paragraph before; that part is marked too. The current match and passage are marked so.
     */
    private Element render(int index) {
        int start = document.start(index);
        int end = document.end(index);
        var element = new Element("p");
        element.setAttribute("dir", "auto");
        element.setAttribute("data-start", Integer.toString(start));
        var firstMatch = firstMatchFrom(index);
        var inParagraph = passages.stream().filter(m -> m.start() < end && m.end() > start).toList();
        var cuts = new TreeSet<Integer>();
        cuts.add(start);
        cuts.add(end);
        for (int m = firstMatch; m < matches.size() && matches.get(m).start() < end; m++) {
            cuts.add(Math.max(start, matches.get(m).start()));
            cuts.add(Math.min(end, matches.get(m).end()));
        }
        for (var mark : inParagraph) {
            cuts.add(Math.max(start, mark.start()));
            cuts.add(Math.min(end, mark.end()));
        }
        var pagesWithin = new HashMap<Integer, Integer>();
        for (var page : document.pagesWithin(index)) {
            pagesWithin.put(page[0], page[1]);
            cuts.add(page[0]);
        }
        // as shown (a reflowed paragraph's line breaks as spaces), character for character as stored
        var shown = document.shown(index);
        if (cuts.size() == 2) {
            element.setText(shown);
            return element;
        }
        int m = firstMatch;
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                while (m < matches.size() && matches.get(m).end() <= from) {
                    m++;
                }
                var inMatch = m < matches.size() && matches.get(m).start() <= from ? m : -1;
                if (pagesWithin.containsKey(from)) {
                    element.appendChild(pageMark(pagesWithin.get(from)));
                }
                element.appendChild(piece(shown.substring(from - start, to - start), from, to, inMatch, inParagraph));
            }
            from = to;
        }
        return element;
    }

    private Element piece(String shown, int from, int to, int match, List<PassageMark> inParagraph) {
        var node = Element.createText(shown);
        if (match >= 0) {
            var mark = new Element("mark");
            mark.getClassList().add(MATCH);
            mark.setAttribute("data-match", Integer.toString(match));
            if (match == current) {
                mark.getClassList().add(CURRENT);
                mark.setAttribute("aria-current", "true");
            }
            mark.appendChild(node);
            node = mark;
        }
        var covering = inParagraph.stream().filter(p -> p.start() <= from && p.end() >= to).toList();
        if (!covering.isEmpty()) {
            var passage = new Element("span");
            passage.getClassList().add(PASSAGE);
            covering.forEach(p -> {
                if (p.style() != null && !p.style().isBlank()) {
                    passage.getClassList().add(p.style());
                }
            });
            if (currentPassage != null && covering.stream().anyMatch(p -> p.id() == currentPassage)) {
                passage.getClassList().add(CURRENT);
            }
            passage.setAttribute("data-passage", Long.toString(covering.getFirst().id()));
            passage.setAttribute("data-passages", String.join(" ", covering.stream().map(p -> Long.toString(p.id())).toList()));
            passage.setAttribute("title", covering.stream().map(PassageMark::label).filter(l -> l != null)
                    .reduce((a, b) -> a + " · " + b).orElse(""));
            passage.appendChild(node);
            node = passage;
        }
        return node;
    }

    /** The first match that ends inside or after the paragraph (it may have begun in the one before). */
    private int firstMatchFrom(int paragraph) {
        if (paragraph >= document.paragraphs()) {
            return matches.size();
        }
        int start = document.start(paragraph);
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Makes match {@code index} the current one: its chunk loaded, marked as current and scrolled into view. */
    void select(int index) {
        if (index < 0 || index >= matches.size()) {
            return;
        }
        while (shown <= paragraphOfMatch[index]) {
            showMore();
        }
        current = index;
        paragraphs.getElement().executeJs(CURRENT_SCRIPT, "." + MATCH, "[data-match=\"" + index + "\"]", true);
    }

    int matchCount() {
        return matches.size();
    }

    int currentMatch() {
        return current;
    }

    /** The mark elements of match {@code index} (more than one when it spans paragraphs); empty until loaded. */
    List<Element> marksOf(int index) {
        var wanted = Integer.toString(index);
        return shownElements().stream().flatMap(ReaderText::descendants)
                .filter(e -> !e.isTextNode() && "mark".equals(e.getTag()) && wanted.equals(e.getAttribute("data-match"))).toList();
    }

    int shownCount() {
        return shown;
    }

    int paragraphCount() {
        return document.paragraphs();
    }

    /** The passage as a reader reads it, without the running lines it spans (see {@link ReaderDocument#readable}). */
    String readable(int from, int to) {
        return document.text().length() >= to ? document.readable(from, to) : "";
    }

    /** The paragraphs by the one paragraph rule of the portal (see {@link TextParagraphs}), as stored. */
    static List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Where each paragraph lies in the text, by the one paragraph rule of the portal. */
    static List<TextParagraphs.Span> spans(String text) {
        return TextParagraphs.spans(text);
    }
}
