package pk.gov.mashwara.search.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.Facet;

/**
 * The facets of a section of the search page (comments, records): one compact checkbox group per facet, each value
 * with its count, laid side by side above the section's hits. Headings come from {@code prefix + dimension}.
 */
class SectionFacets extends Div {

    final Map<String, CheckboxGroup<String>> groups = new HashMap<>();
    private final String prefix;
    private final BiFunction<String, String, String> labels;
    private final BiConsumer<String, Set<String>> onChange;
    private boolean updating;

    SectionFacets(String id, String prefix, BiFunction<String, String, String> labels,
            BiConsumer<String, Set<String>> onChange) {
        this.prefix = prefix;
        this.labels = labels;
        this.onChange = onChange;
        setId(id);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Column.LARGE,
                LumoUtility.Gap.Row.XSMALL);
    }

    void show(List<Facet> facets) {
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
                group.setId(getId().orElse("facets") + "-" + facet.dimension());
                group.setLabel(getTranslation(prefix + facet.dimension()));
                group.setItems(facet.values().stream().map(Facet.Value::value).toList());
                group.setItemLabelGenerator(v -> labels.apply(facet.dimension(), v) + " (" + counts.get(v) + ")");
                group.setValue(facet.values().stream().filter(Facet.Value::selected).map(Facet.Value::value)
                        .collect(Collectors.toSet()));
                group.addValueChangeListener(e -> {
                    if (!updating) {
                        onChange.accept(facet.dimension(), e.getValue());
                    }
                });
                group.addClassNames(LumoUtility.FontSize.SMALL);
                add(group);
                groups.put(facet.dimension(), group);
            }
        } finally {
            updating = false;
        }
    }

    void clear() {
        removeAll();
        groups.clear();
    }

    /** For an unknown value ("?"): a dash rather than a question mark. */
    static String orDash(String value, String label) {
        return "?".equals(value) ? "—" : label;
    }
}
