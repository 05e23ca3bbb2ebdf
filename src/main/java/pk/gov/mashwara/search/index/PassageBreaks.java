package pk.gov.mashwara.search.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Where a snippet's passages may begin and end: after a sentence (a full stop, question or exclamation mark, in
 * English or Urdu, then white space), at a line break, and, in a stretch without either (a list of terms, a table,
 * a schedule), at the first space after {@link #LONGEST_RUN} characters; in a stretch without spaces as well, after
 * twice that.
 *
 * <p>The boundaries are worked out once per text, in one pass as far as the highlighter asks about (a text matched
 * in its first pages is not scanned to the end of its head), and then looked up. The JDK's sentence iterator
 * works them out again on every call from the position asked about, so each match in a text with no sentence end
 * near it scanned on to the next one, often the end of the head: a word that occurs a few hundred times in a long
 * list took a search hundreds of milliseconds to highlight.
 */
class PassageBreaks extends BreakIterator {

    /** The longest stretch without a boundary, where the text itself gives none. */
    static final int LONGEST_RUN = 300;

    private String text = "";
    /** The boundaries found so far, in order: the text is scanned only as far as a question needs. */
    private int[] found = new int[16];
    private int count;
    /** The next position to look at, the last boundary found, and whether a sentence's end came before it. */
    private int scanned;
    private int last;
    private boolean afterSentence;
    private boolean done;
    private int at;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        count = 0;
        found[count++] = 0;
        scanned = 1;
        last = 0;
        afterSentence = false;
        done = false;
        at = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        var out = new StringBuilder(Math.max(0, newText.getEndIndex() - newText.getBeginIndex()));
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            out.append(c);
        }
        setText(out.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        at = 0;
        return found[0];
    }

    @Override
    public int last() {
        while (!done) {
            step();
        }
        at = count - 1;
        return found[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        while (!done && target >= count) {
            step();
        }
        if (target < 0 || target >= count) {
            at = target < 0 ? 0 : count - 1;
            return DONE;
        }
        at = target;
        return found[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        scanPast(offset);
        // the first boundary after offset
        int i = Arrays.binarySearch(found, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            at = count - 1;
            return DONE;
        }
        at = i;
        return found[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        scanPast(offset);
        // the last boundary before offset
        int i = Arrays.binarySearch(found, 0, count, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return found[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        scanPast(offset);
        int i = Arrays.binarySearch(found, 0, count, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return found[at];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }

    /** Scans until a boundary after {@code offset} is found (or the text ends): every one up to it is then known. */
    private void scanPast(int offset) {
        while (!done && found[count - 1] <= offset) {
            step();
        }
    }

    /** Looks at one more position of the text (the end, once it is reached). */
    private void step() {
        int n = text.length();
        if (scanned >= n) {
            if (n > 0) {
                add(n);
            }
            done = true;
            return;
        }
        int i = scanned++;
        char before = text.charAt(i - 1);
        char here = text.charAt(i);
        boolean beforeIsSpace = isSpace(before);
        if (!beforeIsSpace) {
            // a sentence's end, perhaps followed by closing quotes or brackets
            afterSentence = isSentenceEnd(before) || (afterSentence && isCloser(before));
        }
        boolean boundary;
        if (isLineBreak(before)) {
            // a line ends here ("\r\n" is one break)
            boundary = !(before == '\r' && here == '\n');
        } else if (beforeIsSpace) {
            boundary = !isSpace(here) && (afterSentence || i - last >= LONGEST_RUN);
        } else {
            boundary = i - last >= 2 * LONGEST_RUN
                    && !(Character.isHighSurrogate(before) && Character.isLowSurrogate(here));
        }
        if (boundary) {
            add(i);
            last = i;
        }
    }

    private void add(int boundary) {
        if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = boundary;
    }

    /** All boundaries of the text, in order, 0 and its length included: one pass, nothing looked at twice. */
    static int[] boundaries(String text) {
        var breaks = new PassageBreaks();
        breaks.setText(text);
        breaks.last();
        return Arrays.copyOf(breaks.found, breaks.count);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f')
                : c >= '\u0085' && Character.isWhitespace(c) || c == '\u0085';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
    }

    /** Closing quotes and brackets after a sentence's mark: "... rules." or (see section 2.) */
    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }
}
