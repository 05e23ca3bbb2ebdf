package pk.gov.mashwara.review.anchoring;

/**
 * A text with every run of white space folded into one space, and the way back to the original offsets. New
 * versions are often extracted with other line breaks, indentation or spacing; matching on the folded text makes
 * such changes cost nothing.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** For each folded character, the offset of the original character (or white-space run) it stands for. */
    private final int[] origins;

    private FoldedText(String original, String folded, int[] origins) {
        this.original = original;
        this.folded = folded;
        this.origins = origins;
    }

    static FoldedText of(String original) {
        var out = new StringBuilder(original.length());
        var origins = new int[original.length()];
        boolean inSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    origins[out.length()] = i;
                    out.append(' ');
                }
                inSpace = true;
            } else {
                origins[out.length()] = i;
                out.append(c);
                inSpace = false;
            }
        }
        return new FoldedText(original, out.toString(), origins);
    }

    /** The folded form of a short string (a quote or its context). */
    static String fold(String s) {
        return of(s).folded;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    String folded() {
        return folded;
    }

    String original() {
        return original;
    }

    /** Original offset of folded offset {@code at} (start of a range). */
    int originalStart(int at) {
        return at < folded.length() ? origins[at] : original.length();
    }

    /** Original offset just after folded offset {@code end - 1} (end of a range, exclusive). */
    int originalEnd(int end) {
        return end < folded.length() ? origins[end] : original.length();
    }
}
