package pk.gov.mashwara.text.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import pk.gov.mashwara.text.TextPages;

/**
 * The running headers and footers of the text, named once above it, dimmed: the reader leaves them out of the
 * text, where they would interrupt a sentence at every page. A page number alone is not repeated here; the margin
 * shows it.
 */
class RunningLinesNote extends Div {

    RunningLinesNote() {
        addClassNames("reader-running");
        setId("reader-running");
        setVisible(false);
    }

    void show(TextPages pages) {
        removeAll();
        var pageCount = pages.starts().size();
        for (var line : pages.running()) {
            var label = new Span(getTranslation(line.place() == TextPages.Place.HEADER ? "reader.running.header"
                    : "reader.running.footer"));
            label.addClassNames("reader-running-label");
            var row = new Div(label);
            row.addClassNames("reader-running-line");
            row.getElement().setAttribute("data-place", line.place().name());
            if (line.pageNumber()) {
                row.add(new Span(getTranslation("reader.running.pageNumbers")));
            } else {
                // the line in its own direction, however the page around it runs
                // the number that changes from page to page reads as an ellipsis: "Page … of 5"
                var text = new Span(line.text().replaceAll("(?<![\\p{L}\\p{N}])#(?![\\p{L}\\p{N}])", "\u2026"));
                text.getElement().setAttribute("dir", "auto");
                text.addClassNames("reader-running-text");
                row.add(text);
            }
            row.getElement().setAttribute("title", getTranslation("reader.running.help", line.pages(), pageCount));
            add(row);
        }
        setVisible(!pages.running().isEmpty());
    }
}
