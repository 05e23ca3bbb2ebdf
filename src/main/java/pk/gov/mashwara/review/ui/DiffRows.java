package pk.gov.mashwara.review.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;

/**
 * The rows of a comparison, sent to the browser a bounded number at a time: a long statute has tens of
 * thousands of paragraphs. Long runs of unchanged paragraphs fold into one line ("… 42 unchanged paragraphs")
 * that opens on request, keeping one paragraph around each change for context; a paragraph with a thread on it
 * never folds away.
 */
class DiffRows extends Div {

    /** Items (rows or folded runs) added per "show more". */
    static final int CHUNK = 150;
    /** Unchanged paragraphs kept open before and after a change. */
    static final int CONTEXT = 1;
    /** Rows an opened run shows at once; the rest of the run stays folded. */
    static final int UNFOLD = 200;

    /** A row to show, or a run of unchanged rows {@code [from, to)} folded into one line. */
    private record Item(int from, int to, boolean folded) {
    }

    final Div columns = new Div();
    final Div body = new Div();
    final Button more = new Button();
    private List<Row> rows = List.of();
    private List<Item> items = List.of();
    private Markers markers = Markers.NONE;
    private boolean inline;
    private int shown;

    DiffRows() {
        addClassNames("diff-rows");
        body.addClassNames("diff-body");
        columns.addClassNames("diff-columns");
        more.setId("diff-more");
        more.addClickListener(e -> showMore());
        add(columns, body, more);
        more.setVisible(false);
    }

    void show(Comparison comparison, Markers markers, boolean inline) {
        this.rows = comparison.rows();
        this.markers = markers;
        this.inline = inline;
        this.items = fold(rows, markers);
        body.setClassName("diff-inline-body", inline);
        body.setClassName("diff-side-body", !inline);
        body.removeAll();
        columns.removeAll();
        columns.add(new Div(getTranslation("compare.column.from", comparison.from().versionNumber())),
                new Div(getTranslation("compare.column.to", comparison.to().versionNumber())));
        columns.setVisible(!inline);
        shown = 0;
        showMore();
    }

    void clear() {
        rows = List.of();
        items = List.of();
        body.removeAll();
        columns.setVisible(false);
        shown = 0;
        more.setVisible(false);
    }

    private void showMore() {
        var end = Math.min(items.size(), shown + CHUNK);
        for (var i = shown; i < end; i++) {
            var item = items.get(i);
            if (item.folded()) {
                body.add(folded(item.from(), item.to()));
            } else {
                body.add(row(item.from()));
            }
        }
        shown = end;
        more.setVisible(shown < items.size());
        more.setText(getTranslation("compare.more", items.size() - shown));
    }

    private Component row(int index) {
        var row = rows.get(index);
        return inline ? DiffParagraphs.inline(this, row, markers) : DiffParagraphs.sideBySide(this, row, markers);
    }

    private Button folded(int from, int to) {
        var button = new Button(getTranslation("compare.unchanged", to - from));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassNames("diff-folded");
        button.getElement().setAttribute("data-rows", Integer.toString(to - from));
        button.addClickListener(e -> unfold(button, from, to));
        return button;
    }

    /** Opens a folded run in its place: up to {@link #UNFOLD} rows, the rest folded after them. */
    private void unfold(Button button, int from, int to) {
        int at = body.indexOf(button);
        body.remove(button);
        int end = Math.min(to, from + UNFOLD);
        for (int i = from; i < end; i++) {
            body.addComponentAtIndex(at++, row(i));
        }
        if (end < to) {
            body.addComponentAtIndex(at, folded(end, to));
        }
    }

    /** Runs of unchanged rows without threads, less the context kept around changes, fold when two or more. */
    private static List<Item> fold(List<Row> rows, Markers markers) {
        var items = new ArrayList<Item>();
        int i = 0;
        while (i < rows.size()) {
            if (!foldable(rows.get(i), markers)) {
                items.add(new Item(i, i + 1, false));
                i++;
                continue;
            }
            int start = i;
            while (i < rows.size() && foldable(rows.get(i), markers)) {
                i++;
            }
            int keepBefore = start == 0 ? 0 : CONTEXT;
            int keepAfter = i == rows.size() ? 0 : CONTEXT;
            if (i - start - keepBefore - keepAfter >= 2) {
                for (int k = start; k < start + keepBefore; k++) {
                    items.add(new Item(k, k + 1, false));
                }
                items.add(new Item(start + keepBefore, i - keepAfter, true));
                for (int k = i - keepAfter; k < i; k++) {
                    items.add(new Item(k, k + 1, false));
                }
            } else {
                for (int k = start; k < i; k++) {
                    items.add(new Item(k, k + 1, false));
                }
            }
        }
        return items;
    }

    private static boolean foldable(Row row, Markers markers) {
        return row.kind() == RowKind.UNCHANGED && !markers.any(row);
    }

    /** The rows shown now, as elements (folded runs not included). */
    List<Div> shownRows() {
        return body.getChildren().filter(c -> c.getElement().getClassList().contains(DiffParagraphs.ROW))
                .map(Div.class::cast).toList();
    }

    /** The folded runs shown now. */
    List<Button> foldedRuns() {
        return body.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
