package pk.gov.mashwara.review.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * The rows of a comparison, fetched and sent to the browser a page at a time: a long statute has tens of thousands
 * of paragraphs, and two unrelated texts differ in every one of them. A page holds the differences with one
 * unchanged paragraph around each for context (a paragraph with a thread on it is always there); the unchanged
 * paragraphs left out show as one line ("… 42 unchanged paragraphs") that opens on request, and "Show more"
 * fetches the next page. Nothing but the rows on screen is kept.
 */
class DiffRows extends Div {

    /** Rows a page shows. */
    static final int CHUNK = 150;
    /** Rows an opened run shows at once; the rest of the run stays folded. */
    static final int UNFOLD = 200;

    /** Where the rows come from: the comparison's pages and its stretches of unchanged rows. */
    interface Source {

        Comparison page(int start);

        List<Row> rows(int start, int count);
    }

    final Div columns = new Div();
    final Div body = new Div();
    final Button more = new Button();
    private Source source = null;
    private Markers markers = Markers.NONE;
    private boolean inline;
    private Integer next;

    DiffRows() {
        addClassNames("diff-rows");
        body.addClassNames("diff-body");
        columns.addClassNames("diff-columns");
        more.setId("diff-more");
        more.setText(getTranslation("compare.more"));
        more.addClickListener(e -> showMore());
        add(columns, body, more);
        more.setVisible(false);
    }

    void show(Comparison first, Markers markers, boolean inline, Source source) {
        this.markers = markers;
        this.inline = inline;
        this.source = source;
        body.setClassName("diff-inline-body", inline);
        body.setClassName("diff-side-body", !inline);
        body.removeAll();
        columns.removeAll();
        columns.add(new Div(getTranslation("compare.column.from", first.from().versionNumber())),
                new Div(getTranslation("compare.column.to", first.to().versionNumber())));
        columns.setVisible(!inline);
        add(first);
    }

    void clear() {
        source = null;
        body.removeAll();
        columns.setVisible(false);
        next = null;
        more.setVisible(false);
    }

    /** Adds a page's rows after those shown, with the unchanged stretches between them folded. */
    private void add(Comparison page) {
        int at = page.start();
        for (var row : page.rows()) {
            if (row.index() > at) {
                body.add(folded(at, row.index()));
            }
            body.add(row(row));
            at = row.index() + 1;
        }
        if (at < page.end()) {
            body.add(folded(at, page.end()));
        }
        next = page.next();
        more.setVisible(next != null);
    }

    private void showMore() {
        if (next == null || source == null) {
            return;
        }
        try {
            add(source.page(next));
        } catch (UserFacingException e) {
            Notices.error(e);
        }
    }

    private Component row(Row row) {
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
        List<Row> rows;
        try {
            rows = source.rows(from, Math.min(to - from, UNFOLD));
        } catch (UserFacingException e) {
            Notices.error(e);
            return;
        }
        int at = body.indexOf(button);
        body.remove(button);
        for (var row : rows) {
            body.addComponentAtIndex(at++, row(row));
        }
        int end = from + rows.size();
        if (end < to) {
            body.addComponentAtIndex(at, folded(end, to));
        }
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
