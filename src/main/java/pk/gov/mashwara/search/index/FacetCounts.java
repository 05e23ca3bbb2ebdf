package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

import pk.gov.mashwara.search.Facet;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Facet counts from the matches the search collected. A facet with a selection is counted "sideways" (over the
 * matches of the other selections only), so its other values stay visible with the number they would add.
 */
final class FacetCounts {

    private static final int MAX_VALUES = 100;

    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** The ordinal map of a reader is costly to build; it is kept until the searcher moves on. */
    private volatile Cached cached;

    @FunctionalInterface
    interface Sideways {
        FacetsCollector collect(String dimension) throws IOException;
    }

    List<Facet> count(IndexSearcher searcher, FacetsCollector matches, SearchQuery query, Sideways sideways)
            throws IOException {
        var state = state(searcher.getIndexReader());
        var result = new ArrayList<Facet>();
        Facets main = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
        for (var dimension : IndexSchema.FACETS) {
            var selected = selected(query, dimension);
            var counts = new LinkedHashMap<String, Long>();
            if (IndexSchema.STATUS.equals(dimension)) {
                // a number per document, updated in place: counted by value, named here
                var collector = selected.isEmpty() ? matches : sideways.collect(dimension);
                var top = new LongValueFacetCounts(IndexSchema.STATUS_VALUE, collector)
                        .getTopChildren(MAX_VALUES, IndexSchema.STATUS_VALUE);
                for (var label : top == null ? new org.apache.lucene.facet.LabelAndValue[0] : top.labelValues) {
                    counts.put(IndexSchema.status(Long.parseLong(label.label)).name(), label.value.longValue());
                }
            } else if (state != null) {
                var facets = selected.isEmpty() ? main : new SortedSetDocValuesFacetCounts(state, sideways.collect(dimension));
                var top = top(facets, dimension);
                if (top != null) {
                    for (var label : top.labelValues) {
                        counts.put(label.label, label.value.longValue());
                    }
                }
            }
            selected.forEach(v -> counts.putIfAbsent(v, 0L));
            result.add(new Facet(dimension, counts.entrySet().stream()
                    .map(e -> new Facet.Value(e.getKey(), e.getValue(), selected.contains(e.getKey()))).toList()));
        }
        return result;
    }

    private static FacetResult top(Facets facets, String dimension) throws IOException {
        try {
            return facets.getTopChildren(MAX_VALUES, dimension);
        } catch (IllegalArgumentException e) {
            return null; // no document has this dimension yet
        }
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        var current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.FACETS_CONFIG);
        } catch (IllegalArgumentException e) {
            state = null; // an empty index has no facet values at all
        }
        cached = new Cached(reader, state);
        return state;
    }

    private static Set<String> selected(SearchQuery query, String dimension) {
        return switch (dimension) {
            case IndexSchema.COMMITTEE -> query.committees();
            case IndexSchema.KIND -> query.kinds().stream().map(Enum::name).collect(Collectors.toSet());
            case IndexSchema.STATUS -> query.statuses().stream().map(Enum::name).collect(Collectors.toSet());
            case IndexSchema.YEAR -> query.years().stream().map(String::valueOf).collect(Collectors.toSet());
            default -> Set.of();
        };
    }
}
