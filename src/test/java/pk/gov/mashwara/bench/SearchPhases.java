package pk.gov.mashwara.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.index.IndexSchema;
import pk.gov.mashwara.search.index.IndexSearch;
import pk.gov.mashwara.search.index.LuceneIndex;
import pk.gov.mashwara.search.index.UserQueries;

/**
 * The two halves of the portal's search, timed on their own: finding the matches (with the exact total and the
 * facet counts), and turning the top 20 into hits (stored fields and snippets). Each returns its own nanoseconds,
 * the query parsing left out.
 */
final class SearchPhases {

    private static final int PAGE = 20;

    private final LuceneIndex index;
    private final IndexSearch search;
    private final DraftVisibility visibility;
    private SortedSetDocValuesReaderState facetState;

    SearchPhases(LuceneIndex index, IndexSearch search, DraftVisibility visibility) {
        this.index = index;
        this.search = search;
        this.visibility = visibility;
    }

    /** Top 20, the exact total and the facet counts of every dimension, as {@code IndexSearch} collects them. */
    long collect(String text) {
        var filtered = IndexSearch.filtered(UserQueries.parse(text, index.analyzer()), SearchQuery.of(""), visibility, null);
        try {
            return index.withSearcher(searcher -> {
                long start = System.nanoTime();
                var collected = searcher.search(filtered, new MultiCollectorManager(
                        new TopScoreDocCollectorManager(PAGE, Integer.MAX_VALUE), new FacetsCollectorManager()));
                var counts = new SortedSetDocValuesFacetCounts(state(searcher.getIndexReader()), (FacetsCollector) collected[1]);
                for (var dimension : IndexSchema.FACETS) {
                    counts.getTopChildren(100, dimension);
                }
                return System.nanoTime() - start;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 20 hits of the first page: stored fields and snippets. */
    long hits(String text) {
        var userQuery = UserQueries.parse(text, index.analyzer());
        var filtered = IndexSearch.filtered(userQuery, SearchQuery.of(""), visibility, null);
        try {
            return index.withSearcher(searcher -> {
                var top = searcher.search(filtered, PAGE);
                long start = System.nanoTime();
                search.hits(searcher, userQuery, top.scoreDocs);
                return System.nanoTime() - start;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built once: the benchmark's index does not change while it is searched (the portal caches it per reader). */
    private SortedSetDocValuesReaderState state(org.apache.lucene.index.IndexReader reader) throws IOException {
        if (facetState == null) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
        }
        return facetState;
    }
}
