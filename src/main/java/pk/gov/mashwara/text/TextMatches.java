package pk.gov.mashwara.text;

import java.util.List;

/**
 * Where the words of a search occur in the text of one version, for the reader to mark them.
 *
 * @param matches       character ranges in the stored text, in order and not overlapping
 * @param searchedChars how many characters from the start of the text were searched
 * @param textCut       the text goes on beyond {@code searchedChars}; matches there are not listed
 * @param capped        there are more matches than listed; only the first ones are
 */
public record TextMatches(List<Match> matches, int searchedChars, boolean textCut, boolean capped) {

    /** Nothing searched: no query, or a text without any. */
    public static final TextMatches NONE = new TextMatches(List.of(), 0, false, false);

    public TextMatches {
        matches = List.copyOf(matches);
    }

    /** One match: the characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Match(int start, int end) {

        public Match {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative range " + start + ".." + end);
            }
        }
    }
}
