package pk.gov.mashwara.review.anchoring;

/**
 * The old text as a witness against a copy. A passage that stood twice in the old text (a clause repeated in two
 * sections, a definition quoted again) leaves its twin behind when the anchored one is edited beyond recognition
 * or removed. The twin matches the quote and often its context as well as the passage itself did, yet it was
 * there before, elsewhere: it is the other passage, and a thread moved onto it would sit beside the wrong words.
 * A new place is therefore refused when some other place of the old text reads as it does at least as well as
 * the anchored passage did, unless it is also nearer to the anchored passage than to that other place.
 */
final class LookAlikes {

    /** Old places compared at most: a quote repeated more often than this is boilerplate, decided elsewhere. */
    private static final int MAX_PLACES = 50;
    private static final double TIE = 0.005;

    private final String old;
    private final int anchorStart;
    private final int anchorLength;

    /**
     * @param oldFolded   the folded old text
     * @param anchorStart folded offset of the anchored passage in it
     * @param anchorLength folded length of its quote
     */
    LookAlikes(String oldFolded, int anchorStart, int anchorLength) {
        this.old = oldFolded;
        this.anchorStart = anchorStart;
        this.anchorLength = anchorLength;
    }

    /** The witness for an anchor made on {@code oldText}, or null when there is no old text to ask. */
    static LookAlikes of(String oldText, TextAnchor anchor) {
        if (oldText == null || anchor.start() < 0 || anchor.start() > oldText.length()) {
            return null;
        }
        var folded = FoldedText.fold(oldText);
        // the folded offset of the anchor's start: the length of the folded text before it
        int start = FoldedText.fold(oldText.substring(0, anchor.start())).length();
        if (start > 0 && anchor.start() < oldText.length() && FoldedText.isSpace(oldText.charAt(anchor.start()))
                && FoldedText.isSpace(oldText.charAt(anchor.start() - 1))) {
            start--; // the space before and the one starting the quote folded into one
        }
        return new LookAlikes(folded, start, FoldedText.fold(anchor.exact()).length());
    }

    /**
     * Whether another place of the old text accounts for {@code chosen} (a place in the folded new text {@code
     * text}) at least as well as the anchored passage does.
     */
    boolean explain(Candidate chosen, String text) {
        var quote = text.substring(chosen.start(), chosen.end());
        if (quote.isEmpty()) {
            return false;
        }
        int seen = 0;
        for (int at = old.indexOf(quote); at >= 0 && seen < MAX_PLACES; at = old.indexOf(quote, at + 1)) {
            seen++;
            if (at < anchorStart + anchorLength && anchorStart < at + quote.length()) {
                continue; // the anchored passage itself
            }
            var before = old.substring(Math.max(0, at - TextAnchor.CONTEXT), at);
            var after = old.substring(at + quote.length(), Math.min(old.length(), at + quote.length() + TextAnchor.CONTEXT));
            double context = (EditDistance.contextSimilarity(before, text, chosen.start(), true)
                    + EditDistance.contextSimilarity(after, text, chosen.end(), false)) / 2;
            // the twin's quote is the new place's word for word
            double twin = 0.6 + 0.4 * context;
            if (twin > chosen.score() + TIE) {
                return true;
            }
            if (twin >= chosen.score() - TIE
                    && Math.abs((long) chosen.start() - at) <= Math.abs((long) chosen.start() - anchorStart)) {
                return true;
            }
        }
        return false;
    }
}
