package pk.gov.mashwara.record;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.SuggestionVerdict;

/**
 * The accepted suggestions the latest version checked does not carry, in the review record: what the secretary
 * cites when sending a draft back. Read as the record's reader (a committee's internal notes only for it); nothing
 * when no accepted suggestion has been checked against a later version yet.
 */
@Component
class SuggestionsNotFoundSection implements RecordSection {

    /** Before the status history: it is about the review itself. */
    static final int ORDER = HISTORY - 10;

    private final ReviewService review;

    SuggestionsNotFoundSection(ReviewService review) {
        this.review = review;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<RecordBlock> contribute(RecordContext context) {
        var checked = review.acceptedSuggestions(context.draft().id());
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        var missing = checked.stream().filter(s -> s.verdict() == SuggestionVerdict.NOT_FOUND).toList();
        var title = "Accepted suggestions not found in the latest version";
        if (missing.isEmpty()) {
            return Optional.of(new RecordBlock(title, List.of(new RecordBlock.Text("Every accepted suggestion checked ("
                    + checked.size() + ") was found in the latest version checked."))));
        }
        var rows = missing.stream().map(s -> List.of(
                "v" + s.versionNumber() + (s.page() == null ? "" : ", p. " + s.page()),
                s.passage(),
                switch (s.kind()) {
                    case DELETE -> "(delete the passage)";
                    case INSERT_AFTER -> "(insert after it) " + s.wording();
                    case REPLACE -> s.wording();
                },
                context.person(s.startedBy()),
                "Not found in v" + s.checkedIn())).toList();
        return Optional.of(new RecordBlock(title, List.of(
                new RecordBlock.Text(missing.size() + " of the " + checked.size() + " accepted suggestions checked are not "
                        + "in the latest version checked; the secretary may send the draft back citing them."),
                new RecordBlock.Table(List.of("Where", "Passage", "Accepted wording", "Suggested by", "Status"),
                        new float[] {1.2f, 3f, 3f, 2f, 1.4f}, rows))));
    }
}
