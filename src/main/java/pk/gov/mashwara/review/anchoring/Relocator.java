package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds an anchored passage again in a text: the passage's new place, or the verdict that it is gone. */
public final class Relocator {

    private Relocator() {
    }

    /**
     * Where the passage of {@code anchor} (made on an earlier text) lies in {@code text}. Never throws for any
     * text, including {@code null} or empty, which give {@link Placement#OUTDATED}.
     */
    public static Relocation relocate(TextAnchor anchor, String text) {
        Objects.requireNonNull(anchor, "anchor");
        if (text == null || text.isEmpty()) {
            return Relocation.outdated();
        }
        var occurrences = occurrences(text, anchor.exact());
        if (occurrences.isEmpty()) {
            return Relocation.outdated();
        }
        int best = occurrences.getFirst();
        int bestContext = -1;
        for (int at : occurrences) {
            int context = context(text, at, anchor.exact().length(), anchor.prefix(), anchor.suffix());
            if (context > bestContext || context == bestContext
                    && Math.abs(at - anchor.start()) < Math.abs(best - anchor.start())) {
                best = at;
                bestContext = context;
            }
        }
        return new Relocation(Placement.EXACT, TextAnchor.at(text, best, best + anchor.exact().length()), 1);
    }

    /**
     * For clients that send a quote (and optional context and start hint) instead of exact offsets, e.g. the REST
     * API or a browser selection: the anchor in {@code text}, or empty when the quote is not in the text or is
     * ambiguous (several occurrences that context and hint cannot tell apart). Exact match only.
     */
    public static Optional<TextAnchor> locate(String text, String exact, String prefix, String suffix,
            Integer startHint) {
        if (text == null || exact == null || exact.isEmpty() || exact.length() > TextAnchor.MAX_QUOTE) {
            return Optional.empty();
        }
        var occurrences = occurrences(text, exact);
        if (occurrences.size() == 1) {
            return Optional.of(TextAnchor.at(text, occurrences.getFirst(), occurrences.getFirst() + exact.length()));
        }
        if (startHint != null && occurrences.contains(startHint)) {
            return Optional.of(TextAnchor.at(text, startHint, startHint + exact.length()));
        }
        return Optional.empty();
    }

    private static List<Integer> occurrences(String text, String exact) {
        var found = new ArrayList<Integer>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** Characters of context that agree, counted outward from the quote. */
    private static int context(String text, int at, int length, String prefix, String suffix) {
        int agree = 0;
        while (agree < prefix.length() && at - agree - 1 >= 0
                && text.charAt(at - agree - 1) == prefix.charAt(prefix.length() - agree - 1)) {
            agree++;
        }
        int after = 0;
        while (after < suffix.length() && at + length + after < text.length()
                && text.charAt(at + length + after) == suffix.charAt(after)) {
            after++;
        }
        return agree + after;
    }
}
