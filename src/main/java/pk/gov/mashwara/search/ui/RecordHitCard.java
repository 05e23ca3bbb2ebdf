package pk.gov.mashwara.search.ui;

import java.time.ZoneId;
import java.util.ArrayList;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.RecordHit;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;

/** One record found: what it is, its title opening its page, its date, bodies and status, and the highlighted words. */
class RecordHitCard extends Div {

    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    final Anchor link;
    final Span snippet = new Span();

    RecordHitCard(RecordHit hit) {
        link = new Anchor(hit.path(), hit.title());
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        link.getElement().setAttribute("dir", "auto");
        var kind = new Badge(getTranslation("search.records.kind." + hit.kind().name()), Badge.Tone.NEUTRAL);
        var parts = new ArrayList<String>();
        if (hit.date() != null) {
            parts.add(Formats.date(hit.date().atTime(12, 0).atZone(PKT).toInstant(), getLocale()));
        }
        if (!hit.bodies().isEmpty()) {
            parts.add(String.join(", ", hit.bodies().size() > 6
                    ? java.util.List.of(String.join(", ", hit.bodies().subList(0, 6)), "…") : hit.bodies()));
        }
        if (hit.status() != null) {
            parts.add(getTranslation("search.records.status." + hit.status()));
        }
        var meta = new Span(String.join(" · ", parts));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var head = new Div(kind, meta);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        // Rendered as HTML: the search escaped all of the record's words except its <mark> tags
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        snippet.getElement().setAttribute("dir", "auto");
        snippet.addClassNames("search-snippet", LumoUtility.FontSize.SMALL);
        add(link, head);
        if (hit.matchedFile() != null) {
            // where the words were found: in a file the record keeps, not in its own words
            var file = new Span(getTranslation("search.records.inFile",
                    pk.gov.mashwara.shared.ui.Bidi.isolate(hit.matchedFile())));
            file.addClassNames("search-hit-file", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            file.getElement().setAttribute("dir", "auto");
            add(file);
        }
        add(snippet);
        addClassNames("search-hit", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
    }
}
