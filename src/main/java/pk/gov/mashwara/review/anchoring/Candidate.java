package pk.gov.mashwara.review.anchoring;

/**
 * A place in the folded new text where the quote may stand, with the evidence for it.
 *
 * @param start    folded offset of the first character
 * @param end      folded offset after the last character
 * @param length   folded length of the quote looked for
 * @param distance edits between the quote and this place (0 for an exact occurrence)
 * @param before   agreement of the text before the place with the anchor's prefix, 0 to 1
 * @param after    agreement of the text after the place with the anchor's suffix, 0 to 1
 */
record Candidate(int start, int end, int length, int distance, double before, double after) {

    /**
     * Each side of context must agree at least this well. Unrelated text of 32 characters scores about 0.2 to 0.4
     * (more in prose full of common words); a repeat of the passage elsewhere usually shares some of the context
     * too, so only a context that is mostly intact is taken as support.
     */
    static final double AGREES = 0.75;
    /**
     * A short quote (a word or two) carries almost no evidence of its own and turns up again a few characters
     * away; it needs one side of context intact and the other nearly so.
     */
    static final int SHORT = 8;
    private static final double NEARLY = 0.9;

    /** Similarity of the quote, 1 - distance / quote length. */
    double quote() {
        return 1.0 - (double) distance / length;
    }

    double context() {
        return (before + after) / 2;
    }

    /** The quote counts most, but its surroundings are what tell repeated wording apart. */
    double score() {
        return 0.6 * quote() + 0.4 * context();
    }

    /**
     * Whether the context agrees on both sides. One agreeing side is not enough: a passage repeated elsewhere
     * shares one side with the original as often as a moved passage does.
     */
    boolean contextAgrees() {
        if (length < SHORT) {
            return Math.max(before, after) == 1 && Math.min(before, after) >= NEARLY;
        }
        return before >= AGREES && after >= AGREES;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    /** Judges the place {@code text[start, end)} against an anchor's folded quote length and context. */
    static Candidate judge(String text, int length, String prefix, String suffix, int start, int end, int distance) {
        return new Candidate(start, end, length, distance, EditDistance.contextSimilarity(prefix, text, start, true),
                EditDistance.contextSimilarity(suffix, text, end, false));
    }
}
