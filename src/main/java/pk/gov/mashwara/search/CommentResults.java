package pk.gov.mashwara.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comments matching a search: how many the user may see in all, the best few, and the facets of their threads
 * (category and severity) counted over those the user may see.
 *
 * @param available     false while the comment index is being checked or rebuilt (then there are no hits to show)
 * @param categoryNames each category's name in English and Urdu, by its code, for the facet's labels
 */
public record CommentResults(long total, List<CommentHit> hits, boolean available, List<Facet> facets,
        Map<String, CategoryName> categoryNames) {

    /** How many comment hits a search returns: a glimpse beside the documents, not a second result list. */
    public static final int MAX_HITS = 5;
    /** The facets' names, as the API and the page name them. */
    public static final String CATEGORY = "category";
    public static final String SEVERITY = "severity";

    public static final CommentResults NONE = new CommentResults(0, List.of(), true);
    public static final CommentResults UNAVAILABLE = new CommentResults(0, List.of(), false);

    public CommentResults {
        hits = List.copyOf(hits);
        facets = facets == null ? List.of() : List.copyOf(facets);
        categoryNames = categoryNames == null ? Map.of() : Map.copyOf(categoryNames);
    }

    public CommentResults(long total, List<CommentHit> hits, boolean available) {
        this(total, hits, available, List.of(), Map.of());
    }

    /** The same hits with the facets counted. */
    public CommentResults withFacets(List<Facet> counted, Map<String, CategoryName> names) {
        return new CommentResults(total, hits, available, counted, names);
    }

    public Facet facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Facet(dimension, List.of()));
    }

    /** A category's name in the reader's language; its code when it has none. */
    public String categoryName(String code, Locale locale) {
        var name = categoryNames.get(code);
        if (name == null) {
            return code;
        }
        return locale != null && "ur".equals(locale.getLanguage()) ? name.nameUr() : name.name();
    }

    public record CategoryName(String name, String nameUr) {
    }
}
