package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Aligns two sequences of paragraphs (each paragraph an id, equal ids for equal paragraphs) into runs that are
 * the same on both sides and runs that differ. Myers' algorithm finds the fewest differences; when the texts
 * differ too much for its bound, paragraphs that occur exactly once in each text anchor the alignment (as
 * "patience" diffs do) and Myers aligns the stretches between anchors. A stretch still too different for it is
 * left as one differing run, whose paragraphs are then paired by position: {@link #approximate()} says so.
 */
final class Alignment {

    /** Paragraphs {@code [fromStart, fromEnd)} of one text against {@code [toStart, toEnd)} of the other. */
    record Run(int fromStart, int fromEnd, int toStart, int toEnd, boolean same) {
    }

    private final int[] a;
    private final int[] b;
    private final Effort effort;
    private final List<Run> runs = new ArrayList<>();
    private boolean approximate;

    private Alignment(int[] a, int[] b, Effort effort) {
        this.a = a;
        this.b = b;
        this.effort = effort;
    }

    static Alignment of(int[] a, int[] b, Effort effort) {
        var alignment = new Alignment(a, b, effort);
        alignment.align();
        return alignment;
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }

    boolean approximate() {
        return approximate;
    }

    private void align() {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        same(0, 0, prefix);
        int aEnd = a.length - suffix;
        int bEnd = b.length - suffix;
        if (!myers(prefix, aEnd, prefix, bEnd)) {
            anchored(prefix, aEnd, prefix, bEnd);
        }
        same(aEnd, bEnd, suffix);
    }

    /** Aligns the stretch with Myers' algorithm; false (adding nothing) when it differs too much for the bound. */
    private boolean myers(int aStart, int aEnd, int bStart, int bEnd) {
        if (aStart == aEnd || bStart == bEnd) {
            differ(aStart, aEnd, bStart, bEnd);
            return true;
        }
        var changes = Myers.changes(slice(a, aStart, aEnd), slice(b, bStart, bEnd), effort);
        if (changes.isEmpty()) {
            return false;
        }
        int i = aStart;
        int j = bStart;
        for (var change : changes.get()) {
            same(i, j, aStart + change.startOriginal - i);
            differ(aStart + change.startOriginal, aStart + change.endOriginal, bStart + change.startRevised,
                    bStart + change.endRevised);
            i = aStart + change.endOriginal;
            j = bStart + change.endRevised;
        }
        same(i, j, aEnd - i);
        return true;
    }

    /** Aligns the stretch on paragraphs found once in each text, in the longest order both texts share. */
    private void anchored(int aStart, int aEnd, int bStart, int bEnd) {
        var anchors = anchors(aStart, aEnd, bStart, bEnd);
        int i = aStart;
        int j = bStart;
        for (var anchor : anchors) {
            between(i, anchor[0], j, anchor[1]);
            same(anchor[0], anchor[1], 1);
            i = anchor[0] + 1;
            j = anchor[1] + 1;
        }
        between(i, aEnd, j, bEnd);
    }

    private void between(int aStart, int aEnd, int bStart, int bEnd) {
        if (!myers(aStart, aEnd, bStart, bEnd)) {
            approximate = true;
            differ(aStart, aEnd, bStart, bEnd);
        }
    }

    /** Pairs of positions {a, b} of paragraphs unique on both sides, increasing in both (a longest such chain). */
    private List<int[]> anchors(int aStart, int aEnd, int bStart, int bEnd) {
        var inA = new HashMap<Integer, Integer>();
        for (int i = aStart; i < aEnd; i++) {
            inA.merge(a[i], 1, Integer::sum);
        }
        var inB = new HashMap<Integer, Integer>();
        var positionInB = new HashMap<Integer, Integer>();
        for (int j = bStart; j < bEnd; j++) {
            inB.merge(b[j], 1, Integer::sum);
            positionInB.put(b[j], j);
        }
        var candidates = IntStream.range(aStart, aEnd)
                .filter(i -> inA.get(a[i]) == 1 && inB.getOrDefault(a[i], 0) == 1)
                .mapToObj(i -> new int[] { i, positionInB.get(a[i]) }).toList();
        return longestIncreasing(candidates);
    }

    /** The longest chain of candidates (ordered by their first position) whose second positions increase. */
    static List<int[]> longestIncreasing(List<int[]> candidates) {
        int n = candidates.size();
        var tails = new int[n];
        var previous = new int[n];
        int length = 0;
        for (int c = 0; c < n; c++) {
            int value = candidates.get(c)[1];
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (candidates.get(tails[middle])[1] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[c] = low > 0 ? tails[low - 1] : -1;
            tails[low] = c;
            length = Math.max(length, low + 1);
        }
        var chain = new int[length][];
        for (int k = length - 1, c = length == 0 ? -1 : tails[length - 1]; k >= 0; k--, c = previous[c]) {
            chain[k] = candidates.get(c);
        }
        return Arrays.asList(chain);
    }

    private void same(int aStart, int bStart, int count) {
        if (count > 0) {
            runs.add(new Run(aStart, aStart + count, bStart, bStart + count, true));
        }
    }

    private void differ(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd > aStart || bEnd > bStart) {
            runs.add(new Run(aStart, aEnd, bStart, bEnd, false));
        }
    }

    private static List<Integer> slice(int[] values, int from, int to) {
        return Arrays.stream(values, from, to).boxed().toList();
    }
}
