package pk.gov.mashwara.search.comments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import pk.gov.mashwara.search.CommentFilter;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.Facet;

/**
 * Counts the comments the user may read by their thread's category and severity, in one pass over the readable
 * matches: each facet is counted over the matches of the other facet's selection, so that its other values stay
 * visible with the number they would add; a selected value is listed even when nothing matches it any more.
 */
final class CommentFacets {

    private CommentFacets() {
    }

    /** The facets and the categories' names. */
    record Counted(List<Facet> facets, Map<String, CommentResults.CategoryName> names) {
    }

    static Counted count(IndexSearcher searcher, Query readable, CommentFilter selection) throws IOException {
        var pairs = searcher.search(readable, new PairCounter());
        var categories = new HashMap<String, Long>();
        var severities = new HashMap<String, Long>();
        var names = new HashMap<String, CommentResults.CategoryName>();
        pairs.forEach((pair, count) -> {
            var parts = pair.category().split(String.valueOf(CommentSchema.SEPARATOR), -1);
            var code = parts[0];
            if (parts.length == 3) {
                names.put(code, new CommentResults.CategoryName(parts[1], parts[2]));
            }
            if (selection.severities().isEmpty() || selection.severities().contains(pair.severity())) {
                categories.merge(code, count, Long::sum);
            }
            if (selection.categories().isEmpty() || selection.categories().contains(code)) {
                severities.merge(pair.severity(), count, Long::sum);
            }
        });
        return new Counted(List.of(facet(CommentResults.CATEGORY, categories, selection.categories()),
                facet(CommentResults.SEVERITY, severities, selection.severities())), names);
    }

    private static Facet facet(String dimension, Map<String, Long> counts, Collection<String> selected) {
        selected.forEach(v -> counts.putIfAbsent(v, 0L));
        var values = new ArrayList<Facet.Value>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> values.add(new Facet.Value(e.getKey(), e.getValue(), selected.contains(e.getKey()))));
        return new Facet(dimension, values);
    }

    private record Pair(String category, String severity) {
    }

    /** Counts the matches by (category with its names, severity), read from the doc values. */
    private static final class PairCounter implements CollectorManager<PairCounter.Leafwise, Map<Pair, Long>> {

        @Override
        public Leafwise newCollector() {
            return new Leafwise();
        }

        @Override
        public Map<Pair, Long> reduce(Collection<Leafwise> collectors) {
            var out = new HashMap<Pair, Long>();
            collectors.forEach(c -> c.counts.forEach((k, v) -> out.merge(k, v, Long::sum)));
            return out;
        }

        static final class Leafwise extends SimpleCollector {

            final Map<Pair, Long> counts = new HashMap<>();
            private SortedDocValues category;
            private SortedDocValues severity;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                category = DocValues.getSorted(context.reader(), CommentSchema.CATEGORY_FACET);
                severity = DocValues.getSorted(context.reader(), CommentSchema.SEVERITY_FACET);
            }

            @Override
            public void collect(int doc) throws IOException {
                var c = category.advanceExact(doc) ? category.lookupOrd(category.ordValue()).utf8ToString()
                        : CommentSchema.UNKNOWN;
                var s = severity.advanceExact(doc) ? severity.lookupOrd(severity.ordValue()).utf8ToString()
                        : CommentSchema.UNKNOWN;
                counts.merge(new Pair(c, s), 1L, Long::sum);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
