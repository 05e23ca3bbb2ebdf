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
 * <p>The boundaries are worked out once per text, in one pass, and then looked up. The JDK's sentence iterator
 * works them out again on every call from the position asked about, so each match in a text with no sentence end
 * near it scanned on to the next one, often the end of the head: a word that occurs a few hundred times in a long
 * list took a search hundreds of milliseconds to highlight.
 */
final class PassageBreaks extends BreakIterator {

    /** The longest stretch without a boundary, where the text itself gives none. */
    static final int LONGEST_RUN = 300;

    private String text = "";
    private int[] boundaries = { 0 };
    private int at;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        boundaries = boundaries(text);
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
        return boundaries[0];
    }

    @Override
    public int last() {
        at = boundaries.length - 1;
        return boundaries[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= boundaries.length) {
            at = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        at = target;
        return boundaries[at];
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
        // the first boundary after offset
        int i = Arrays.binarySearch(boundaries, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= boundaries.length) {
            at = boundaries.length - 1;
            return DONE;
        }
        at = i;
        return boundaries[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        // the last boundary before offset
        int i = Arrays.binarySearch(boundaries, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return boundaries[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(boundaries, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return boundaries[at];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }

    /** All boundaries of the text, in order, 0 and its length included: one pass, nothing looked at twice. */
    static int[] boundaries(String text) {
        var chars = text.toCharArray();
        int n = chars.length;
        var out = new int[Math.max(2, n / 64)];
        int count = 0;
        out[count++] = 0;
        int last = 0;
        // the last characters that were not white space: a sentence's end, perhaps followed by closing quotes or brackets
        boolean afterSentence = false;
        for (int i = 1; i < n; i++) {
            char before = chars[i - 1];
            char here = chars[i];
            boolean beforeIsSpace = isSpace(before);
            if (!beforeIsSpace) {
                afterSentence = isSentenceEnd(before) || (afterSentence && isCloser(before));
            }
            boolean boundary;
            if (isLineBreak(before)) {
                // a line ends here ("\r\n" is one break)
                boundary = !(before == '\r' && here == '\n');
            } else if (beforeIsSpace) {
                boundary = !isSpace(here) && (afterSentence || i - last >= LONGEST_RUN);
            } else {
                boundary = i - last >= 2 * LONGEST_RUN && !(Character.isHighSurrogate(before) && Character.isLowSurrogate(here));
            }
            if (boundary) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
                last = i;
            }
        }
        if (n > 0) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count + 1);
            }
            out[count++] = n;
        }
        return Arrays.copyOf(out, count);
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
