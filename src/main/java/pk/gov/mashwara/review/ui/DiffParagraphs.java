package pk.gov.mashwara.review.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.Passage;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.Comparison.Segment;

/**
 * One row of a comparison as elements: side by side (a cell per version) or inline (one paragraph with
 * {@code <del>} and {@code <ins>}). Document text only ever goes into text nodes and element text, never into
 * HTML; each paragraph takes its own direction ({@code dir="auto"}), so Urdu reads right to left, and a paragraph
 * joined from the lines of a PDF's text reads joined, as in the reader.
 */
final class DiffParagraphs {

    static final String ROW = "diff-row";

    private DiffParagraphs() {
    }

    /** The row as two cells: the older paragraph (removed words struck) and the newer (added words marked). */
    static Div sideBySide(Component owner, Row row, Markers markers) {
        var line = new Div(cell(owner, row, true, markers), cell(owner, row, false, markers));
        line.addClassNames(ROW, "diff-side", kindClass(row.kind()));
        line.getElement().setAttribute("data-kind", row.kind().name());
        return line;
    }

    /** The row as one paragraph: kept words as they are, removed ones in {@code <del>}, added ones in {@code <ins>}. */
    static Div inline(Component owner, Row row, Markers markers) {
        var paragraph = paragraph();
        var element = paragraph.getElement();
        var reflowed = reflowed(row);
        switch (row.kind()) {
            case UNCHANGED -> paragraph.setText(shown(row.to().text(), reflowed));
            case REMOVED -> element.appendChild(marked(Change.REMOVED, shown(row.from().text(), reflowed)));
            case ADDED -> element.appendChild(marked(Change.ADDED, shown(row.to().text(), reflowed)));
            case CHANGED -> row.segments().forEach(s -> element.appendChild(s.change() == Change.SAME
                    ? Element.createText(shown(s.text(), reflowed)) : marked(s.change(), shown(s.text(), reflowed))));
        }
        var line = new Div();
        line.addClassNames(ROW, "diff-inline", kindClass(row.kind()));
        line.getElement().setAttribute("data-kind", row.kind().name());
        var found = markers(owner, markers.on(row.from(), true), markers.on(row.to(), false));
        if (found != null) {
            line.add(found);
        }
        line.add(paragraph);
        return line;
    }

    private static Div cell(Component owner, Row row, boolean fromSide, Markers markers) {
        var passage = fromSide ? row.from() : row.to();
        var cell = new Div();
        cell.addClassNames("diff-cell", fromSide ? "diff-from" : "diff-to");
        if (passage == null) {
            cell.addClassNames("diff-empty");
            return cell;
        }
        var found = markers(owner, fromSide ? markers.on(passage, true) : List.of(), fromSide ? List.of() : markers.on(passage, false));
        if (found != null) {
            cell.add(found);
        }
        cell.add(side(row, passage, fromSide));
        return cell;
    }

    private static Paragraph side(Row row, Passage passage, boolean fromSide) {
        var paragraph = paragraph();
        var element = paragraph.getElement();
        var reflowed = passage.reflowed();
        if (row.kind() == RowKind.UNCHANGED) {
            paragraph.setText(shown(passage.text(), reflowed));
        } else if (row.kind() != RowKind.CHANGED) {
            element.appendChild(marked(fromSide ? Change.REMOVED : Change.ADDED, shown(passage.text(), reflowed)));
        } else {
            var hidden = fromSide ? Change.ADDED : Change.REMOVED;
            for (Segment segment : row.segments()) {
                if (segment.change() == Change.SAME) {
                    element.appendChild(Element.createText(shown(segment.text(), reflowed)));
                } else if (segment.change() != hidden) {
                    element.appendChild(marked(segment.change(), shown(segment.text(), reflowed)));
                }
            }
        }
        return paragraph;
    }

    /** A changed paragraph is shown joined when either side of it was joined from lines, as the reader shows it. */
    private static boolean reflowed(Row row) {
        return row.from() != null && row.from().reflowed() || row.to() != null && row.to().reflowed();
    }

    /** Text of a paragraph as the reader shows it: a reflowed paragraph's line breaks as spaces. */
    private static String shown(String text, boolean reflowed) {
        return reflowed ? pk.gov.mashwara.shared.TextParagraphs.shown(text) : text;
    }

    private static Paragraph paragraph() {
        var paragraph = new Paragraph();
        paragraph.getElement().setAttribute("dir", "auto");
        return paragraph;
    }

    private static Element marked(Change change, String text) {
        var element = new Element(change == Change.REMOVED ? "del" : "ins");
        element.setText(text);
        return element;
    }

    /** Small numbered links to the threads on this paragraph; null when there are none. */
    private static Div markers(Component owner, List<Markers.Numbered> onFrom, List<Markers.Numbered> onTo) {
        if (onFrom.isEmpty() && onTo.isEmpty()) {
            return null;
        }
        var box = new Div();
        box.addClassNames("diff-markers");
        // one marker per thread, even when its passage is on both sides of an inline row
        var byNumber = new java.util.TreeMap<Integer, Markers.Numbered>();
        java.util.stream.Stream.concat(onFrom.stream(), onTo.stream()).forEach(n -> byNumber.putIfAbsent(n.number(), n));
        byNumber.values().forEach(n -> box.add(marker(owner, n)));
        return box;
    }

    private static Component marker(Component owner, Markers.Numbered numbered) {
        var marker = numbered.marker();
        var text = Integer.toString(numbered.number());
        Component link = marker.href() == null || marker.href().isBlank() ? new Span(text) : new Anchor(marker.href(), text);
        var label = owner.getTranslation("compare.marker", numbered.number(), marker.label() == null ? "" : marker.label());
        link.getElement().setAttribute("title", label);
        link.getElement().setAttribute("aria-label", label);
        link.getElement().setAttribute("data-thread", Long.toString(marker.threadId()));
        link.getElement().getClassList().add("diff-marker");
        return link;
    }

    private static String kindClass(RowKind kind) {
        return "diff-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
