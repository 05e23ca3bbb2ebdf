package pk.gov.mashwara.search;

import java.util.Set;

/**
 * The comment facets selected: categories (by code) and severities (by name); several values of one facet are
 * alternatives, an empty set selects all.
 */
public record CommentFilter(Set<String> categories, Set<String> severities) {

    public static final CommentFilter ALL = new CommentFilter(Set.of(), Set.of());

    public CommentFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }
}
