package pk.gov.mashwara.search.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The text as a readable column of paragraphs, shown a chunk at a time: a long statute can have tens of
 * thousands of paragraphs, which the browser should not receive in one go. Each paragraph takes its own
 * direction ({@code dir="auto"}), so Urdu reads right to left and English left to right in the same text.
 */
class ReaderText extends Div {

    static final int CHUNK = 200;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");

    final Div paragraphs = new Div();
    final Button more = new Button();
    private List<String> all = List.of();
    private int shown;

    ReaderText() {
        addClassNames("reader-text");
        paragraphs.addClassNames("reader-paragraphs");
        more.setText(getTranslation("reader.more"));
        more.setId("reader-more");
        more.addClickListener(e -> showMore());
        add(paragraphs, more);
        more.setVisible(false);
    }

    void show(String text) {
        all = split(text);
        shown = 0;
        paragraphs.removeAll();
        showMore();
    }

    private void showMore() {
        var end = Math.min(all.size(), shown + CHUNK);
        for (var i = shown; i < end; i++) {
            var paragraph = new Paragraph(all.get(i));
            paragraph.getElement().setAttribute("dir", "auto");
            paragraphs.add(paragraph);
        }
        shown = end;
        more.setVisible(shown < all.size());
        more.setText(getTranslation("reader.more", all.size() - shown));
    }

    int shownCount() {
        return shown;
    }

    int paragraphCount() {
        return all.size();
    }

    /** Paragraphs are separated by blank lines; a text without any is taken line by line. */
    static List<String> split(String text) {
        var stripped = text.strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        var blocks = PARAGRAPH_BREAK.split(stripped);
        var parts = blocks.length > 1 ? List.of(blocks) : List.of(stripped.split("\\R"));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
