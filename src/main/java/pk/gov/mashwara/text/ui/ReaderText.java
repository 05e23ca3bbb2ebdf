package pk.gov.mashwara.text.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * <p>Matches of a search are marked with {@code <mark>} elements built node by node, the document's text going
 * into text nodes only: no document text is ever parsed as HTML, so markup in a file shows as the characters
 * it is. Selecting a match loads the chunks up to it, marks it as the current one and scrolls it into view.
 *
 * <p>The lines of a text broken into lines (a PDF's) are shown joined into paragraphs: each character of a
 * paragraph's line breaks is replaced by one that shows as a space (or, across a hyphenated word, as nothing), one
 * for one, so that what the browser holds is exactly as long as the stored text and every offset a selection,
 * a search match or a thread's passage has is an offset in the stored text.
 */
class ReaderText extends Div {

    /**
     * Paragraphs added at a time: a few screens. Every paragraph shown is a component the server keeps for the
     * session, so the reader starts small and adds more as the reader scrolls towards the end (or presses the button).
     */
    static final int CHUNK = 60;
    /**
     * Paragraphs shown when the text opens: about two screens. Every open reader keeps them for as long as its tab
     * stays open, read or not, so the first chunk is small; the reader fills in as it scrolls.
     */
    static final int FIRST = 20;
    static final String MATCH = "reader-match";
    static final String CURRENT = "current";
    static final String PASSAGE = "reader-passage";
    static final String PAGE_BREAK = "reader-page-break";
    static final String PAGE_MARK = "reader-page-mark";

    final Div paragraphs = new Div();
    final Button more = new Button();
    private ReaderDocument document = ReaderDocument.EMPTY;
    private List<Match> matches = List.of();
    private int[] paragraphOfMatch = new int[0];
    private final Map<Integer, List<Element>> marks = new HashMap<>();
    private List<PassageMark> passages = List.of();
    private final Map<Long, List<Element>> passageElements = new HashMap<>();
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
        marks.clear();
        passages = List.of();
        passageElements.clear();
        currentPassage = null;
        current = -1;
        shown = 0;
        paragraphs.removeAll();
        showUpTo(FIRST);
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
        passageElements.clear();
        marks.clear();
        var upTo = shown;
        shown = 0;
        paragraphs.removeAll();
        showUpTo(upTo);
        if (current >= 0) {
            marks.getOrDefault(current, List.of()).forEach(mark -> {
                mark.getClassList().add(CURRENT);
                mark.setAttribute("aria-current", "true");
            });
        }
        if (currentPassage != null) {
            passageElements.getOrDefault(currentPassage, List.of()).forEach(e -> e.getClassList().add(CURRENT));
        }
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
        if (currentPassage != null) {
            passageElements.getOrDefault(currentPassage, List.of()).forEach(e -> e.getClassList().remove(CURRENT));
        }
        currentPassage = id;
        var elements = passageElements.getOrDefault(id, List.of());
        elements.forEach(e -> e.getClassList().add(CURRENT));
        if (!elements.isEmpty()) {
            elements.getFirst().scrollIntoView(ScrollIntoViewOption.Block.CENTER);
        }
    }

    /** The elements marking passage {@code id} in the paragraphs shown so far. */
    List<Element> passageElementsOf(long id) {
        return List.copyOf(passageElements.getOrDefault(id, List.of()));
    }

    private void showMore() {
        showUpTo(shown + CHUNK);
    }

    private void showUpTo(int count) {
        var end = Math.min(document.paragraphs(), count);
        for (var i = shown; i < end; i++) {
            var page = document.pageStartingWith(i);
            if (page > 0) {
                paragraphs.add(pageBreak(page));
            }
            paragraphs.add(render(i));
        }
        shown = end;
        more.setVisible(shown < document.paragraphs());
        more.setText(getTranslation("reader.more", document.paragraphs() - shown));
    }

    /**
     * Where a page begins, between paragraphs: its number in the margin (on the right in a right-to-left page), a
     * thin rule across the column. Outside every paragraph, so no selection counts it.
     */
    private Div pageBreak(int page) {
        var label = getTranslation("reader.page", page);
        var mark = new Div(new Span(Integer.toString(page)));
        mark.addClassNames(PAGE_BREAK);
        mark.getElement().setAttribute("data-page", Integer.toString(page));
        mark.getElement().setAttribute("role", "doc-pagebreak");
        mark.getElement().setAttribute("aria-label", label);
        mark.getElement().setAttribute("title", label);
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
     * may run on from the paragraph before; that part is marked too.
     */
    private Paragraph render(int index) {
        int start = document.start(index);
        int end = document.end(index);
        var paragraph = new Paragraph();
        var element = paragraph.getElement();
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
            paragraph.setText(shown);
            return paragraph;
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
        return paragraph;
    }

    private Element piece(String shown, int from, int to, int match, List<PassageMark> inParagraph) {
        var node = Element.createText(shown);
        if (match >= 0) {
            var mark = new Element("mark");
            mark.getClassList().add(MATCH);
            mark.setAttribute("data-match", Integer.toString(match));
            mark.appendChild(node);
            marks.computeIfAbsent(match, k -> new ArrayList<>()).add(mark);
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
                passageElements.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(passage);
            });
            passage.setAttribute("data-passage", Long.toString(covering.getFirst().id()));
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
        marks.getOrDefault(current, List.of()).forEach(mark -> {
            mark.getClassList().remove(CURRENT);
            mark.removeAttribute("aria-current");
        });
        current = index;
        var selected = marks.getOrDefault(index, List.of());
        selected.forEach(mark -> {
            mark.getClassList().add(CURRENT);
            mark.setAttribute("aria-current", "true");
        });
        if (!selected.isEmpty()) {
            selected.getFirst().scrollIntoView(ScrollIntoViewOption.Block.CENTER);
        }
    }

    int matchCount() {
        return matches.size();
    }

    int currentMatch() {
        return current;
    }

    /** The mark elements of match {@code index} (more than one when it spans paragraphs); empty until loaded. */
    List<Element> marksOf(int index) {
        return List.copyOf(marks.getOrDefault(index, List.of()));
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
