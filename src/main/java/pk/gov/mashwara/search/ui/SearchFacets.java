package pk.gov.mashwara.search.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.Facet;

/** The facet lists beside the results: one checkbox group per facet, each value with its count. */
class SearchFacets extends Div {

    final Map<String, CheckboxGroup<String>> groups = new HashMap<>();
    private final BiConsumer<String, Set<String>> onChange;
    private boolean updating;

    SearchFacets(BiConsumer<String, Set<String>> onChange) {
        this.onChange = onChange;
        addClassNames("search-facets", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        setMinWidth("14em");
    }

    void show(Iterable<Facet> facets) {
        updating = true;
        try {
            removeAll();
            groups.clear();
            for (var facet : facets) {
                if (facet.values().isEmpty()) {
                    continue;
                }
                var counts = new HashMap<String, Long>();
                facet.values().forEach(v -> counts.put(v.value(), v.count()));
                var group = new CheckboxGroup<String>();
                group.setId("facet-" + facet.dimension());
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                group.setItems(facet.values().stream().map(Facet.Value::value).toList());
                group.setItemLabelGenerator(v -> label(facet.dimension(), v) + " (" + counts.get(v) + ")");
                group.setValue(facet.values().stream().filter(Facet.Value::selected).map(Facet.Value::value)
                        .collect(java.util.stream.Collectors.toSet()));
                group.addValueChangeListener(e -> {
                    if (!updating) {
                        onChange.accept(facet.dimension(), e.getValue());
                    }
                });
                var heading = new H4(getTranslation("search.facet." + facet.dimension()));
                heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
                add(heading, group);
                groups.put(facet.dimension(), group);
            }
        } finally {
            updating = false;
        }
    }

    private String label(String dimension, String value) {
        return switch (dimension) {
            case "kind" -> getTranslation("draftKind." + value);
            case "status" -> getTranslation("draftStatus." + value);
            default -> value;
        };
    }
}
