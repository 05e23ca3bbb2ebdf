package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.Counts;
import pk.gov.mashwara.review.Comparison.Passage;
import pk.gov.mashwara.review.Comparison.Precision;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.Comparison.Segment;

/**
 * Compares two texts: paragraphs aligned ({@link Alignment}), old and new paragraphs of each differing stretch
 * paired ({@link Pairing}), and the words of each pair compared ({@link WordDiff}), all within the bounds of an
 * {@link Effort}. The rows go to a sink one at a time as they are found, so that a comparison of two long texts
 * never holds all of its rows at once: only the texts, one number per paragraph, and the stretch being paired.
 */
public final class TextDiff {

    /** What the comparison found: every paragraph of both texts in order, the counts, and how precise it is. */
    public record Difference(List<Row> rows, Counts counts, Precision precision) {
    }

    /** What a comparison whose rows went to a sink found: the counts, and how precise it is. */
    public record Summary(Counts counts, Precision precision) {
    }

    private final String from;
    private final String to;
    private final List<pk.gov.mashwara.shared.TextParagraphs.Span> fromSpans;
    private final List<pk.gov.mashwara.shared.TextParagraphs.Span> toSpans;
    private final Effort effort;
    private final Consumer<Row> sink;
    private boolean stopped;
    private int emitted;
    private int added;
    private int removed;
    private int changed;
    private int unchanged;
    private int wordsAdded;
    private int wordsRemoved;
    private int withoutWords;

    private TextDiff(String from, String to, Effort effort, Consumer<Row> sink) {
        this.from = from;
        this.to = to;
        this.fromSpans = Paragraphs.spans(from);
        this.toSpans = Paragraphs.spans(to);
        this.effort = effort;
        this.sink = sink;
    }

    /** The two texts compared within the standard bounds, every row in a list: for texts of a modest size. */
    public static Difference compare(String from, String to) {
        return compare(from, to, Effort.standard());
    }

    static Difference compare(String from, String to, Effort effort) {
        var rows = new ArrayList<Row>();
        var summary = compare(from, to, effort, rows::add);
        return new Difference(rows, summary.counts(), summary.precision());
    }

    /**
     * The two texts compared within the standard bounds, each row handed to {@code sink} in reading order. After
     * {@link Effort#MAX_DIFFERENCES} differing paragraphs the comparison stops, as its precision then says.
     */
    public static Summary compare(String from, String to, Consumer<Row> sink) {
        return compare(from, to, Effort.standard(), sink);
    }

    static Summary compare(String from, String to, Effort effort, Consumer<Row> sink) {
        return new TextDiff(from, to, effort, sink).run();
    }

    private Summary run() {
        var ids = new HashMap<String, Integer>();
        var alignment = Alignment.of(ids(from, fromSpans, ids), ids(to, toSpans, ids), effort);
        ids = null; // the keys are copies of every paragraph: let them go before the rows are built
        for (var run : alignment.runs()) {
            if (stopped) {
                break;
            }
            if (run.same()) {
                for (int k = 0; k < run.fromEnd() - run.fromStart() && !stopped; k++) {
                    emit(new Row(emitted, RowKind.UNCHANGED, passage(true, run.fromStart() + k),
                            passage(false, run.toStart() + k), List.of(), true));
                    unchanged++;
                }
            } else {
                differing(run);
            }
        }
        return new Summary(new Counts(added, removed, changed, unchanged, wordsAdded, wordsRemoved),
                new Precision(alignment.approximate(), withoutWords, 0, stopped ? effort.maxDifferences() : 0));
    }

    private void emit(Row row) {
        if (row.kind() != RowKind.UNCHANGED && added + removed + changed >= effort.maxDifferences()) {
            stopped = true;
            return;
        }
        sink.accept(row);
        emitted++;
    }

    private void differing(Alignment.Run run) {
        // Words are weighed only for the pairs the pairing looks at: a stretch of thousands of paragraphs is
        // paired by position, one pair at a time, and holding every paragraph's words at once would not fit
        IntFunction<Map<String, Integer>> oldBag = i -> Words.bag(passage(true, run.fromStart() + i).text());
        IntFunction<Map<String, Integer>> newBag = j -> Words.bag(passage(false, run.toStart() + j).text());
        var steps = Pairing.pair(run.fromEnd() - run.fromStart(), run.toEnd() - run.toStart(), oldBag, newBag);
        for (var step : steps) {
            if (stopped) {
                return;
            }
            if (step.to() < 0) {
                var old = passage(true, run.fromStart() + step.from());
                emit(new Row(emitted, RowKind.REMOVED, old, null, List.of(), true));
                if (!stopped) {
                    removed++;
                    wordsRemoved += Words.count(old.text());
                }
            } else if (step.from() < 0) {
                var fresh = passage(false, run.toStart() + step.to());
                emit(new Row(emitted, RowKind.ADDED, null, fresh, List.of(), true));
                if (!stopped) {
                    added++;
                    wordsAdded += Words.count(fresh.text());
                }
            } else {
                changed(passage(true, run.fromStart() + step.from()), passage(false, run.toStart() + step.to()));
            }
        }
    }

    private void changed(Passage old, Passage fresh) {
        if (added + removed + changed >= effort.maxDifferences()) {
            stopped = true;
            return;
        }
        var words = WordDiff.segments(old.text(), fresh.text(), effort);
        var segments = words.orElseGet(() -> WordDiff.whole(old.text(), fresh.text()));
        if (words.isEmpty()) {
            withoutWords++;
        }
        for (var segment : segments) {
            if (segment.change() == Change.ADDED) {
                wordsAdded += Words.count(segment.text());
            } else if (segment.change() == Change.REMOVED) {
                wordsRemoved += Words.count(segment.text());
            }
        }
        if (segments.stream().allMatch(s -> s.change() == Change.SAME)) {
            // the same words, spaced differently: nothing a reader would call a change
            emit(new Row(emitted, RowKind.UNCHANGED, old, fresh, List.of(), true));
            unchanged++;
            return;
        }
        emit(new Row(emitted, RowKind.CHANGED, old, fresh, segments, words.isPresent()));
        changed++;
    }

    private Passage passage(boolean ofFrom, int index) {
        var span = (ofFrom ? fromSpans : toSpans).get(index);
        return new Passage(index, span.start(), span.end(), (ofFrom ? from : to).substring(span.start(), span.end()),
                span.reflowed());
    }

    private static int[] ids(String text, List<pk.gov.mashwara.shared.TextParagraphs.Span> spans, Map<String, Integer> ids) {
        var result = new int[spans.size()];
        for (int i = 0; i < result.length; i++) {
            var key = Paragraphs.key(text.substring(spans.get(i).start(), spans.get(i).end()));
            result[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return result;
    }
}
