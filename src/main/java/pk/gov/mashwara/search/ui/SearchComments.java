package pk.gov.mashwara.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.CommentResults;

/**
 * The comments section of the search page: how many comments match and the best few, each opening the reader at
 * its thread. Hidden when the search has no words or nothing matched.
 */
class SearchComments extends Div {

    final H3 heading = new H3();
    final Span total = new Span();
    final Div hits = new Div();
    final SectionFacets facets;
    private CommentResults shown = CommentResults.NONE;

    SearchComments() {
        this((dimension, values) -> {
        });
    }

    SearchComments(java.util.function.BiConsumer<String, java.util.Set<String>> onFacet) {
        setId("search-comments");
        facets = new SectionFacets("search-comments-facets", "search.comments.facet.", this::label, onFacet);
        heading.setText(getTranslation("search.comments.title"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        total.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(heading, total, facets, hits);
        addClassNames("search-comments", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        setVisible(false);
    }

    /** A category by its name (kept with the comments); a severity by its translation. */
    private String label(String dimension, String value) {
        if ("?".equals(value)) {
            return "—";
        }
        return CommentResults.SEVERITY.equals(dimension) ? getTranslation("severity." + value)
                : shown.categoryName(value, getLocale());
    }

    void show(CommentResults results) {
        hits.removeAll();
        shown = results;
        if (!results.available()) {
            facets.clear();
            total.setText(getTranslation("search.comments.unavailable"));
            setVisible(true);
            return;
        }
        total.setText(results.total() > results.hits().size()
                ? getTranslation("search.comments.some", results.hits().size(), results.total())
                : getTranslation("search.comments.count", results.total()));
        facets.show(results.facets());
        results.hits().forEach(hit -> hits.add(new CommentHitCard(hit)));
        // stays in sight while a facet selection leaves nothing, so the selection can be undone
        setVisible(results.total() > 0 || results.facets().stream().anyMatch(f -> f.values().stream()
                .anyMatch(pk.gov.mashwara.search.Facet.Value::selected)));
    }

    void clear() {
        hits.removeAll();
        total.setText("");
        facets.clear();
        setVisible(false);
    }
}
