package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.routing.domain.InputRevision;
import pk.gov.mashwara.routing.domain.InputRevisionRepository;
import pk.gov.mashwara.routing.domain.PointResponse;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;

/**
 * The working group's input on a draft: its revisions, the points of the review it comes from, the text
 * pre-filled from them, whether it has been composed in the current consolidation, and the final text the
 * focal person clears. Callers have checked the user's right to the draft.
 */
@Component
class InputDocuments {

    /** The longest quotation of a passage in the pre-filled text. */
    static final int QUOTE = 240;

    private final InputRevisionRepository revisions;
    private final ReviewService review;
    private final Responses responses;
    private final RoutingStepRepository steps;

    InputDocuments(InputRevisionRepository revisions, ReviewService review, Responses responses,
            RoutingStepRepository steps) {
        this.revisions = revisions;
        this.review = review;
        this.responses = responses;
        this.steps = steps;
    }

    Optional<InputRevision> latest(long draftId) {
        return revisions.findFirstByDraftIdOrderByNumberDesc(draftId);
    }

    List<InputRevision> all(long draftId) {
        return revisions.findByDraftIdOrderByNumberAsc(draftId);
    }

    /** The revision that was cleared at {@code signedAt}: the latest one saved by then. */
    Optional<InputRevision> clearedAt(long draftId, Instant signedAt) {
        return all(draftId).stream().filter(r -> !r.getSavedAt().isAfter(signedAt))
                .max(Comparator.comparingInt(InputRevision::getNumber));
    }

    /** Whether the input has been saved since the draft last came to consolidation (the guard input-composed). */
    boolean composedThisRound(DraftDetails draft) {
        var latest = latest(draft.id());
        if (latest.isEmpty()) {
            return false;
        }
        var consolidated = steps.findFirstByDraftIdAndToStatusOrderByIdDesc(draft.id(), DraftStatus.CONSOLIDATION)
                .map(s -> s.getActedAt());
        return consolidated.map(at -> !latest.get().getSavedAt().isBefore(at)).orElse(true);
    }

    /** What the focal person clears: the covering note and the text as they stand. */
    String finalText(DraftDetails draft) {
        return latest(draft.id()).map(InputDocuments::finalText)
                .orElseThrow(() -> new InvalidInputException("error.input.notComposed"));
    }

    static String finalText(InputRevision revision) {
        return revision.getCoveringNote() + "\n\n" + revision.getBody();
    }

    /**
     * The resolved points the current user sees, other than a committee's internal notes: the accepted in the
     * order of the text (the draft as a whole first, then by where the passage starts), then the declined, then
     * the noted; each accepted one with the committee's latest response.
     */
    List<InputDocument.Point> points(long draftId) {
        var answered = new HashMap<Long, PointResponse>();
        responses.recorded(draftId).forEach(r -> answered.put(r.getThreadId(), r));
        var resolved = review.allThreads(draftId).stream()
                .filter(t -> t.resolution() != null && !t.open() && !t.internal())
                .sorted(Comparator.comparing((ThreadView t) -> order(t.resolution()))
                        .thenComparing(t -> t.passage() == null ? -1 : t.passage().start())
                        .thenComparing(ThreadView::id))
                .toList();
        var points = new ArrayList<InputDocument.Point>();
        for (var t : resolved) {
            var opening = t.comments().isEmpty() ? null : t.opening().body();
            var response = t.resolution() == Resolution.ACCEPTED ? answered.get(t.id()) : null;
            points.add(new InputDocument.Point(t.id(), t.versionNumber(), opening,
                    t.comments().isEmpty() ? t.startedBy() : t.opening().authorName(), t.resolution(),
                    t.resolutionReason(), t.resolver() == null ? t.resolvedBy() : t.resolver().name(),
                    t.passage() == null ? null : t.passage().exact(), t.passage() == null ? null : t.passage().page(),
                    t.passage() == null ? null : t.passage().start(),
                    response == null ? null : new InputDocument.Response(response.getResponse(),
                            response.getRecordedBy(), response.getRecordedAt())));
        }
        return points;
    }

    private static int order(Resolution resolution) {
        return switch (resolution) {
            case ACCEPTED -> 0;
            case DECLINED -> 1;
            case NOTED -> 2;
        };
    }

    /** The covering note the secretary starts from. */
    static String prefilledNote(DraftDetails draft, Locale locale) {
        return Messages.get(locale, "input.prefill.note", draft.title(),
                draft.diaryNumber() == null ? "—" : draft.diaryNumber());
    }

    /**
     * The text the secretary starts from: the accepted points grouped by passage in the order of the text, each
     * with the NSMCWG's position and reason; then the declined and the noted points apart.
     */
    static String prefilledText(List<InputDocument.Point> points, Locale locale) {
        var html = new StringBuilder();
        for (var position : Resolution.values()) {
            var these = points.stream().filter(p -> p.position() == position).toList();
            if (these.isEmpty()) {
                continue;
            }
            html.append("<h2>").append(esc(Messages.get(locale, "input.prefill.section." + position))).append("</h2>");
            // one heading per passage, in the order the points come (the text's, for accepted points)
            var byPassage = new LinkedHashMap<String, List<InputDocument.Point>>();
            for (var p : these) {
                byPassage.computeIfAbsent(p.passage() == null ? "" : p.start() + ":" + p.passage(),
                        k -> new ArrayList<>()).add(p);
            }
            for (var group : byPassage.values()) {
                var first = group.getFirst();
                html.append("<h3>").append(esc(heading(first, locale))).append("</h3><ul>");
                for (var p : group) {
                    html.append("<li><strong>").append(esc(Messages.get(locale, "resolution." + p.position())))
                            .append(".</strong> ").append(esc(Objects.requireNonNullElse(p.said(), "")).strip());
                    if (p.reason() != null && !p.reason().isBlank()) {
                        html.append(" <em>").append(esc(Messages.get(locale, "input.prefill.reason", p.reason().strip())))
                                .append("</em>");
                    }
                    html.append("</li>");
                }
                html.append("</ul>");
            }
        }
        if (html.isEmpty()) {
            html.append("<p>").append(esc(Messages.get(locale, "input.prefill.noPoints"))).append("</p>");
        }
        return InputHtml.clean(html.toString());
    }

    private static String heading(InputDocument.Point p, Locale locale) {
        if (p.passage() == null) {
            return Messages.get(locale, "input.prefill.wholeDraft");
        }
        var quote = p.passage().strip().replaceAll("\\s+", " ");
        if (quote.length() > QUOTE) {
            quote = quote.substring(0, QUOTE - 1) + "…";
        }
        return p.page() == null ? "“" + quote + "”" : Messages.get(locale, "input.prefill.passage", p.page(), quote);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
