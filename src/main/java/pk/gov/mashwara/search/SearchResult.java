package pk.gov.mashwara.search;

import java.util.List;

/** One page of a search: the total over all pages, the hits of this page and the facets. */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits, List<Facet> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(0, query.page(), query.pageSize(), List.of(), List.of());
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }

    public Facet facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Facet(dimension, List.of()));
    }
}
