package pk.gov.mashwara.review.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import pk.gov.mashwara.draft.ui.page.DraftPage;
import pk.gov.mashwara.draft.ui.page.DraftPageContribution;
import pk.gov.mashwara.draft.ui.page.DraftPageExtension;
import pk.gov.mashwara.review.Redline;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.Severity;
import pk.gov.mashwara.review.SuggestionVerdict;
import pk.gov.mashwara.shared.ui.Bidi;

/**
 * The review at a glance on the draft page: the comments the user sees counted by severity and category, and the
 * accepted suggestions with whether the latest version carries them, those not found listed with their passage
 * and wording (each opening its thread in the reader). Nothing is shown for a draft without comments.
 */
@org.springframework.stereotype.Component
class SuggestionsPageExtension implements DraftPageExtension {

    private final ReviewService review;

    SuggestionsPageExtension(ReviewService review) {
        this.review = review;
    }

    @Override
    public DraftPageContribution contribute(DraftPage page) {
        var draftId = page.draft().id();
        var tally = review.tally(draftId);
        long total = tally.bySeverity().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new DraftPageContribution(List.of(), null);
        }
        var section = new Div();
        section.setId("review-glance");
        section.addClassNames("review-glance");
        section.add(new H3(section.getTranslation("suggestion.page.heading")));
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        var severities = new StringBuilder();
        for (var severity : Severity.values()) {
            severities.append(severities.isEmpty() ? "" : " · ").append(section.getTranslation("suggestion.page.severity",
                    section.getTranslation("severity." + severity.name()), Bidi.ltr(String.valueOf(tally.bySeverity().get(severity))),
                    Bidi.ltr(String.valueOf(tally.openBySeverity().get(severity)))));
        }
        var bySeverity = new Paragraph(severities.toString());
        bySeverity.setId("review-glance-severity");
        var categories = new StringBuilder();
        for (var category : review.categories()) {
            long n = tally.byCategory().getOrDefault(category.code(), 0L);
            if (n > 0) {
                categories.append(categories.isEmpty() ? "" : " · ").append(category.name(locale)).append(' ')
                        .append(Bidi.ltr(String.valueOf(n)));
            }
        }
        var byCategory = new Paragraph(section.getTranslation("suggestion.page.categories", categories.toString()));
        byCategory.setId("review-glance-category");
        section.add(bySeverity, byCategory);
        var accepted = review.acceptedSuggestions(draftId);
        if (!accepted.isEmpty()) {
            long in = accepted.stream().filter(s -> s.verdict() == SuggestionVerdict.INCORPORATED).count();
            long changed = accepted.stream().filter(s -> s.verdict() == SuggestionVerdict.INCORPORATED_WITH_CHANGES).count();
            long missing = accepted.size() - in - changed;
            var summary = new Paragraph(section.getTranslation("suggestion.page.verdicts", Bidi.ltr(String.valueOf(accepted.size())),
                    Bidi.ltr(String.valueOf(in)), Bidi.ltr(String.valueOf(changed)), Bidi.ltr(String.valueOf(missing))));
            summary.setId("suggestions-verdicts");
            section.add(summary);
            if (missing > 0) {
                var list = new UnorderedList();
                list.setId("suggestions-not-found");
                for (var s : accepted) {
                    if (s.verdict() != SuggestionVerdict.NOT_FOUND) {
                        continue;
                    }
                    var item = new ListItem();
                    var link = new com.vaadin.flow.component.html.Anchor("drafts/" + draftId + "/versions/" + s.versionNumber()
                            + "/text?thread=" + s.threadId(), section.getTranslation("suggestion.page.open"));
                    item.add(new Span(section.getTranslation("suggestion.page.notFoundItem",
                            Bidi.ltr(String.valueOf(s.checkedIn())), s.startedBy())), SuggestionBox.redline(
                                    Redline.ofSuggestion(s.kind(), s.passage(), s.wording()), "suggestion-redline"),
                            link);
                    list.add(item);
                }
                var warn = new Paragraph(section.getTranslation("suggestion.page.notFound"));
                warn.addClassNames("suggestions-warning");
                section.add(warn, list);
            }
        }
        return new DraftPageContribution(List.of(), section);
    }
}
