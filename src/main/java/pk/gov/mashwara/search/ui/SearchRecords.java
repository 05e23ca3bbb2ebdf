package pk.gov.mashwara.search.ui;

import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.RecordResults;
import pk.gov.mashwara.search.records.RecordSearch;

/**
 * The records section of the search page: the working group's other business matching the words (letters,
 * directions, progress entries, data requests and answers, statements, engagements and commitments) that the user
 * may read, with their facets, each hit opening its page. Hidden when the search has no words or nothing matched.
 */
class SearchRecords extends Div {

    final H3 heading = new H3();
    final Span total = new Span();
    final SectionFacets facets;
    final Div hits = new Div();

    SearchRecords(BiConsumer<String, Set<String>> onFacet) {
        setId("search-records");
        facets = new SectionFacets("search-records-facets", "search.records.facet.", this::label, onFacet);
        heading.setText(getTranslation("search.records.title"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        total.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(heading, total, facets, hits);
        addClassNames("search-records", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        setVisible(false);
    }

    private String label(String dimension, String value) {
        return switch (dimension) {
            case RecordSearch.KIND -> getTranslation("search.records.kind." + value);
            case RecordSearch.STATUS -> getTranslation("search.records.status." + value);
            default -> SectionFacets.orDash(value, value);
        };
    }

    void show(RecordResults results) {
        hits.removeAll();
        if (!results.available()) {
            total.setText(getTranslation("search.records.unavailable"));
            facets.clear();
            setVisible(true);
            return;
        }
        total.setText(results.total() > results.hits().size()
                ? getTranslation("search.records.some", results.hits().size(), results.total())
                : getTranslation("search.records.count", results.total()));
        facets.show(results.facets());
        results.hits().forEach(hit -> hits.add(new RecordHitCard(hit)));
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
