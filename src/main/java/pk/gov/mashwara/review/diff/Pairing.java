package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Within a stretch where the texts differ, decides which old paragraph became which new one: those sharing at
 * least half their words are paired (and then compared word by word), the others count as removed and added.
 * The pairing keeps the order of both texts and shares as many words as it can; a stretch too long for that
 * search is paired by position.
 */
final class Pairing {

    /** Paragraphs at least this alike (shared words, Dice's coefficient) are one paragraph changed. */
    static final double ALIKE = 0.5;
    /** The most pairs of paragraphs weighed in one stretch before pairing by position instead. */
    static final int MAX_CELLS = 10_000;

    /** One step of a stretch: old paragraph {@code from} became {@code to}; -1 on the side it is missing from. */
    record Step(int from, int to) {
    }

    private Pairing() {
    }

    /** The steps of the stretch, in reading order: between two pairs, removed paragraphs before added ones. */
    static List<Step> pair(List<Map<String, Integer>> from, List<Map<String, Integer>> to) {
        return pair(from.size(), to.size(), from::get, to::get);
    }

    /**
     * The same, for {@code k} old and {@code l} new paragraphs whose words are weighed on demand: all of them for
     * a stretch small enough to weigh every pair, otherwise only the pairs at the same position, one at a time.
     */
    static List<Step> pair(int k, int l, IntFunction<Map<String, Integer>> from, IntFunction<Map<String, Integer>> to) {
        if ((long) k * l <= MAX_CELLS) {
            var fromBags = IntStream.range(0, k).mapToObj(from).toList();
            var toBags = IntStream.range(0, l).mapToObj(to).toList();
            return ordered(best(fromBags, toBags));
        }
        return ordered(byPosition(k, l, from, to));
    }

    private static List<Step> best(List<Map<String, Integer>> from, List<Map<String, Integer>> to) {
        int k = from.size();
        int l = to.size();
        var alike = new double[k][l];
        var score = new double[k + 1][l + 1];
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= l; j++) {
                alike[i - 1][j - 1] = similarity(from.get(i - 1), to.get(j - 1));
                var paired = alike[i - 1][j - 1] >= ALIKE ? score[i - 1][j - 1] + alike[i - 1][j - 1] : -1;
                score[i][j] = Math.max(paired, Math.max(score[i - 1][j], score[i][j - 1]));
            }
        }
        var steps = new ArrayList<Step>();
        int i = k;
        int j = l;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && alike[i - 1][j - 1] >= ALIKE && score[i][j] == score[i - 1][j - 1] + alike[i - 1][j - 1]) {
                steps.add(new Step(--i, --j));
            } else if (i > 0 && (j == 0 || score[i][j] == score[i - 1][j])) {
                steps.add(new Step(--i, -1));
            } else {
                steps.add(new Step(-1, --j));
            }
        }
        return steps.reversed();
    }

    private static List<Step> byPosition(int k, int l, IntFunction<Map<String, Integer>> from,
            IntFunction<Map<String, Integer>> to) {
        var steps = new ArrayList<Step>();
        int common = Math.min(k, l);
        for (int i = 0; i < common; i++) {
            if (similarity(from.apply(i), to.apply(i)) >= ALIKE) {
                steps.add(new Step(i, i));
            } else {
                steps.add(new Step(i, -1));
                steps.add(new Step(-1, i));
            }
        }
        for (int i = common; i < k; i++) {
            steps.add(new Step(i, -1));
        }
        for (int j = common; j < l; j++) {
            steps.add(new Step(-1, j));
        }
        return steps;
    }

    private static List<Step> ordered(List<Step> raw) {
        var result = new ArrayList<Step>();
        var removed = new ArrayList<Step>();
        var added = new ArrayList<Step>();
        for (var step : raw) {
            if (step.from() >= 0 && step.to() >= 0) {
                result.addAll(removed);
                result.addAll(added);
                removed.clear();
                added.clear();
                result.add(step);
            } else {
                (step.from() >= 0 ? removed : added).add(step);
            }
        }
        result.addAll(removed);
        result.addAll(added);
        return result;
    }

    /** Dice's coefficient of the two bags of words: 1 for the same words, 0 for none in common. */
    static double similarity(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA == 0 || sizeB == 0) {
            return 0;
        }
        var smaller = a.size() <= b.size() ? a : b;
        var larger = smaller == a ? b : a;
        long shared = 0;
        for (var entry : smaller.entrySet()) {
            shared += Math.min(entry.getValue(), larger.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / (sizeA + sizeB);
    }
}
