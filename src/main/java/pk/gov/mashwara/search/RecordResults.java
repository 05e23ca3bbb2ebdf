package pk.gov.mashwara.search;

import java.util.List;

/**
 * The records matching a search that the user may read: how many in all, the best few, and the facets (kind,
 * body, status) counted over the readable ones only.
 *
 * @param available false while the record index is being checked or rebuilt (then there are no hits to show)
 */
public record RecordResults(long total, List<RecordHit> hits, List<Facet> facets, boolean available) {

    /** How many record hits a search returns: a glimpse beside the documents, as for comments. */
    public static final int MAX_HITS = 10;

    public static final RecordResults NONE = new RecordResults(0, List.of(), List.of(), true);
    public static final RecordResults UNAVAILABLE = new RecordResults(0, List.of(), List.of(), false);

    public RecordResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public Facet facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Facet(dimension, List.of()));
    }
}
