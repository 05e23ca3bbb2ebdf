package pk.gov.mashwara.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.CommentHit;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;

/** One comment found: who wrote it on which draft, the passage its thread is about, and the highlighted comment. */
class CommentHitCard extends Div {

    final Anchor link;
    final Span snippet = new Span();

    CommentHitCard(CommentHit hit) {
        link = new Anchor(hit.readerPath(), getTranslation("search.comments.on", hit.title()));
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        link.getElement().setAttribute("dir", "auto");
        // a member of the NSMCWG with where he comes from: "Farah Naz, NSMCWG · Ministry of Foreign Affairs"
        var author = hit.authorHome(getLocale()) == null ? hit.authorName()
                : getTranslation("person.nsmcwgHome", hit.authorName(), hit.authorHome(getLocale()));
        var meta = new Span(String.join(" · ", author, Formats.dateTime(hit.writtenAt(), getLocale()),
                hit.committeeCode(), getTranslation("search.version", hit.version())));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var head = new Div(meta);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        if (hit.internal()) {
            head.add(new Badge(getTranslation("search.comments.internal"), Badge.Tone.NEUTRAL));
        }
        add(link, head);
        if (hit.passage() != null) {
            // plain text: the passage is shown as written, never as markup
            var passage = new Span(getTranslation("search.comments.passage", hit.passage()));
            passage.getElement().setAttribute("dir", "auto");
            passage.addClassNames("search-comment-passage", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            add(passage);
        }
        // Rendered as HTML: the search escaped all of the comment except its <mark> tags
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        snippet.getElement().setAttribute("dir", "auto");
        snippet.addClassNames("search-snippet", LumoUtility.FontSize.SMALL);
        add(snippet);
        addClassNames("search-hit", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
    }
}
