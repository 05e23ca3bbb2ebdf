package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a paragraph into words, runs of white space and single signs, which together give back the paragraph.
 * A word is a run of letters, digits and combining marks, with the zero-width (non-)joiners Urdu writes inside
 * words, so that a word with its diacritics (e.g. زیر، زبر) is one word in Arabic script as in Latin.
 */
final class Words {

    private Words() {
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            if (isWordPart(first)) {
                while (i < text.length() && isWordPart(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (Character.isWhitespace(first) || Character.isSpaceChar(first)) {
                while (i < text.length() && (Character.isWhitespace(text.codePointAt(i))
                        || Character.isSpaceChar(text.codePointAt(i)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** What a token must equal to count as the same: white space of any kind and length is one space. */
    static String key(String token) {
        return isSpace(token) ? " " : token;
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && isWordPart(token.codePointAt(0));
    }

    static boolean isSpace(String token) {
        return !token.isEmpty() && (Character.isWhitespace(token.codePointAt(0)) || Character.isSpaceChar(token.codePointAt(0)));
    }

    static int count(String text) {
        return (int) tokens(text).stream().filter(Words::isWord).count();
    }

    /** How many times each word occurs, for telling how alike two paragraphs are. */
    static Map<String, Integer> bag(String text) {
        var bag = new HashMap<String, Integer>();
        for (var token : tokens(text)) {
            if (isWord(token)) {
                bag.merge(token, 1, Integer::sum);
            }
        }
        return bag;
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || codePoint == 0x200C || codePoint == 0x200D;
    }
}
