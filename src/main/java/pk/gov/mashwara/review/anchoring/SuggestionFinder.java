package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Whether a suggested edit of an earlier text is in a later one. The edit replaces {@code old[from, to)} by a
 * wording (empty for a deletion; {@code from == to} for an insertion). The text as it would read with the edit
 * made is written out, and the edited stretch, with some words of context on each side, is looked for in the
 * later text as a thread's passage is carried forward ({@link Relocator}: exactly, then fuzzily within its
 * bounds; refused where ambiguous). What is found there is then judged against both readings of the stretch:
 * <ul>
 * <li>{@link Outcome#AS_PROPOSED}: the suggested wording stands there word for word together with its next
 * neighbours (the context further away may have changed; at a paragraph's edge, where the stretch has no context
 * on that side, the neighbours are the words beside the stretch in its paragraph);</li>
 * <li>{@link Outcome#CHANGED}: the stretch found is nearer, word by word, to the suggested reading than to the
 * original one: the wording is in, with changes;</li>
 * <li>{@link Outcome#NOT_FOUND}: the stretch is not found, or it is still nearer the original reading.</li>
 * </ul>
 * A verdict is never given on a guess: where the relocator cannot tell places apart, the suggestion is not found.
 * Thread-safe: no state is kept.
 */
public final class SuggestionFinder {

    /** Characters of context taken on each side of the edited stretch (widened to whole words). */
    static final int CONTEXT = 48;
    /** Characters looked at beside a stretch for its neighbouring words. */
    private static final int NEIGHBOURHOOD = 200;

    /** What was found. */
    public enum Outcome {
        AS_PROPOSED, CHANGED, NOT_FOUND
    }

    /**
     * @param outcome  the verdict
     * @param expected the stretch as the suggestion would have it (with its context)
     * @param found    the stretch as it stands in the later text, or null when not found
     * @param start    where {@code found} starts in the later text, or -1
     */
    public record Finding(Outcome outcome, String expected, String found, int start) {
    }

    private SuggestionFinder() {
    }

    /**
     * Looks for the edit {@code old[from, to) → wording} in {@code later}.
     *
     * @throws IllegalArgumentException when the range is not inside the old text or the edit changes nothing
     */
    public static Finding find(String old, int from, int to, String wording, String later) {
        Objects.requireNonNull(old, "old");
        var words = wording == null ? "" : wording;
        if (from < 0 || to < from || to > old.length()) {
            throw new IllegalArgumentException("range " + from + ".." + to + " is not inside the old text");
        }
        if (old.substring(from, to).equals(words)) {
            throw new IllegalArgumentException("the edit changes nothing");
        }
        int left = contextStart(old, from);
        int right = contextEnd(old, to);
        var original = old.substring(left, right);
        var edited = old.substring(0, from) + words + old.substring(to);
        int expectedEnd = from + words.length() + (right - to);
        var expected = edited.substring(left, expectedEnd);
        if (later == null || later.isEmpty() || expected.isBlank() || expected.length() > TextAnchor.MAX_QUOTE) {
            return new Finding(Outcome.NOT_FOUND, expected, null, -1);
        }
        var expectedTokens = tokens(expected);
        var originalTokens = tokens(original);
        // the stretch carries its own context: the anchor's is left empty, so that edits around it do not count
        var relocation = Relocator.relocate(stretch(expected, left, expectedEnd), later, edited);
        if (relocation.placement() == Placement.OUTDATED) {
            return new Finding(Outcome.NOT_FOUND, expected, null, -1);
        }
        int at = relocation.anchor().start();
        int end = relocation.anchor().end();
        // the original reading looked for too: where it is found overlapping, reading as the original, both are
        // judged on the stretch they span (a deletion's context alone is found also where the passage still
        // stands beside it)
        if (!original.isBlank()) {
            var kept = Relocator.relocate(stretch(original, left, right), later, old);
            if (kept.placement() != Placement.OUTDATED && kept.anchor().start() < end && at < kept.anchor().end()
                    && distance(tokens(kept.anchor().exact()), originalTokens)
                            < distance(tokens(kept.anchor().exact()), expectedTokens)) {
                at = Math.min(at, kept.anchor().start());
                end = Math.max(end, kept.anchor().end());
            }
        }
        var found = later.substring(at, end);
        // the suggested wording's words within the expected stretch
        int wordingFrom = tokens(old.substring(left, from)).size();
        int wordingTo = wordingFrom + tokens(words).size();
        var foundTokens = tokens(found);
        int toExpected = distance(foundTokens, expectedTokens);
        int toOriginal = distance(foundTokens, originalTokens);
        if (toExpected < toOriginal && untouched(expectedTokens, foundTokens, wordingFrom, wordingTo)
                && java.util.Collections.indexOfSubList(foundTokens, core(expectedTokens, wordingFrom, wordingTo)) >= 0
                && neighbours(edited, left, expectedEnd, later, at, end, expectedTokens.size(), wordingFrom, wordingTo)) {
            return new Finding(Outcome.AS_PROPOSED, expected, found, at);
        }
        return new Finding(toExpected < toOriginal ? Outcome.CHANGED : Outcome.NOT_FOUND, expected,
                toExpected < toOriginal ? found : null, toExpected < toOriginal ? at : -1);
    }

    /**
     * Where the stretch has fewer context words on a side than {@link #core} asks for (the edit at a paragraph's
     * edge, where the context stops), the words that stand next to it in its paragraph, in the later text, must be
     * those next to it in the text as edited: otherwise a deletion that left a word of the passage just outside
     * the stretch found would pass for one made as proposed.
     */
    private static boolean neighbours(String edited, int left, int right, String later, int at, int end, int size,
            int from, int to) {
        int k = from == to ? 2 : 1;
        int missingBefore = Math.max(0, k - from);
        int missingAfter = Math.max(0, k - (size - to));
        return before(edited, left, missingBefore).equals(before(later, at, missingBefore))
                && after(edited, right, missingAfter).equals(after(later, end, missingAfter));
    }

    /** The last {@code n} words before {@code at} within its paragraph (a window of a few lines is enough). */
    private static List<String> before(String text, int at, int n) {
        if (n == 0) {
            return List.of();
        }
        int start = Math.max(0, at - NEIGHBOURHOOD);
        int paragraph = text.lastIndexOf("\n\n", at - 1);
        int begin = Math.min(at, Math.max(start, paragraph < 0 ? 0 : paragraph + 2));
        var words = tokens(text.substring(begin, at));
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    /** The first {@code n} words after {@code at} within its paragraph. */
    private static List<String> after(String text, int at, int n) {
        if (n == 0) {
            return List.of();
        }
        int stop = Math.min(text.length(), at + NEIGHBOURHOOD);
        int paragraph = text.indexOf("\n\n", at);
        var words = tokens(text.substring(at, paragraph >= 0 && paragraph < stop ? paragraph : stop));
        return words.subList(0, Math.min(n, words.size()));
    }

    private static TextAnchor stretch(String quote, int start, int end) {
        return new TextAnchor(quote, "", "", start, end);
    }

    /**
     * The wording's words with their next neighbours on each side (two for a deletion, which has no words of its
     * own): standing together in the stretch found, the suggestion is there as proposed.
     */
    private static List<String> core(List<String> expected, int from, int to) {
        int k = from == to ? 2 : 1;
        return expected.subList(Math.max(0, from - k), Math.min(expected.size(), to + k));
    }

    /** Whether no difference between the stretches touches the wording's words {@code [from, to)}. */
    private static boolean untouched(List<String> expected, List<String> found, int from, int to) {
        for (AbstractDelta<String> delta : DiffUtils.diff(expected, found).getDeltas()) {
            int start = delta.getSource().getPosition();
            int end = start + delta.getSource().size();
            // a change inside the wording, or (for an empty wording, a deletion) one at the place it was
            boolean touches = from == to ? start <= from && end >= from : start < to && end > from;
            if (touches) {
                return false;
            }
        }
        return true;
    }

    /** The number of words (and signs) to add or take away to turn one stretch into the other. */
    private static int distance(List<String> a, List<String> b) {
        int edits = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            edits += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return edits;
    }

    /** Words and signs, white space left out (it counts as equal however it is spread). */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (wordPart(cp)) {
                while (i < text.length() && wordPart(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean wordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200C || cp == 0x200D;
    }

    /** Up to {@link #CONTEXT} characters before {@code at}, starting at a word's start, not before a paragraph. */
    private static int contextStart(String text, int at) {
        int start = Math.max(0, at - CONTEXT);
        int paragraph = text.lastIndexOf("\n\n", at - 1);
        if (paragraph >= start) {
            return Math.min(paragraph + 2, at);
        }
        while (start > 0 && start < at && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return Math.min(start, at);
    }

    /** Up to {@link #CONTEXT} characters after {@code at}, ending at a word's end, not past a paragraph. */
    private static int contextEnd(String text, int at) {
        int end = Math.min(text.length(), at + CONTEXT);
        int paragraph = text.indexOf("\n\n", at);
        if (paragraph >= 0 && paragraph < end) {
            return paragraph;
        }
        while (end < text.length() && end > at && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return Math.max(end, at);
    }
}
