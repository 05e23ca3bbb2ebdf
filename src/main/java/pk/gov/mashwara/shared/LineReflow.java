package pk.gov.mashwara.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import pk.gov.mashwara.shared.TextParagraphs.Span;

/**
 * The paragraphs of a text broken into lines of about one width, as a PDF's text comes out: a line break every 80
 * characters or so, in the middle of sentences.
 *
 * <p>A text counts as broken so when it has at least {@value #MIN_LINES} lines, its usual width (the longest line
 * but the longest tenth) is between {@value #MIN_WIDTH} and {@value #MAX_WIDTH} characters, and enough of its lines
 * plainly run on into the next: the line does not end a sentence, the next one's first word would not have fit
 * on it, and the next line starts with a small letter (or a letter of a script without capitals, such as Urdu).
 * A text of one paragraph per line (from a word processor), a list of short items or of sentences one to a line
 * is not.
 *
 * <p>Two lines of such a text are one paragraph unless a blank line separates them, or the second starts a list
 * item ({@code (a)}, {@code (iv)}, {@code 1.}, {@code 2)}, {@code ۱۔}, a bullet or a dash), or either is a heading
 * (a short line in capitals such as {@code CHAPTER I}, {@code Part II}, or a numbered title such as
 * {@code 1. Short title.}), or the next line's first word would have fit on the first (the line is noticeably
 * shorter than the others: whether it ends a sentence or not, the line was ended there on purpose), or both lines are
 * a single word (a list of addresses or figures). A word hyphenated at a line end runs on.
 */
final class LineReflow {

    static final int MIN_LINES = 6;
    static final int MIN_WIDTH = 30;
    static final int MAX_WIDTH = 200;
    /** A line this full (with the next line's first word) left no room for that word: the break was the layout's. */
    private static final double FULL = 0.8;
    /** Headings are short. */
    private static final double HEADING = 0.7;

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:"
            + "\\((?:[a-zA-Z]{1,3}|[ivxlcdmIVXLCDM]{1,6}|\\d{1,3}[a-zA-Z]?|[\\u0600-\\u06FF]{1,4}|[\\u0660-\\u0669\\u06F0-\\u06F9]{1,3})\\)"
            + "|\\d{1,3}(?:\\.\\d{1,3})*[.)](?=\\s|$)"
            + "|[\\u0660-\\u0669\\u06F0-\\u06F9]{1,3}[\\u06D4.)](?=\\s|$)"
            + "|(?:[a-zA-Z]|[ivxlcdm]{1,6})[.)](?=\\s)"
            + "|[\\u2022\\u25CF\\u25AA\\u25A0\\u25E6\\u00B7\\u2219\\u2023\\u2043*\\u2013\\u2014-](?=\\s|$))");
    /** "(1) of section 3": a reference to a subsection that a wrapped line happens to start with. */
    private static final Pattern SUBSECTION_REFERENCE = Pattern.compile("^\\(\\d{1,3}[a-zA-Z]?\\)\\s+\\p{Ll}");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,3}[A-Z]?\\.\\s+\\p{Lu}[^.]{0,80}\\.[\\u2014\\u2013-]?$");
    private static final Pattern NAMED_HEADING = Pattern.compile(
            "^(?:chapter|part|schedule|annex(?:ure)?|appendix|form|باب|حصہ|جدول)\\s+\\S{1,8}[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How a line break inside a reflowed paragraph is shown. */
    enum Join {
        /** As a space. */
        NONE,
        /** As nothing, the hyphen before it kept ("Pakistan-India", "1990-1995"). */
        HYPHEN_KEPT,
        /** As nothing, the hyphen before it shown only where the browser breaks the word ("regulation"). */
        HIDDEN_HYPHEN
    }

    private final String text;
    /** Line {@code i} without its surrounding white space is {@code text[starts[i], ends[i])}; blank when equal. */
    private final int[] starts;
    private final int[] ends;
    private final int[] lengths;
    private final int width;

    private LineReflow(String text, int[] starts, int[] ends, int[] lengths, int width) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lengths = lengths;
        this.width = width;
    }

    /** The reflow of a text broken into lines, or null for any other text. */
    static LineReflow of(String text) {
        int n = text.length();
        var starts = new int[64];
        var ends = new int[64];
        int lines = 0;
        int at = 0;
        while (true) {
            int end = at;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            int s = at;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
                ends = Arrays.copyOf(ends, lines * 2);
            }
            starts[lines] = s;
            ends[lines] = e;
            lines++;
            if (end >= n) {
                break;
            }
            at = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        var lengths = new int[lines];
        var nonBlank = new int[lines];
        int counted = 0;
        for (int i = 0; i < lines; i++) {
            lengths[i] = text.codePointCount(starts[i], ends[i]);
            if (lengths[i] > 0) {
                nonBlank[counted++] = lengths[i];
            }
        }
        if (counted < MIN_LINES) {
            return null;
        }
        var sorted = Arrays.copyOf(nonBlank, counted);
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.9 * (counted - 1))];
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return null;
        }
        var reflow = new LineReflow(text, Arrays.copyOf(starts, lines), Arrays.copyOf(ends, lines), lengths, width);
        return reflow.isBrokenIntoLines() ? reflow : null;
    }

    private boolean isBrokenIntoLines() {
        int pairs = 0;
        int runOn = 0;
        for (int i = 0; i + 1 < lengths.length; i++) {
            if (lengths[i] == 0 || lengths[i + 1] == 0) {
                continue;
            }
            pairs++;
            var next = firstLetter(i + 1);
            if (!endsSentence(i) && full(i, i + 1) && next >= 0
                    && (Character.isLowerCase(next) || !Character.isUpperCase(next) && !Character.isTitleCase(next))) {
                runOn++;
            }
        }
        return pairs >= 3 && runOn >= Math.max(2, 0.3 * pairs);
    }

    List<Span> paragraphs() {
        var spans = new ArrayList<Span>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] == 0) {
                if (first >= 0) {
                    spans.add(new Span(starts[first], ends[last], last > first));
                    first = -1;
                }
                continue;
            }
            if (first >= 0 && runsOn(last, i)) {
                last = i;
                continue;
            }
            if (first >= 0) {
                spans.add(new Span(starts[first], ends[last], last > first));
            }
            first = i;
            last = i;
        }
        if (first >= 0) {
            spans.add(new Span(starts[first], ends[last], last > first));
        }
        return spans;
    }

    /** Whether line {@code b} continues the paragraph of line {@code a}, the line before it. */
    boolean runsOn(int a, int b) {
        if (mayStartListItem(b)) {
            var next = line(b);
            if (LIST_ITEM.matcher(next).find()
                    && !(SUBSECTION_REFERENCE.matcher(next).find() && full(a, b) && !endsWithPunctuation(a))) {
                return false;
            }
        }
        if (isHeading(a) || isHeading(b)) {
            return false;
        }
        if (endsWithHyphen(a) && Character.isLetterOrDigit(text.codePointAt(starts[b]))) {
            return true;
        }
        // lines of one word each (addresses, file names, a column of figures) are a list, not a paragraph
        return full(a, b) && !(isOneWord(a) && isOneWord(b));
    }

    private boolean isOneWord(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A cheap look at the line's first characters before the pattern of list items is tried. */
    private boolean mayStartListItem(int i) {
        var first = text.charAt(starts[i]);
        if (!Character.isLetter(first) || first > 'z') {
            return true;
        }
        for (int k = starts[i] + 1; k < Math.min(ends[i], starts[i] + 7); k++) {
            var c = text.charAt(k);
            if (c == '.' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code a} and the first word of {@code b} take up the width: no room was left on {@code a}. */
    private boolean full(int a, int b) {
        return lengths[a] + 1 + firstWordLength(b) >= FULL * width;
    }

    private boolean isHeading(int i) {
        if (lengths[i] > HEADING * width) {
            return false;
        }
        var line = line(i);
        if (NUMBERED_TITLE.matcher(line).find() || NAMED_HEADING.matcher(line).find()) {
            return true;
        }
        int letters = 0;
        for (int k = 0; k < line.length(); k++) {
            var c = line.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private boolean endsSentence(int i) {
        int end = ends[i];
        while (end > starts[i] && isClosing(text.charAt(end - 1))) {
            end--;
        }
        if (end == starts[i]) {
            return false;
        }
        var c = text.charAt(end - 1);
        return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '\u06D4' || c == '\u061F' || c == '\u061B'
                || c == '\u2026';
    }

    private boolean endsWithPunctuation(int i) {
        var c = text.charAt(ends[i] - 1);
        return !Character.isLetterOrDigit(c);
    }

    private boolean endsWithHyphen(int i) {
        int end = ends[i];
        return end - starts[i] >= 2 && isHyphen(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end - 2));
    }

    private String line(int i) {
        return text.substring(starts[i], ends[i]);
    }

    private int firstWordLength(int i) {
        int k = starts[i];
        while (k < ends[i] && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return text.codePointCount(starts[i], k);
    }

    /** The first letter of the line (after any quotes or brackets), or -1. */
    private int firstLetter(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            var c = text.charAt(k);
            if (Character.isLetter(c)) {
                return c;
            }
            if (Character.isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * How the break {@code [from, to)} of {@code s} (spaces, the line break, spaces) is shown in a reflowed paragraph:
     * joined across a hyphen between two letters or digits, else as a space. The hyphen is hidden when a letter before
     * it and a small letter after the break show a word cut in two ("regu-" / "lation"), as the index reads it.
     */
    static Join hyphenJoin(String s, int from, int to) {
        if (from < 2 || to >= s.length() || !isHyphen(s.charAt(from - 1))) {
            return Join.NONE;
        }
        var before = s.charAt(from - 2);
        var after = s.charAt(to);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after)) {
            return Join.NONE;
        }
        return s.charAt(from - 1) == TextParagraphs.SOFT_HYPHEN || Character.isLetter(before) && Character.isLowerCase(after)
                ? Join.HIDDEN_HYPHEN : Join.HYPHEN_KEPT;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == TextParagraphs.SOFT_HYPHEN;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || TextParagraphs.isOtherLineBreak(c);
    }
}
