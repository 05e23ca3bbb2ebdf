package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;

/** Levenshtein distances for finding a quote approximately and for comparing context. */
final class EditDistance {

    /** An approximate occurrence: {@code text[start, end)} is within {@code distance} edits of the quote. */
    record Match(int start, int end, int distance) {
    }

    private EditDistance() {
    }

    /**
     * The approximate occurrences of {@code quote} in {@code text[from, to)} with at most {@code maxDistance}
     * edits: for each stretch of end positions within the bound, the best one (Sellers' semi-global alignment:
     * the quote must be matched whole, the text may be entered and left anywhere). Ukkonen's cut-off keeps the work
     * to the rows that can still stay within the bound, so windows with no match are cheap.
     */
    static List<Match> search(String quote, String text, int from, int to, int maxDistance) {
        int m = quote.length();
        int k = Math.min(maxDistance, m);
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            start[i] = from;
        }
        int active = k; // last row whose cost may be within the bound
        var found = new ArrayList<Match>();
        Match stretchBest = null;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int diagCost = cost[0];
            int diagStart = start[0];
            start[0] = j + 1;
            int limit = Math.min(m, active + 1);
            for (int i = 1; i <= limit; i++) {
                int aboveCost = cost[i - 1] + 1; // a quote character left out
                int leftCost = i <= active ? cost[i] + 1 : Integer.MAX_VALUE; // a text character added
                int best = diagCost + (quote.charAt(i - 1) == c ? 0 : 1);
                int bestStart = diagStart;
                if (leftCost < best) {
                    best = leftCost;
                    bestStart = start[i];
                }
                if (aboveCost < best) {
                    best = aboveCost;
                    bestStart = start[i - 1];
                }
                diagCost = cost[i];
                diagStart = start[i];
                cost[i] = best;
                start[i] = bestStart;
            }
            active = limit;
            while (active > 0 && cost[active] > k) {
                active--;
            }
            if (active == m) {
                var match = new Match(start[m], j + 1, cost[m]);
                if (stretchBest == null || better(match, stretchBest, m)) {
                    stretchBest = match;
                }
            } else if (stretchBest != null) {
                found.add(stretchBest);
                stretchBest = null;
            }
        }
        if (stretchBest != null) {
            found.add(stretchBest);
        }
        return found;
    }

    /** Fewer edits first; among equals, the length closest to the quote's (an edit inside, not a stray end). */
    private static boolean better(Match a, Match b, int length) {
        if (a.distance() != b.distance()) {
            return a.distance() < b.distance();
        }
        return Math.abs(a.end() - a.start() - length) < Math.abs(b.end() - b.start() - length);
    }

    /**
     * How well {@code context} agrees with the text on one side of {@code boundary}: 1 for identical, 0 for
     * nothing in common; an empty context (the passage stood at the edge of the earlier text) says nothing
     * against any place. The comparison is anchored at the boundary and free at the far end, so that an insertion
     * near the passage costs its length only once.
     *
     * @param before whether the context stands before the boundary (a prefix) or after it (a suffix)
     */
    static double contextSimilarity(String context, String text, int boundary, boolean before) {
        int p = context.length();
        if (p == 0) {
            return 1;
        }
        int available = before ? boundary : text.length() - boundary;
        int w = Math.min(available, p + p / 4 + 2);
        int[] row = new int[w + 1];
        for (int j = 0; j <= w; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= p; i++) {
            char a = before ? context.charAt(p - i) : context.charAt(i - 1);
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= w; j++) {
                char t = before ? text.charAt(boundary - j) : text.charAt(boundary + j - 1);
                int value = Math.min(diag + (a == t ? 0 : 1), Math.min(row[j] + 1, row[j - 1] + 1));
                diag = row[j];
                row[j] = value;
            }
        }
        int distance = p;
        for (int value : row) {
            distance = Math.min(distance, value);
        }
        return 1.0 - (double) distance / p;
    }

    /**
     * Where the best alignment of {@code pattern} within {@code text[from, to)} passes from {@code pattern[0,
     * split)} to the rest: the text offset between them. Aligning a quote together with its context this way puts
     * the quote's edges where the context says they are, which the quote alone cannot: an edit at its first or last
     * characters aligns equally well in several ways. Where alignments tie, text inserted at the crossing is given
     * to the quote: the earliest crossing when {@code early}, else the latest.
     */
    static int crossing(String pattern, int split, String text, int from, int to, boolean early) {
        int p = pattern.length();
        int w = to - from;
        int[][] cost = new int[p + 1][w + 1];
        int[][] cross = new int[p + 1][w + 1];
        for (int i = 0; i <= p; i++) {
            cost[i][0] = i;
            cross[i][0] = from;
        }
        for (int j = 1; j <= w; j++) {
            char c = text.charAt(from + j - 1);
            for (int i = 1; i <= p; i++) {
                int best = cost[i - 1][j - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int crossed = i == split + 1 ? from + j - 1 : cross[i - 1][j - 1];
                int up = cost[i - 1][j] + 1;
                int upCrossed = i == split + 1 ? from + j : cross[i - 1][j];
                if (up < best || up == best && early == upCrossed < crossed) {
                    best = up;
                    crossed = upCrossed;
                }
                int left = cost[i][j - 1] + 1;
                if (left < best || left == best && early == cross[i][j - 1] < crossed) {
                    best = left;
                    crossed = cross[i][j - 1];
                }
                cost[i][j] = best;
                cross[i][j] = crossed;
            }
        }
        int best = 0;
        for (int j = 1; j <= w; j++) {
            if (cost[p][j] < cost[p][best]
                    || cost[p][j] == cost[p][best] && early == cross[p][j] < cross[p][best]) {
                best = j;
            }
        }
        return cross[p][best];
    }

    /** The Levenshtein distance between two strings. */
    static int between(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int value = Math.min(diag + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(row[j] + 1, row[j - 1] + 1));
                diag = row[j];
                row[j] = value;
            }
        }
        return row[b.length()];
    }
}
