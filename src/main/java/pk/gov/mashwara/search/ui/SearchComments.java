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

    SearchComments() {
        setId("search-comments");
        heading.setText(getTranslation("search.comments.title"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        total.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(heading, total, hits);
        addClassNames("search-comments", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        setVisible(false);
    }

    void show(CommentResults results) {
        hits.removeAll();
        if (!results.available()) {
            total.setText(getTranslation("search.comments.unavailable"));
            setVisible(true);
            return;
        }
        total.setText(results.total() > results.hits().size()
                ? getTranslation("search.comments.some", results.hits().size(), results.total())
                : getTranslation("search.comments.count", results.total()));
        results.hits().forEach(hit -> hits.add(new CommentHitCard(hit)));
        setVisible(results.total() > 0);
    }

    void clear() {
        hits.removeAll();
        total.setText("");
        setVisible(false);
    }
}
