package pk.gov.mashwara.search.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import pk.gov.mashwara.search.TextMatches.Match;

/**
 * The text as a readable column of paragraphs, shown a chunk at a time: a long statute can have tens of
 * thousands of paragraphs, which the browser should not receive in one go. Each paragraph takes its own
 * direction ({@code dir="auto"}), so Urdu reads right to left and English left to right in the same text.
 *
 * <p>Matches of a search are marked with {@code <mark>} elements built node by node, the document's text going
 * into text nodes only: no document text is ever parsed as HTML, so markup in a file shows as the characters
 * it is. Selecting a match loads the chunks up to it, marks it as the current one and scrolls it into view.
 */
class ReaderText extends Div {

    static final int CHUNK = 200;
    static final String MATCH = "reader-match";
    static final String CURRENT = "current";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    final Div paragraphs = new Div();
    final Button more = new Button();
    private String text = "";
    private List<Span> spans = List.of();
    private List<Match> matches = List.of();
    private int[] paragraphOfMatch = new int[0];
    private final Map<Integer, List<Element>> marks = new HashMap<>();
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
    }

    void show(String text) {
        show(text, List.of());
    }

    /** Shows the text with the given matches (ranges of the whole text, in order, not overlapping) marked. */
    void show(String text, List<Match> wanted) {
        this.text = text;
        spans = spans(text);
        place(wanted);
        marks.clear();
        current = -1;
        shown = 0;
        paragraphs.removeAll();
        showMore();
    }

    /** Keeps the matches that fall within a paragraph (all of them, for the text they were found in). */
    private void place(List<Match> wanted) {
        var placed = new ArrayList<Match>();
        var paragraphOf = new ArrayList<Integer>();
        int p = 0;
        for (var match : wanted) {
            if (match.end() > text.length()) {
                break;
            }
            while (p < spans.size() && spans.get(p).end() <= match.start()) {
                p++;
            }
            if (p < spans.size() && spans.get(p).start() < match.end()) {
                placed.add(match);
                paragraphOf.add(p);
            }
        }
        matches = List.copyOf(placed);
        paragraphOfMatch = paragraphOf.stream().mapToInt(Integer::intValue).toArray();
    }

    private void showMore() {
        var end = Math.min(spans.size(), shown + CHUNK);
        int next = firstMatchFrom(shown);
        for (var i = shown; i < end; i++) {
            next = render(i, next);
        }
        shown = end;
        more.setVisible(shown < spans.size());
        more.setText(getTranslation("reader.more", spans.size() - shown));
    }

    /** Adds paragraph {@code index}, marking the matches in it from {@code match} on; returns the next match. */
    private int render(int index, int match) {
        var span = spans.get(index);
        var paragraph = new Paragraph();
        paragraph.getElement().setAttribute("dir", "auto");
        var element = paragraph.getElement();
        int at = span.start();
        int m = match;
        // a match may run on from the paragraph before (a phrase across a line break): that part is marked too
        while (m < matches.size() && matches.get(m).start() < span.end()) {
            var found = matches.get(m);
            int from = Math.max(found.start(), span.start());
            int to = Math.min(found.end(), span.end());
            if (to <= from) {
                m++;
                continue;
            }
            if (from > at) {
                element.appendChild(Element.createText(text.substring(at, from)));
            }
            var mark = new Element("mark");
            mark.setText(text.substring(from, to));
            mark.getClassList().add(MATCH);
            mark.setAttribute("data-match", Integer.toString(m));
            marks.computeIfAbsent(m, k -> new ArrayList<>()).add(mark);
            element.appendChild(mark);
            at = to;
            if (found.end() > span.end()) {
                break;
            }
            m++;
        }
        if (at == span.start()) {
            paragraph.setText(text.substring(span.start(), span.end()));
        } else if (at < span.end()) {
            element.appendChild(Element.createText(text.substring(at, span.end())));
        }
        paragraphs.add(paragraph);
        return m;
    }

    /** The first match that ends inside or after the paragraph (it may have begun in the one before). */
    private int firstMatchFrom(int paragraph) {
        if (paragraph >= spans.size()) {
            return matches.size();
        }
        int start = spans.get(paragraph).start();
        int m = 0;
        while (m < matches.size() && matches.get(m).end() <= start) {
            m++;
        }
        return m;
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
        return spans.size();
    }

    /** Paragraphs are separated by blank lines; a text without any is taken line by line. */
    static List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Where each paragraph lies in the text, without its surrounding white space. */
    static List<Span> spans(String text) {
        var blocks = between(PARAGRAPH_BREAK, text, 0, text.length());
        var nonEmpty = blocks.stream().filter(s -> s.end() > s.start()).count();
        if (nonEmpty <= 1) {
            blocks = between(LINE_BREAK, text, 0, text.length());
        }
        return blocks.stream().map(s -> s.strip(text)).filter(s -> s.end() > s.start()).toList();
    }

    private static List<Span> between(Pattern separator, String text, int from, int to) {
        var parts = new ArrayList<Span>();
        var matcher = separator.matcher(text).region(from, to);
        int at = from;
        while (matcher.find()) {
            parts.add(new Span(at, matcher.start()));
            at = matcher.end();
        }
        parts.add(new Span(at, to));
        return parts;
    }

    /** A paragraph's characters {@code start} (inclusive) to {@code end} (exclusive) in the text. */
    record Span(int start, int end) {

        Span strip(String text) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.codePointAt(s))) {
                s += Character.charCount(text.codePointAt(s));
            }
            while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
                e -= Character.charCount(text.codePointBefore(e));
            }
            return new Span(s, e);
        }
    }
}
