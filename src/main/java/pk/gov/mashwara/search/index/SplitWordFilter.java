package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Mends the words a document splits without anyone seeing it, before the text is cut into words (at index and query
 * time alike), so that "on&shy;line" is the word {@code online}:
 * <ul>
 * <li>characters that are never seen and never part of a word are dropped: the soft hyphen, byte-order marks and
 * word joiners, bidi marks, embeddings, overrides and isolates, the combining grapheme joiner;
 * <li>zero-width spaces, non-joiners and joiners are dropped between two Latin letters, where they only split a
 * word (between Urdu or Persian letters a non-joiner shapes the word and is left; the {@code urdu} field's folding
 * ignores it);
 * <li>a word hyphenated at the end of a line ("regu-" / "lation": a letter, a hyphen or soft hyphen, the line
 * break, a lower-case letter) is joined.
 * </ul>
 * The offsets of what follows are corrected, so that matches still point at the stored text, which keeps every
 * character.
 */
final class SplitWordFilter extends BaseCharFilter {

    /** How far spaces around a hyphenated line break, and invisible characters in a row, are looked through. */
    private static final int LOOKAHEAD = 64;

    private final char[] buffer = new char[4 * LOOKAHEAD];
    private int pos;
    private int limit;
    private boolean eof;
    private int emitted;
    private int dropped;
    private char last;

    SplitWordFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            int drop = dropHere(c);
            if (drop > 0) {
                pos += drop;
                dropped += drop;
                addOffCorrectMap(emitted, dropped);
                continue;
            }
            pos++;
            cbuf[off + n++] = (char) c;
            emitted++;
            last = (char) c;
        }
        return n == 0 ? -1 : n;
    }

    /** How many characters from here on are left out (0: this one is kept). */
    private int dropHere(int c) throws IOException {
        if (isHyphen(c) && Character.isLetter(last)) {
            int joined = hyphenatedLineBreak();
            if (joined > 0) {
                return joined;
            }
        }
        if (isInvisible(c)) {
            return 1;
        }
        if (isZeroWidth(c) && isLatinLetter(last) && isLatinLetter(nextVisible())) {
            return 1;
        }
        return 0;
    }

    /** The length of "hyphen, spaces, line break, spaces" before a lower-case letter; 0 when that is not what follows. */
    private int hyphenatedLineBreak() throws IOException {
        int i = skipSpaces(1);
        if (peek(i) == '\r') {
            i++;
            if (peek(i) == '\n') {
                i++;
            }
        } else if (peek(i) == '\n') {
            i++;
        } else {
            return 0;
        }
        i = skipSpaces(i);
        int next = peek(i);
        return next >= 0 && Character.isLowerCase(next) ? i : 0;
    }

    private int skipSpaces(int from) throws IOException {
        int i = from;
        while (i < LOOKAHEAD && (peek(i) == ' ' || peek(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The next character after this one that is not itself invisible or zero-width; -1 at the end. */
    private int nextVisible() throws IOException {
        for (int i = 1; i < LOOKAHEAD; i++) {
            int c = peek(i);
            if (c < 0 || !isInvisible(c) && !isZeroWidth(c)) {
                return c;
            }
        }
        return -1;
    }

    /** The character {@code ahead} places on from the current one, reading more input when needed; -1 past the end. */
    private int peek(int ahead) throws IOException {
        while (pos + ahead >= limit && !eof) {
            if (pos > 0) {
                System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int read = input.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        return pos + ahead < limit ? buffer[pos + ahead] : -1;
    }

    static boolean isInvisible(int c) {
        return c == '\u00AD' || c == '\u034F' || c == '\u061C' || c == '\u180E' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    static boolean isZeroWidth(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D';
    }

    private static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    private static boolean isLatinLetter(int c) {
        return c >= 0 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
