package pk.gov.mashwara.review.diff;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Predicate;

import pk.gov.mashwara.review.Comparison.RowKind;

/**
 * Chooses the rows of one page of a comparison: every difference, {@link #CONTEXT} unchanged paragraph before and
 * after each, and any unchanged paragraph the caller wants kept (one a thread is about). Other unchanged
 * paragraphs are left out when two or more of them run together; a reader opens them on request. A page ends
 * once it holds its limit of rows, so that neither a long text nor a long run of differences makes one answer
 * large.
 */
public final class ComparisonPages {

    /** Unchanged paragraphs kept before and after a difference. */
    public static final int CONTEXT = 1;

    /** The rows a page shows, by index, and where the next page starts (-1 when this one runs to the end). */
    public record Page(int[] rows, int next) {
    }

    private ComparisonPages() {
    }

    /**
     * The page of {@code file} that starts at row {@code start} and shows at most {@code limit} rows.
     *
     * @param keep unchanged rows that must be shown, whatever their neighbours
     */
    public static Page page(ComparisonFile file, int start, int limit, Predicate<ComparisonFile.Entry> keep)
            throws IOException {
        var chooser = new Chooser(file.header().rowCount(), start, limit, keep);
        if (start > 0) {
            // whether the row before this page is a difference, whose context this page then owes
            file.scan(start - 1, start, entry -> {
                chooser.afterDifference = entry.kind() != RowKind.UNCHANGED;
                return false;
            });
        }
        file.scan(start, file.header().rowCount(), chooser::take);
        return chooser.finish();
    }

    private static final class Chooser {

        private final int rowCount;
        private final int start;
        private final int limit;
        private final Predicate<ComparisonFile.Entry> keep;
        private int[] shown = new int[64];
        private int count;
        /** The unchanged run being read: where it began, and which of its rows must be kept. */
        private int runStart = -1;
        private int[] kept = new int[8];
        private int keptCount;
        private boolean full;
        /** Whether the row just before the page's first is a difference. */
        boolean afterDifference;

        Chooser(int rowCount, int start, int limit, Predicate<ComparisonFile.Entry> keep) {
            this.rowCount = rowCount;
            this.start = start;
            this.limit = Math.max(1, limit);
            this.keep = keep;
        }

        boolean take(ComparisonFile.Entry entry) {
            if (entry.kind() == RowKind.UNCHANGED) {
                if (runStart < 0) {
                    runStart = entry.index();
                    keptCount = 0;
                }
                if (keep.test(entry)) {
                    if (keptCount == kept.length) {
                        kept = Arrays.copyOf(kept, kept.length * 2);
                    }
                    kept[keptCount++] = entry.index();
                }
                return true;
            }
            if (runStart >= 0) {
                closeRun(entry.index());
            }
            show(entry.index());
            return !full;
        }

        /** The unchanged run {@code [runStart, end)} is over: shows its context, kept rows, or all of it if short. */
        private void closeRun(int end) {
            int from = runStart;
            runStart = -1;
            // a run the page starts in owes context only to a difference just before it, on the page before
            int before = from == 0 || from == start && !afterDifference ? 0 : CONTEXT;
            int after = end == rowCount ? 0 : CONTEXT;
            if (end - from - before - after < 2) {
                for (int i = from; i < end && !full; i++) {
                    show(i);
                }
                return;
            }
            for (int i = from; i < from + before && !full; i++) {
                show(i);
            }
            for (int k = 0; k < keptCount && !full; k++) {
                if (kept[k] >= from + before && kept[k] < end - after) {
                    show(kept[k]);
                }
            }
            for (int i = end - after; i < end && !full; i++) {
                show(i);
            }
        }

        private void show(int index) {
            if (full) {
                return;
            }
            if (count == shown.length) {
                shown = Arrays.copyOf(shown, shown.length * 2);
            }
            shown[count++] = index;
            full = count >= limit;
        }

        Page finish() {
            if (!full && runStart >= 0) {
                closeRun(rowCount);
            }
            var rows = Arrays.copyOf(shown, count);
            int last = count == 0 ? start - 1 : rows[count - 1];
            int next = full && last + 1 < rowCount ? last + 1 : -1;
            return new Page(rows, next);
        }
    }
}
