package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text into paragraphs exactly as the reader shows them (the search module's reader): paragraphs are
 * separated by blank lines, and a text without any blank line is taken line by line. Kept in step with that
 * rule so that a paragraph of a comparison is a paragraph of the reader.
 */
final class Paragraphs {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Paragraphs() {
    }

    /** Where each paragraph lies in the text, without its surrounding white space. */
    static List<Span> spans(String text) {
        var blocks = between(PARAGRAPH_BREAK, text);
        if (blocks.stream().filter(s -> s.end() > s.start()).count() <= 1) {
            blocks = between(LINE_BREAK, text);
        }
        return blocks.stream().map(s -> s.strip(text)).filter(s -> s.end() > s.start()).toList();
    }

    /**
     * What two paragraphs must share to count as the same: their text with every run of white space read as one
     * space, since re-extracting a file often moves line breaks without changing a word.
     */
    static String key(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < paragraph.length()
                    && Character.isWhitespace(paragraph.charAt(i + 1)))) {
                return SPACE.matcher(paragraph).replaceAll(" ");
            }
        }
        // most paragraphs are spaced with single spaces already: no need to copy them
        return paragraph;
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
