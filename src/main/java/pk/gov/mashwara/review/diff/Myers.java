package pk.gov.mashwara.review.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.DeltaType;

/** Myers' difference algorithm (java-diff-utils), stopped once it has looked for more differences than allowed. */
final class Myers {

    private Myers() {
    }

    /**
     * The stretches where {@code a} and {@code b} differ, in order; empty when there are more differences than
     * the effort allows for sequences of this length. The steps taken are charged to the effort either way.
     */
    static <T> Optional<List<Change>> changes(List<T> a, List<T> b, Effort effort) {
        int length = a.size() + b.size();
        var bound = new Bound(effort.editsFor(length));
        try {
            var changes = new MyersDiff<T>().computeDiff(a, b, bound);
            return Optional.of(changes.stream().filter(c -> c.deltaType != DeltaType.EQUAL)
                    .sorted(Comparator.comparingInt((Change c) -> c.startOriginal).thenComparingInt(c -> c.startRevised))
                    .toList());
        } catch (TooManyEdits e) {
            return Optional.empty();
        } finally {
            effort.spend(length, bound.reached);
        }
    }

    /** The algorithm reports each further difference it looks for (its "d"); past the bound, it is stopped. */
    private static final class Bound implements DiffAlgorithmListener {

        private final int maxEdits;
        private int reached;

        Bound(int maxEdits) {
            this.maxEdits = maxEdits;
        }

        @Override
        public void diffStart() {
            // nothing to prepare
        }

        @Override
        public void diffStep(int value, int max) {
            reached = value;
            if (value > maxEdits) {
                throw new TooManyEdits();
            }
        }

        @Override
        public void diffEnd() {
            // nothing to release
        }
    }

    /** Control flow only: no stack trace is filled in. */
    private static final class TooManyEdits extends RuntimeException {

        TooManyEdits() {
            super(null, null, false, false);
        }
    }
}
