package pk.gov.mashwara.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an extracted text divides into paragraphs, wherever one is shown or compared (the reader, the comparison
 * of versions). One rule, so that a paragraph of a comparison is a paragraph of the reader.
 *
 * <p>A text broken into lines of about the same width, as text from a PDF is (a line break every 80 characters
 * or so, mid-sentence), is reflowed: its lines join into paragraphs, which begin at a blank line, a list item
 * ({@code (a)}, {@code 1.}, {@code (iv)}, a bullet), a heading ({@code CHAPTER I}, {@code 1. Short title.}) or after
 * a line that ends a sentence well short of the width. See {@link LineReflow} for the rules. Such paragraphs are
 * {@linkplain Span#reflowed() reflowed}: their line breaks are shown as spaces, a word hyphenated at a line end as
 * one word ({@link #shown(String)}), while every offset still refers to the text as stored.
 *
 * <p>Any other text keeps the rule it always had: paragraphs are separated by blank lines, and a text without any
 * blank line is taken line by line.
 */
public final class TextParagraphs {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Shown for the line break (and the spaces around it) that a hyphenated word is joined across: nothing. */
    static final char WORD_JOINER = '\u2060';
    /** Shown for the hyphen of a word hyphenated at a line end: nothing, unless the browser breaks the word there. */
    static final char SOFT_HYPHEN = '\u00AD';

    private TextParagraphs() {
    }

    /** Where each paragraph lies in the text, without its surrounding white space; empty ones left out. */
    public static List<Span> spans(String text) {
        var reflow = LineReflow.of(text);
        if (reflow != null) {
            return reflow.paragraphs();
        }
        var blocks = between(PARAGRAPH_BREAK, text);
        if (blocks.stream().filter(s -> s.end() > s.start()).count() <= 1) {
            blocks = between(LINE_BREAK, text);
        }
        return blocks.stream().map(s -> s.strip(text)).filter(s -> s.end() > s.start()).toList();
    }

    /**
     * A reflowed paragraph (or a stretch of one) as the reader shows it, character for character: each line break,
     * with the spaces around it, becomes spaces (shown as one), and across a word hyphenated at a line end the
     * break shows as nothing and the hyphen only where the browser breaks the word again. The result is exactly as
     * long as the paragraph, so that an offset into what is shown is an offset into what is stored.
     */
    public static String shown(String paragraph) {
        var chars = paragraph.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (chars[i] != '\n' && chars[i] != '\r' && !isOtherLineBreak(chars[i])) {
                i++;
                continue;
            }
            int from = i;
            while (from > 0 && isHorizontalSpace(chars[from - 1])) {
                from--;
            }
            int to = i + (chars[i] == '\r' && i + 1 < chars.length && chars[i + 1] == '\n' ? 2 : 1);
            while (to < chars.length && isHorizontalSpace(chars[to])) {
                to++;
            }
            var joined = LineReflow.hyphenJoin(paragraph, from, to);
            for (int k = from; k < to; k++) {
                chars[k] = joined == LineReflow.Join.NONE ? ' ' : WORD_JOINER;
            }
            if (joined == LineReflow.Join.HIDDEN_HYPHEN) {
                chars[from - 1] = SOFT_HYPHEN;
            }
            i = to;
        }
        return new String(chars);
    }

    static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isOtherLineBreak(char c) {
        return c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static List<Span> between(Pattern separator, String text) {
        var parts = new ArrayList<Span>();
        var matcher = separator.matcher(text);
        int at = 0;
        while (matcher.find()) {
            parts.add(new Span(at, matcher.start()));
            at = matcher.end();
        }
        parts.add(new Span(at, text.length()));
        return parts;
    }

    /**
     * A paragraph's characters {@code start} (inclusive) to {@code end} (exclusive) in the text; {@code reflowed}
     * when it was joined from lines of a text broken into lines (its line breaks are then shown as spaces).
     */
    public record Span(int start, int end, boolean reflowed) {

        public Span(int start, int end) {
            this(start, end, false);
        }

        Span strip(String text) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.codePointAt(s))) {
                s += Character.charCount(text.codePointAt(s));
            }
            while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
                e -= Character.charCount(text.codePointBefore(e));
            }
            return new Span(s, e, reflowed);
        }
    }
}
