package pk.gov.mashwara.search;

import java.util.Set;

/**
 * The record facets selected: kinds, bodies (by code) and statuses; several values of one facet are alternatives,
 * an empty set selects all.
 */
public record RecordFilter(Set<RecordKind> kinds, Set<String> bodies, Set<String> statuses) {

    public static final RecordFilter ALL = new RecordFilter(Set.of(), Set.of(), Set.of());

    public RecordFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
