package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * {@link Effort}.
 */
public final class TextDiff {

    /** What the comparison found: every paragraph of both texts in order, the counts, and how precise it is. */
    public record Difference(List<Row> rows, Counts counts, Precision precision) {
    }

    private final String from;
    private final String to;
    private final List<pk.gov.mashwara.shared.TextParagraphs.Span> fromSpans;
    private final List<pk.gov.mashwara.shared.TextParagraphs.Span> toSpans;
    private final Effort effort;
    private final List<Row> rows = new ArrayList<>();
    private int added;
    private int removed;
    private int changed;
    private int unchanged;
    private int wordsAdded;
    private int wordsRemoved;
    private int withoutWords;

    private TextDiff(String from, String to, Effort effort) {
        this.from = from;
        this.to = to;
        this.fromSpans = Paragraphs.spans(from);
        this.toSpans = Paragraphs.spans(to);
        this.effort = effort;
    }

    public static Difference compare(String from, String to) {
        return compare(from, to, Effort.standard());
    }

    static Difference compare(String from, String to, Effort effort) {
        return new TextDiff(from, to, effort).run();
    }

    private Difference run() {
        var ids = new HashMap<String, Integer>();
        var alignment = Alignment.of(ids(from, fromSpans, ids), ids(to, toSpans, ids), effort);
        for (var run : alignment.runs()) {
            if (run.same()) {
                for (int k = 0; k < run.fromEnd() - run.fromStart(); k++) {
                    rows.add(new Row(RowKind.UNCHANGED, passage(true, run.fromStart() + k),
                            passage(false, run.toStart() + k), List.of(), true));
                    unchanged++;
                }
            } else {
                differing(run);
            }
        }
        return new Difference(rows, new Counts(added, removed, changed, unchanged, wordsAdded, wordsRemoved),
                new Precision(alignment.approximate(), withoutWords));
    }

    private void differing(Alignment.Run run) {
        var oldBags = new ArrayList<Map<String, Integer>>();
        for (int i = run.fromStart(); i < run.fromEnd(); i++) {
            oldBags.add(Words.bag(passage(true, i).text()));
        }
        var newBags = new ArrayList<Map<String, Integer>>();
        for (int j = run.toStart(); j < run.toEnd(); j++) {
            newBags.add(Words.bag(passage(false, j).text()));
        }
        for (var step : Pairing.pair(oldBags, newBags)) {
            if (step.to() < 0) {
                var old = passage(true, run.fromStart() + step.from());
                rows.add(new Row(RowKind.REMOVED, old, null, List.of(), true));
                removed++;
                wordsRemoved += Words.count(old.text());
            } else if (step.from() < 0) {
                var fresh = passage(false, run.toStart() + step.to());
                rows.add(new Row(RowKind.ADDED, null, fresh, List.of(), true));
                added++;
                wordsAdded += Words.count(fresh.text());
            } else {
                changed(passage(true, run.fromStart() + step.from()), passage(false, run.toStart() + step.to()));
            }
        }
    }

    private void changed(Passage old, Passage fresh) {
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
            rows.add(new Row(RowKind.UNCHANGED, old, fresh, List.of(), true));
            unchanged++;
            return;
        }
        rows.add(new Row(RowKind.CHANGED, old, fresh, segments, words.isPresent()));
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
