package pk.gov.mashwara.text.ui;

import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import pk.gov.mashwara.shared.TextParagraphs;
import pk.gov.mashwara.shared.TextParagraphs.Span;
import pk.gov.mashwara.text.TextPages;

/**
 * A text as the reader shows it: the characters, where each paragraph lies, and how each is shown (the lines of a
 * text broken into lines joined, see {@link TextParagraphs}), where its pages begin, and without the running headers
 * and footers of its pages, which no paragraph includes (see {@link TextPages}). Held once however many readers have
 * the same text open: a draft under review is read by the whole working group at the same time, and each open
 * reader would otherwise keep its own copy of the statute for as long as the tab stays open. The shared copy goes
 * with the last reader that holds it (the table only refers to it weakly); nothing in it can change, so sharing
 * cannot show one user what another sees, and the text itself is only ever obtained through the permission checks
 * of the service that reads it.
 */
final class ReaderDocument implements Serializable {

    private static final Map<String, WeakReference<ReaderDocument>> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

    static final ReaderDocument EMPTY = new ReaderDocument("", TextPages.NONE);

    private final String text;
    private final TextPages pages;
    /** Paragraph {@code i} is {@code text[starts[i], ends[i])}: two arrays, not an object per paragraph. */
    private final int[] starts;
    private final int[] ends;
    /** The paragraphs joined from several lines, whose line breaks are shown as spaces. */
    private final java.util.BitSet reflowed = new java.util.BitSet();
    /**
     * Where pages begin, as the reader marks them: page {@code pageNumbers[k]} begins at {@code pageOffsets[k]}, an
     * offset at the start of a paragraph or inside one (a page that begins between paragraphs, or with a running
     * header, is marked at the next paragraph). Empty for a text of one page or none.
     */
    private final int[] pageOffsets;
    private final int[] pageNumbers;
    /**
     * The stretches a paragraph that runs on over a page break is joined across (the end of one page, its footer,
     * the next page's header), in text order: {@code gaps[2k]} to {@code gaps[2k + 1]}. Shown as one space.
     */
    private final int[] gaps;

    private ReaderDocument(String text, TextPages pages) {
        this.text = text;
        this.pages = pages;
        var joined = new java.util.ArrayList<Integer>();
        var spans = acrossPages(withoutHidden(TextParagraphs.spans(text), pages.hidden(), text), pages.hidden(), text,
                joined);
        gaps = joined.stream().mapToInt(Integer::intValue).toArray();
        starts = new int[spans.size()];
        ends = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i).start();
            ends[i] = spans.get(i).end();
            reflowed.set(i, spans.get(i).reflowed());
        }
        var offsets = new java.util.ArrayList<Integer>();
        var numbers = new java.util.ArrayList<Integer>();
        var pageStarts = pages.starts();
        for (int page = 0; pageStarts.size() > 1 && page < pageStarts.size(); page++) {
            int at = pageStarts.get(page);
            int p = paragraphAt(at);
            if (p >= starts.length) {
                break;
            }
            if (at >= ends[p]) {
                p++;
            }
            if (p >= starts.length) {
                break;
            }
            int offset = Math.max(at, starts[p]);
            // a page that begins in the stretch a paragraph is joined across is marked where its text resumes
            int gap = gapAt(offset);
            if (gap >= 0) {
                offset = gaps[gap + 1];
            }
            if (!offsets.isEmpty() && offsets.getLast() == offset) {
                // a page with nothing but its header and footer: the paragraph is on the later page
                numbers.set(numbers.size() - 1, page + 1);
            } else {
                offsets.add(offset);
                numbers.add(page + 1);
            }
        }
        pageOffsets = offsets.stream().mapToInt(Integer::intValue).toArray();
        pageNumbers = numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The paragraphs without the running lines: a paragraph that holds one (a line of a text broken into lines
     * runs on into the next page's header) is cut around it, and what is left of it kept where it is not blank.
     */
    static java.util.List<Span> withoutHidden(java.util.List<Span> spans, java.util.List<TextPages.Hidden> hidden,
            String text) {
        if (hidden.isEmpty()) {
            return spans;
        }
        var kept = new java.util.ArrayList<Span>();
        int h = 0;
        for (var span : spans) {
            while (h < hidden.size() && hidden.get(h).end() <= span.start()) {
                h++;
            }
            int from = span.start();
            for (int k = h; k < hidden.size() && hidden.get(k).start() < span.end(); k++) {
                keep(kept, text, from, Math.max(from, hidden.get(k).start()), span.reflowed());
                from = Math.max(from, hidden.get(k).end());
            }
            keep(kept, text, from, span.end(), span.reflowed());
        }
        return kept;
    }

    /**
     * Joins a paragraph cut by a page break when the page ended mid-sentence: the part before the break ends
     * without a full stop (or a colon, a question or exclamation mark, an Urdu full stop), the part after it begins
     * with a small letter (or a letter of a script without capitals), and nothing stands between them but white
     * space and running lines. A heading, a numbered clause or a new sentence after the break stays a paragraph of
     * its own. Each stretch joined across is added to {@code gaps} (start, end).
     */
    static java.util.List<Span> acrossPages(java.util.List<Span> spans, java.util.List<TextPages.Hidden> hidden,
            String text, java.util.List<Integer> gaps) {
        if (hidden.isEmpty() || spans.size() < 2) {
            return spans;
        }
        var joined = new java.util.ArrayList<Span>();
        var current = spans.getFirst();
        for (int i = 1; i < spans.size(); i++) {
            var next = spans.get(i);
            if (runsOn(text, current, next) && onlyRunningLinesBetween(text, current.end(), next.start(), hidden)) {
                gaps.add(current.end());
                gaps.add(next.start());
                current = new Span(current.start(), next.end(), current.reflowed() || next.reflowed());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined;
    }

    private static boolean runsOn(String text, Span before, Span after) {
        int last = text.codePointBefore(before.end());
        int first = text.codePointAt(after.start());
        var ended = ".:?!\u06d4\u061f".indexOf(last) >= 0 || "\"'\u201d\u2019)".indexOf(last) >= 0
                && before.end() - before.start() > 1 && ".?!".indexOf(text.charAt(before.end() - 2)) >= 0;
        var continues = Character.isLetter(first) && !Character.isUpperCase(first) && !Character.isTitleCase(first);
        return !ended && continues;
    }

    /** Whether {@code text[from, to)} holds nothing but white space and running lines, and at least one of these. */
    private static boolean onlyRunningLinesBetween(String text, int from, int to, java.util.List<TextPages.Hidden> hidden) {
        int at = from;
        boolean any = false;
        for (var h : hidden) {
            if (h.end() <= from || h.start() >= to) {
                continue;
            }
            if (!text.substring(at, Math.max(at, h.start())).isBlank()) {
                return false;
            }
            at = Math.max(at, h.end());
            any = true;
        }
        return any && text.substring(Math.min(at, to), to).isBlank();
    }

    /** The index in {@link #gaps} of the stretch that holds {@code offset}, or -1. */
    private int gapAt(int offset) {
        for (int k = 0; k < gaps.length; k += 2) {
            if (offset >= gaps[k] && offset < gaps[k + 1]) {
                return k;
            }
        }
        return -1;
    }

    private static void keep(java.util.List<Span> kept, String text, int from, int to, boolean reflowed) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            kept.add(new Span(from, to, reflowed));
        }
    }

    /** The shared document with exactly this text (made now if no reader has it open). */
    static ReaderDocument of(String text) {
        return of(text, TextPages.NONE);
    }

    /** The shared document with exactly this text and these pages (made now if no reader has it open). */
    static ReaderDocument of(String text, TextPages pages) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        var layout = pages == null ? TextPages.NONE : pages;
        synchronized (OPEN) {
            var held = OPEN.get(text);
            var document = held == null ? null : held.get();
            if (document == null || !document.pages.equals(layout)) {
                document = new ReaderDocument(document == null ? text : document.text, layout);
                // the key is the document's own string: the entry lives exactly as long as some reader holds it
                OPEN.put(document.text, new WeakReference<>(document));
            }
            return document;
        }
    }

    String text() {
        return text;
    }

    TextPages pages() {
        return pages;
    }

    /** The page that begins with paragraph {@code index} (from 1), or 0 when none does. */
    int pageStartingWith(int index) {
        int k = java.util.Arrays.binarySearch(pageOffsets, starts[index]);
        return k >= 0 ? pageNumbers[k] : 0;
    }

    /**
     * The pages that begin inside paragraph {@code index} (after its first character), as pairs of offset and page
     * number, in text order.
     */
    java.util.List<int[]> pagesWithin(int index) {
        int k = java.util.Arrays.binarySearch(pageOffsets, starts[index] + 1);
        k = k >= 0 ? k : -k - 1;
        var within = new java.util.ArrayList<int[]>();
        for (; k < pageOffsets.length && pageOffsets[k] < ends[index]; k++) {
            within.add(new int[] { pageOffsets[k], pageNumbers[k] });
        }
        return within;
    }

    int length() {
        return text.length();
    }

    int paragraphs() {
        return starts.length;
    }

    int start(int paragraph) {
        return starts[paragraph];
    }

    int end(int paragraph) {
        return ends[paragraph];
    }

    String paragraph(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /**
     * Paragraph {@code index} as shown: as stored, or, when it was joined from lines, with its line breaks shown as
     * spaces. Character for character as long as the stored paragraph, so that the offsets of a selection in it are
     * offsets in the stored text.
     */
    String shown(int index) {
        var paragraph = paragraph(index);
        var shown = reflowed.get(index) ? TextParagraphs.shown(paragraph) : paragraph;
        return acrossGaps(shown, starts[index], ends[index]);
    }

    /**
     * The text of {@code [from, to)} as a reader reads it: without the running lines between (a page's footer, the
     * next page's header), a stretch joined across shown as one space. For quoting a selection, which is stored as
     * it stands in the text.
     */
    String readable(int from, int to) {
        var out = new StringBuilder();
        int at = from;
        for (var h : pages.hidden()) {
            if (h.end() <= from || h.start() >= to) {
                continue;
            }
            out.append(text, at, Math.max(at, h.start()));
            at = Math.max(at, h.end());
        }
        out.append(text, Math.min(at, to), to);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Each stretch joined across inside the paragraph as one space and word joiners, as long as it is. */
    private String acrossGaps(String shown, int from, int to) {
        if (gaps.length == 0) {
            return shown;
        }
        char[] chars = null;
        for (int k = 0; k < gaps.length; k += 2) {
            if (gaps[k] >= from && gaps[k + 1] <= to) {
                chars = chars == null ? shown.toCharArray() : chars;
                for (int i = gaps[k]; i < gaps[k + 1]; i++) {
                    chars[i - from] = i == gaps[k] ? ' ' : '\u2060';
                }
            }
        }
        return chars == null ? shown : new String(chars);
    }

    /** The paragraph that holds {@code offset}, or the last one that starts before it. */
    int paragraphAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    /** After deserialisation (a session moved between nodes) the copy joins the shared one again. */
    private Object readResolve() {
        return of(text, pages);
    }
}
