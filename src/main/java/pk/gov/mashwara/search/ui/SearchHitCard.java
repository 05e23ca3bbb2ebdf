package pk.gov.mashwara.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.SearchHit;

/** One result: the draft's title as a link, what it is and where it stands, and the highlighted passages. */
class SearchHitCard extends Div {

    final Anchor title;
    final Span snippet = new Span();

    SearchHitCard(SearchHit hit, String target) {
        title = new Anchor(target, hit.title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        title.getElement().setAttribute("dir", "auto");
        var meta = new Span(String.join(" · ", hit.committeeCode(), getTranslation("draftKind." + hit.kind().name()),
                getTranslation("draftStatus." + hit.status().name()), getTranslation("search.version", hit.version())
                        + (hit.latest() ? "" : " (" + getTranslation("search.version.older") + ")"),
                String.valueOf(hit.year())) + (hit.ocr() ? " · " + getTranslation("search.ocr") : ""));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        // the numbers on the file's cover, each kept left to right inside the Urdu line
        var numbers = new java.util.ArrayList<String>();
        if (hit.diaryNumber() != null) {
            numbers.add(getTranslation("draft.diary", pk.gov.mashwara.shared.ui.Bidi.ltr(hit.diaryNumber())));
        }
        if (hit.fileNumber() != null) {
            numbers.add(getTranslation("draft.fileNumber.badge", pk.gov.mashwara.shared.ui.Bidi.ltr(hit.fileNumber())));
        }
        var cover = new Div();
        cover.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE,
                LumoUtility.FontSize.XSMALL);
        if (hit.priority() != pk.gov.mashwara.draft.Priority.ROUTINE) {
            cover.add(pk.gov.mashwara.shared.ui.PriorityFlag.of(this, hit.priority()));
        }
        if (!numbers.isEmpty()) {
            var text = new Span(String.join(" · ", numbers));
            text.addClassNames("search-hit-numbers");
            cover.add(text);
        }
        if (hit.snippetHtml().isEmpty()) {
            snippet.setText(getTranslation("search.noText", hit.extraction().name()));
        } else {
            // The one place document text is rendered as HTML: the service escaped all of it except its <mark> tags
            snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        }
        snippet.getElement().setAttribute("dir", "auto");
        snippet.addClassNames("search-snippet", LumoUtility.FontSize.SMALL);
        add(title, meta);
        if (cover.getComponentCount() > 0) {
            add(cover);
        }
        add(snippet);
        addClassNames("search-hit", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
    }
}
