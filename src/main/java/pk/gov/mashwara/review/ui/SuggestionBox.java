package pk.gov.mashwara.review.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import pk.gov.mashwara.review.Redline;
import pk.gov.mashwara.review.SuggestionVerdict;
import pk.gov.mashwara.review.SuggestionView;
import pk.gov.mashwara.shared.ui.Badge;

/**
 * The wording a thread suggests, as a redline of its passage: deleted words struck, inserted ones underlined. Once
 * accepted with changes, the proposed wording is shown beside the accepted one; once checked against later
 * versions, the verdict of the latest, with the difference when it was incorporated with changes.
 */
class SuggestionBox extends Div {

    SuggestionBox(SuggestionView suggestion) {
        addClassNames("suggestion-box");
        var label = new Paragraph(getTranslation("suggestion.kind." + suggestion.kind().name()));
        label.addClassNames("suggestion-label");
        add(label);
        add(redline(suggestion.redline(), "suggestion-redline"));
        if (suggestion.accepted() != null) {
            var proposed = new Paragraph(getTranslation("suggestion.proposedWas", suggestion.proposed()));
            proposed.addClassNames("suggestion-proposed");
            proposed.getElement().setAttribute("dir", "auto");
            add(proposed);
        }
        if (suggestion.outcome() != null) {
            add(new Badge(getTranslation("suggestion.outcome." + suggestion.outcome().name()),
                    suggestion.outcome() == SuggestionView.Outcome.DECLINED ? Badge.Tone.NEUTRAL : Badge.Tone.SUCCESS));
        }
        var latest = suggestion.latest();
        if (latest != null) {
            var verdict = new Badge(getTranslation("suggestion.verdict." + latest.verdict().name(),
                    latest.versionNumber()), switch (latest.verdict()) {
                        case INCORPORATED -> Badge.Tone.SUCCESS;
                        case INCORPORATED_WITH_CHANGES -> Badge.Tone.INFO;
                        case NOT_FOUND -> Badge.Tone.ERROR;
                    });
            verdict.addClassNames("suggestion-verdict");
            verdict.getElement().setAttribute("data-verdict", latest.verdict().name());
            add(verdict);
            if (latest.verdict() == SuggestionVerdict.INCORPORATED_WITH_CHANGES) {
                var hint = new Paragraph(getTranslation("suggestion.difference"));
                hint.addClassNames("suggestion-label");
                add(hint, redline(latest.difference(), "suggestion-difference"));
            }
        }
    }

    /** Struck and underlined words, as spans (text only, never markup). */
    static Component redline(List<Redline.Segment> segments, String className) {
        var box = new Div();
        box.addClassNames("redline", className);
        box.getElement().setAttribute("dir", "auto");
        for (var segment : segments) {
            var span = new Span(segment.text());
            switch (segment.kind()) {
                case DELETED -> {
                    span.addClassNames("redline-deleted");
                    span.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
                    span.getElement().setAttribute("title", span.getTranslation("suggestion.deleted"));
                }
                case INSERTED -> {
                    span.addClassNames("redline-inserted");
                    span.getStyle().set("text-decoration", "underline").set("color", "var(--lumo-success-text-color)");
                    span.getElement().setAttribute("title", span.getTranslation("suggestion.inserted"));
                }
                case SAME -> { }
            }
            box.add(span);
        }
        return box;
    }
}
