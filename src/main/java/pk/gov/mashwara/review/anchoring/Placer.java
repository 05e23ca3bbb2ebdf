package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The relocation itself. Every place where the quote stands exactly, and every place within a bounded number of
 * edits of it, becomes a candidate judged on the quote and its context. The best candidate wins only when it is
 * clearly better than every other one; candidates that the text cannot tell apart are decided by nearness to the
 * old position, and only when nearness agrees with the text. Anything else is outdated.
 */
final class Placer {

    /** Shorter quotes (a word or two) are only ever matched exactly: an edit leaves too little to be sure of. */
    static final int MIN_FUZZY = 8;
    /** The most edits tolerated, as a share of the quote's length. */
    static final double MAX_EDITS = 0.25;
    /** Below this score a candidate is not taken even when it is the only one. */
    static final double MIN_SCORE = 0.7;
    /** Candidates within this score of the best are rivals that the text alone cannot tell apart. */
    static final double MARGIN = 0.1;
    private static final double TIE = 0.005;
    private static final int MAX_OCCURRENCES = 100_000;
    /** Quotes up to this length have their distance measured again once their edges are placed. */
    private static final int EXACT_DISTANCE_UP_TO = 1000;
    /** Alignment work allowed per relocation, in cells of the edit-distance table: a bound on the time. */
    private static final long MAX_CELLS = 200_000_000L;

    private Placer() {
    }

    static Relocation place(TextAnchor anchor, String text, boolean quoteWasUnique, LookAlikes lookAlikes) {
        var folded = FoldedText.of(text);
        String t = folded.folded();
        String quote = FoldedText.fold(anchor.exact());
        String prefix = FoldedText.fold(anchor.prefix());
        String suffix = FoldedText.fold(anchor.suffix());
        var candidates = new ArrayList<Candidate>();
        for (int at = t.indexOf(quote); at >= 0; at = t.indexOf(quote, at + 1)) {
            if (candidates.size() == MAX_OCCURRENCES) {
                return Relocation.outdated(); // a quote this common (a space, a letter) cannot be placed
            }
            candidates.add(Candidate.judge(t, quote.length(), prefix, suffix, at, at + quote.length(), 0));
        }
        // the quote standing once, word for word between its old neighbours: an edited look-alike elsewhere could
        // only rival it with the same context around it, which the position would then have to decide anyway
        int exactCount = candidates.size();
        boolean settled = candidates.size() == 1 && candidates.getFirst().before() == 1
                && candidates.getFirst().after() == 1;
        if (quote.length() >= MIN_FUZZY && !settled) {
            int k = (int) (quote.length() * MAX_EDITS);
            long budget = MAX_CELLS;
            for (int[] window : CandidateRegions.find(t, quote, prefix, suffix, k, candidates.size(),
                    (int) ((long) anchor.start() * t.length() / text.length()))) {
                budget -= (long) (window[1] - window[0]) * quote.length();
                if (budget < 0) {
                    break;
                }
                for (var match : EditDistance.search(quote, t, window[0], window[1], k)) {
                    if (match.distance() > 0) {
                        var placed = edges(match, t, quote, prefix, suffix);
                        if (placed.distance() <= k) {
                            candidates.add(Candidate.judge(t, quote.length(), prefix, suffix, placed.start(),
                                    placed.end(), placed.distance()));
                        }
                    }
                }
            }
        }
        var exactOnly = exactCount == 1 ? candidates.getFirst() : null;
        var witnesses = new Witnesses(t, prefix, suffix, candidates);
        var chosen = choose(distinct(candidates), witnesses, folded, anchor.start());
        if (chosen == null && exactOnly != null && quoteWasUnique && quote.length() >= MIN_FUZZY) {
            // the passage stood once in the old text and stands once, word for word, in the new one: it is the same
            // passage, whatever happened around it (a clause added after it, the paragraph moved)
            chosen = exactOnly;
        }
        if (chosen == null || lookAlikes != null && lookAlikes.explain(chosen, t)) {
            return Relocation.outdated();
        }
        return NewPlace.of(chosen, folded, anchor);
    }

    /** All candidates, best first, leaving out any that overlaps a better one. */
    private static List<Candidate> distinct(List<Candidate> candidates) {
        var sorted = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::distance))
                .toList();
        var kept = new ArrayList<Candidate>();
        // kept places never overlap, so the one starting last before a candidate's end is the only one to check
        var byStart = new TreeMap<Integer, Candidate>();
        for (var candidate : sorted) {
            var before = byStart.floorEntry(candidate.end() - 1);
            if (before == null || !before.getValue().overlaps(candidate)) {
                kept.add(candidate);
                byStart.put(candidate.start(), candidate);
            }
        }
        return kept;
    }

    private static Candidate choose(List<Candidate> distinct, Witnesses witnesses, FoldedText folded, int oldStart) {
        var best = distinct.stream().filter(c -> acceptable(c, witnesses)).findFirst().orElse(null);
        if (best == null) {
            return null;
        }
        var rivals = distinct.stream()
                .filter(c -> c == best || !witnesses.contradict(c) && c.score() >= best.score() - MARGIN).toList();
        if (rivals.size() == 1) {
            return best;
        }
        // the text cannot tell them apart: the nearest to the old position, if it is clearly the nearest and the
        // text does not speak against it
        Candidate nearest = null;
        long nearestDistance = Long.MAX_VALUE;
        boolean tied = false;
        for (var rival : rivals) {
            long away = Math.abs((long) folded.originalStart(rival.start()) - oldStart);
            if (away < nearestDistance) {
                nearest = rival;
                nearestDistance = away;
                tied = false;
            } else if (away == nearestDistance) {
                tied = true;
            }
        }
        return tied || nearest.score() < best.score() - TIE || !acceptable(nearest, witnesses) ? null : nearest;
    }

    private static boolean acceptable(Candidate candidate, Witnesses witnesses) {
        return candidate.score() >= MIN_SCORE && candidate.contextAgrees() && !witnesses.contradict(candidate);
    }

    /**
     * The edges of an edited quote, placed by aligning its first and last characters together with the context:
     * the quote alone aligns equally well with an edit at its edge counted inside or outside it. The distance is
     * that of the quote to the place so bounded.
     */
    private static EditDistance.Match edges(EditDistance.Match match, String t, String quote, String prefix,
            String suffix) {
        int head = Math.min(quote.length(), TextAnchor.CONTEXT);
        int slack = TextAnchor.CONTEXT;
        int start = match.start();
        if (!prefix.isEmpty()) {
            start = EditDistance.crossing(prefix + quote.substring(0, head), prefix.length(), t,
                    Math.max(0, match.start() - prefix.length() - slack),
                    Math.min(t.length(), match.start() + head + slack), true);
        }
        int end = match.end();
        if (!suffix.isEmpty()) {
            end = EditDistance.crossing(quote.substring(quote.length() - head) + suffix, head, t,
                    Math.max(0, match.end() - head - slack),
                    Math.min(t.length(), match.end() + suffix.length() + slack), false);
        }
        if (end <= start) {
            return match;
        }
        if (start == match.start() && end == match.end()) {
            return match;
        }
        // each character the edges moved changes the distance by one at most; short quotes are measured again
        int distance = quote.length() <= EXACT_DISTANCE_UP_TO
                ? EditDistance.between(quote, t.substring(start, end))
                : match.distance() + Math.abs(start - match.start()) + Math.abs(end - match.end());
        return new EditDistance.Match(start, end, distance);
    }
}
