package pk.gov.mashwara.search;

import java.util.List;

/**
 * One page of a search: the total over all pages, the hits of this page and the facets, and the best matching
 * comments (for the same words, facets and visibility), and the best matching records of the working group's other
 * business that the user may read (for the same words, with their own facets).
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits, List<Facet> facets,
        CommentResults comments, RecordResults records) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        comments = comments == null ? CommentResults.NONE : comments;
        records = records == null ? RecordResults.NONE : records;
    }

    /** A result of versions and comments. */
    public SearchResult(long total, int page, int pageSize, List<SearchHit> hits, List<Facet> facets,
            CommentResults comments) {
        this(total, page, pageSize, hits, facets, comments, RecordResults.NONE);
    }

    /** A result of the versions only. */
    public SearchResult(long total, int page, int pageSize, List<SearchHit> hits, List<Facet> facets) {
        this(total, page, pageSize, hits, facets, CommentResults.NONE);
    }

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(0, query.page(), query.pageSize(), List.of(), List.of());
    }

    public SearchResult withComments(CommentResults found) {
        return new SearchResult(total, page, pageSize, hits, facets, found, records);
    }

    public SearchResult withRecords(RecordResults found) {
        return new SearchResult(total, page, pageSize, hits, facets, comments, found);
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }

    public Facet facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Facet(dimension, List.of()));
    }
}
