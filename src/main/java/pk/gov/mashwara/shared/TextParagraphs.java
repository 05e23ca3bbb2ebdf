package pk.gov.mashwara.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an extracted text divides into paragraphs, wherever one is shown or compared (the reader, the comparison
 * of versions): paragraphs are separated by blank lines, and a text without any blank line is taken line by
 * line. One rule, so that a paragraph of a comparison is a paragraph of the reader.
 */
public final class TextParagraphs {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private TextParagraphs() {
    }

    /** Where each paragraph lies in the text, without its surrounding white space; empty ones left out. */
    public static List<Span> spans(String text) {
        var blocks = between(PARAGRAPH_BREAK, text);
        if (blocks.stream().filter(s -> s.end() > s.start()).count() <= 1) {
            blocks = between(LINE_BREAK, text);
        }
        return blocks.stream().map(s -> s.strip(text)).filter(s -> s.end() > s.start()).toList();
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
    public record Span(int start, int end) {

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
