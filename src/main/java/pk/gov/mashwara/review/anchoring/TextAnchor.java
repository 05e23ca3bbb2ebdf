package pk.gov.mashwara.review.anchoring;

import java.util.Objects;

/**
 * A passage of a text, recorded as the W3C TextQuoteSelector (the quoted text with some context before and
 * after it) together with the TextPositionSelector (its offsets). Offsets count UTF-16 code units, as Java
 * strings and browsers do; {@code start} is inclusive and {@code end} exclusive.
 *
 * @param exact  the quoted passage, never empty, at most {@link #MAX_QUOTE} characters
 * @param prefix the text just before the passage (up to {@link #CONTEXT} characters from {@link #at}); may be empty
 * @param suffix the text just after the passage (up to {@link #CONTEXT} characters from {@link #at}); may be empty
 * @param start  offset of the passage's first character
 * @param end    offset just after the passage's last character; {@code end - start == exact.length()}
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {

    /** Characters of context kept on each side of the quote. */
    public static final int CONTEXT = 32;

    /** The longest quote accepted: a comment is about a passage, not a whole chapter. */
    public static final int MAX_QUOTE = 4000;

    /** @throws IllegalArgumentException when the quote is empty or too long, or the offsets do not fit it */
    public TextAnchor {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("the quoted passage is empty");
        }
        if (exact.length() > MAX_QUOTE) {
            throw new IllegalArgumentException("the quoted passage is longer than " + MAX_QUOTE + " characters");
        }
        if (prefix == null || suffix == null) {
            throw new IllegalArgumentException("prefix and suffix may be empty but not null");
        }
        if (start < 0 || end <= start || end - start != exact.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit a quote of "
                    + exact.length() + " characters");
        }
    }

    /**
     * The anchor of {@code text[start, end)}, with up to {@link #CONTEXT} characters of context on each side. The
     * context is shortened rather than cut through a surrogate pair, so that it stays well-formed text.
     *
     * @throws IllegalArgumentException when the range is empty, longer than {@link #MAX_QUOTE} or outside the text
     */
    public static TextAnchor at(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end > text.length()) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is not inside a text of "
                    + text.length() + " characters");
        }
        int from = Math.max(0, start - CONTEXT);
        if (splitsPair(text, from)) {
            from++;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (splitsPair(text, to)) {
            to--;
        }
        return new TextAnchor(text.substring(start, end), text.substring(from, start), text.substring(end, to), start,
                end);
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }

    /**
     * This anchor without white space at the edges of its quote (the white space goes to the context), or this
     * anchor when the quote has none there or is nothing but white space. A selection often takes the space or
     * line break next to a word with it; it means nothing, and a quote edge inside a run of white space cannot be
     * told apart from the context's after spacing changes.
     */
    public TextAnchor trimmed() {
        int from = 0;
        int to = exact.length();
        while (from < to && Character.isWhitespace(exact.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(exact.charAt(to - 1))) {
            to--;
        }
        if ((from == 0 && to == exact.length()) || from == to) {
            return this;
        }
        var before = prefix + exact.substring(0, from);
        var after = exact.substring(to) + suffix;
        int cut = Math.max(0, before.length() - CONTEXT);
        if (splitsPair(before, cut)) {
            cut++;
        }
        int keep = Math.min(after.length(), CONTEXT);
        if (splitsPair(after, keep)) {
            keep--;
        }
        return new TextAnchor(exact.substring(from, to), before.substring(cut), after.substring(0, keep), start + from,
                start + to);
    }

    /** Whether {@code text} has this anchor's quote at this anchor's offsets. */
    public boolean matches(String text) {
        return text != null && end <= text.length() && text.startsWith(exact, start);
    }
}
