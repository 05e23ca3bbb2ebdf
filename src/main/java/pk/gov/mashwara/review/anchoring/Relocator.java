package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an anchored passage again in a text: its new place, or the verdict that it is gone.
 * <p>
 * The exact quote is looked for first, then, for quotes of at least {@value Placer#MIN_FUZZY} characters, forms of
 * it with at most a quarter of its characters edited; white space counts as equal however it is spread. Each
 * place is judged on the quote and on how well the text on both sides agrees with the anchor's prefix and suffix.
 * A place is taken only when it is clearly better than every other; where the text cannot tell places apart, the
 * one nearest the old position is taken if it is also the textually best. Given the old text, a place that
 * another passage of it (a twin of the anchored one) accounts for as well is refused. Otherwise the thread is
 * outdated: a
 * thread beside the wrong passage is worse than a thread marked outdated. Thread-safe: no state is kept.
 */
public final class Relocator {

    private static final System.Logger LOG = System.getLogger(Relocator.class.getName());
    /** A context that agrees this much better than any other decides between occurrences. */
    private static final double CONTEXT_MARGIN = 0.1;

    private Relocator() {
    }

    /**
     * Where the passage of {@code anchor} (made on an earlier text) lies in {@code text}. Never throws for any
     * text, including {@code null} or empty, which give {@link Placement#OUTDATED}.
     *
     * @param anchor the passage in the earlier text, not {@code null}
     */
    public static Relocation relocate(TextAnchor anchor, String text) {
        return relocate(anchor, text, null);
    }

    /**
     * As {@link #relocate(TextAnchor, String)}, knowing also the text the anchor was made on: a quote that stood
     * only once there and stands only once, word for word, in the new text is the same passage even when its
     * neighbours changed, so it keeps its thread (exact). Without the old text that cannot be told from a copy
     * of a repeated sentence, and the stricter rules decide.
     */
    public static Relocation relocate(TextAnchor given, String text, String oldText) {
        Objects.requireNonNull(given, "anchor");
        if (text == null || text.isEmpty()) {
            return Relocation.outdated();
        }
        if (given.matches(text) && text.startsWith(given.prefix(), given.start() - given.prefix().length())
                && text.startsWith(given.suffix(), given.end())) {
            return new Relocation(Placement.EXACT, TextAnchor.at(text, given.start(), given.end()), 1);
        }
        // white space at the quote's edges is looked for as context, where a changed spacing costs nothing
        var anchor = given.trimmed();
        Relocation found;
        try {
            boolean unique = oldText != null && oldText.indexOf(anchor.exact()) >= 0
                    && oldText.indexOf(anchor.exact()) == oldText.lastIndexOf(anchor.exact());
            found = Placer.place(anchor, text, unique, LookAlikes.of(oldText, anchor));
        } catch (RuntimeException e) {
            // a new version must never be held up by one thread: that thread is outdated, and the fault logged
            LOG.log(System.Logger.Level.WARNING, "Relocating an anchor failed; the thread is marked outdated", e);
            return Relocation.outdated();
        }
        return anchor == given || found.placement() == Placement.OUTDATED ? found : widened(found, given, anchor, text);
    }

    /** The place found for the trimmed quote, given back as much of the white space the quote had as stands there. */
    private static Relocation widened(Relocation found, TextAnchor given, TextAnchor trimmed, String text) {
        int start = found.anchor().start();
        int end = found.anchor().end();
        for (int lead = trimmed.start() - given.start(); lead > 0 && start > 0
                && Character.isWhitespace(text.charAt(start - 1)); lead--) {
            start--;
        }
        for (int trail = given.end() - trimmed.end(); trail > 0 && end < text.length()
                && Character.isWhitespace(text.charAt(end)); trail--) {
            end++;
        }
        if (end - start > TextAnchor.MAX_QUOTE) {
            // as a grown quote is kept: from its start, as much as an anchor holds
            end = start + TextAnchor.MAX_QUOTE;
            if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        var placed = TextAnchor.at(text, start, end);
        var placement = placed.exact().equals(given.exact()) ? Placement.EXACT : Placement.MOVED;
        return new Relocation(placement, placed, found.confidence());
    }

    /**
     * For clients that send a quote (and optional context and start hint) instead of exact offsets, e.g. the REST
     * API or a browser selection: the anchor in {@code text}, or empty when the quote is not in the text or is
     * ambiguous (several occurrences that context and hint cannot tell apart). Exact match only.
     * <p>
     * An occurrence starting exactly at the hint is taken; otherwise the one whose surroundings clearly agree best
     * with the given prefix and suffix; otherwise the one nearest the hint.
     *
     * @param prefix    text expected just before the quote, or {@code null}
     * @param suffix    text expected just after the quote, or {@code null}
     * @param startHint where the client believes the quote starts, or {@code null}
     */
    public static Optional<TextAnchor> locate(String text, String exact, String prefix, String suffix,
            Integer startHint) {
        if (text == null || exact == null || exact.isEmpty() || exact.length() > TextAnchor.MAX_QUOTE) {
            return Optional.empty();
        }
        var occurrences = new ArrayList<Integer>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            occurrences.add(at);
        }
        if (startHint != null && occurrences.contains(startHint)) {
            return Optional.of(TextAnchor.at(text, startHint, startHint + exact.length()));
        }
        var chosen = occurrences.size() == 1 ? occurrences.getFirst()
                : byContext(text, exact.length(), occurrences, prefix == null ? "" : prefix,
                        suffix == null ? "" : suffix);
        if (chosen == null && startHint != null) {
            chosen = nearest(occurrences, startHint);
        }
        return chosen == null ? Optional.empty() : Optional.of(TextAnchor.at(text, chosen, chosen + exact.length()));
    }

    private static Integer byContext(String text, int length, List<Integer> occurrences, String prefix,
            String suffix) {
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return null;
        }
        Integer best = null;
        double bestScore = -1;
        double second = -1;
        for (int at : occurrences) {
            double score = (prefix.isEmpty() ? 0 : EditDistance.contextSimilarity(prefix, text, at, true))
                    + (suffix.isEmpty() ? 0 : EditDistance.contextSimilarity(suffix, text, at + length, false));
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = at;
            } else {
                second = Math.max(second, score);
            }
        }
        return bestScore - second >= CONTEXT_MARGIN ? best : null;
    }

    private static Integer nearest(List<Integer> occurrences, int hint) {
        Integer nearest = null;
        long distance = Long.MAX_VALUE;
        boolean tied = false;
        for (int at : occurrences) {
            long away = Math.abs((long) at - hint);
            if (away < distance) {
                nearest = at;
                distance = away;
                tied = false;
            } else if (away == distance) {
                tied = true;
            }
        }
        return tied ? null : nearest;
    }
}
