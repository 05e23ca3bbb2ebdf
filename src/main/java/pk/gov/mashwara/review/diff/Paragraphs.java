package pk.gov.mashwara.review.diff;

import java.util.List;
import java.util.regex.Pattern;

import pk.gov.mashwara.shared.TextParagraphs;
import pk.gov.mashwara.shared.TextParagraphs.Span;

/** The paragraphs of a text as the reader shows them, and what makes two of them the same. */
final class Paragraphs {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Paragraphs() {
    }

    /** Where each paragraph lies in the text, as the reader shows them. */
    static List<Span> spans(String text) {
        return TextParagraphs.spans(text);
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
}
