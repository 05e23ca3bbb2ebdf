package pk.gov.mashwara.review.anchoring;

/** The chosen candidate turned into an anchor on the new text, in its original offsets. */
final class NewPlace {

    private NewPlace() {
    }

    /** The chosen place in original offsets, its anchor taken from the new text. */
    static Relocation of(Candidate chosen, FoldedText folded, TextAnchor anchor) {
        String text = folded.original();
        String exact = anchor.exact();
        int start = folded.originalStart(chosen.start());
        int end = folded.originalEnd(chosen.end());
        // a folded space stands for a whole run; keep only the spacing the quote itself had at its edges
        if (!FoldedText.isSpace(exact.charAt(0))) {
            while (start < end && FoldedText.isSpace(text.charAt(start))) {
                start++;
            }
        }
        if (!FoldedText.isSpace(exact.charAt(exact.length() - 1))) {
            while (end > start && FoldedText.isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        int inside = end - start > exact.length() ? text.indexOf(exact, start) : -1;
        if (inside >= 0 && inside + exact.length() <= end && text.substring(start, inside).isBlank()
                && text.substring(inside + exact.length(), end).isBlank()) {
            start = inside;
            end = inside + exact.length();
        }
        // never split a surrogate pair (an emoji, a rare CJK character)
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        if (end <= start) {
            return Relocation.outdated();
        }
        if (end - start > TextAnchor.MAX_QUOTE) {
            // a longest quote that grew: keep its start and as much of it as an anchor holds
            end = start + TextAnchor.MAX_QUOTE;
            if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        var placed = TextAnchor.at(text, start, end);
        var placement = placed.exact().equals(exact) ? Placement.EXACT : Placement.MOVED;
        return new Relocation(placement, placed, Math.min(1, Math.max(0, chosen.score())));
    }
}
