package pk.gov.mashwara.support;

import java.util.Collection;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * What a grid's cell shows, whatever draws it. A component cell's text is its elements' text; a Lit template's
 * cell is drawn in the browser from the properties it is sent, so its text here is the properties a person reads
 * ({@link #shown}: texts, tooltips, labels, and the texts in lists) joined by spaces (in no set order: for
 * "contains", not "equals"); a plain column's text is its value.
 */
public final class GridCells {

    private GridCells() {
    }

    public static <T> String text(Grid<T> grid, int row, int column) {
        return String.join(" ", texts(grid, row, column));
    }

    /** The texts of one cell: one for a component's or a plain column's cell, one per shown text for a template's. */
    public static <T> java.util.List<String> texts(Grid<T> grid, int row, int column) {
        var tester = new GridTester<Grid<T>, T>(grid);
        var renderer = grid.getColumns().get(column).getRenderer();
        if (renderer instanceof LitRenderer<T> lit && !(renderer instanceof ComponentRenderer)) {
            var item = tester.getRow(row);
            var shown = shown(lit);
            return lit.getValueProviders().entrySet().stream().filter(e -> shown.contains(e.getKey()))
                    .map(e -> e.getValue().apply(item)).flatMap(GridCells::texts).filter(text -> !text.isBlank())
                    .toList();
        }
        return java.util.List.of(tester.getCellText(row, column));
    }

    public static <T> String text(Grid<T> grid, int row, String key) {
        return text(grid, row, grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }

    /**
     * The properties a template shows as text: those it names outside a tag's attributes, or in a tooltip or a
     * label (a property in {@code class="badge-${item.tone}"} styles the cell, one in {@code >${item.title}<} or
     * {@code title="${item.exactly}"} is read).
     */
    static java.util.Set<String> shown(LitRenderer<?> lit) {
        String template;
        try {
            var method = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
            method.setAccessible(true);
            template = (String) method.invoke(lit);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the template of a Lit renderer could not be read", e);
        }
        var shown = new java.util.HashSet<String>();
        var uses = java.util.regex.Pattern.compile("\\$\\{item\\.(\\w+)").matcher(template);
        while (uses.find()) {
            var before = template.substring(0, uses.start());
            int tag = before.lastIndexOf('<');
            boolean inTag = tag > before.lastIndexOf('>');
            boolean inAttribute = inTag && before.substring(tag).chars().filter(c -> c == '"').count() % 2 == 1;
            // a tooltip or a label is read too; a class or a direction is not
            var attribute = java.util.regex.Pattern.compile("([\\w-]+)=\"[^\"]*$").matcher(before);
            if (!inAttribute || attribute.find() && pk.gov.mashwara.shared.ui.DrawnTexts.READ.contains(attribute.group(1))) {
                shown.add(uses.group(1));
            }
        }
        return shown;
    }

    private static Stream<String> texts(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().flatMap(GridCells::texts);
        }
        return value instanceof String text ? Stream.of(text) : Stream.empty();
    }
}
