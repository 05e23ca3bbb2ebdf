package pk.gov.mashwara.review;

import java.time.Clock;
import java.util.HashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.anchoring.SuggestionFinder;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.review.domain.SuggestionCheck;
import pk.gov.mashwara.review.domain.SuggestionCheckRepository;
import pk.gov.mashwara.text.TextExtracted;
import pk.gov.mashwara.text.VersionTexts;

/**
 * When the text of a new version is ready, every accepted suggestion of the draft made on an earlier version is
 * looked for in it ({@link SuggestionFinder}): incorporated, incorporated with changes, or not found; one verdict
 * per suggestion and version, kept. A version without text gives no verdicts (nothing can be told), nor does a
 * suggestion whose passage no longer stands in the text of the version it was accepted on (an outdated thread).
 * Runs after the upload and its extraction have committed; the event registry runs it again if the portal stops
 * half-way, and a verdict already written is not written twice.
 */
@Component
class SuggestionVerdicts {

    private static final Logger log = LoggerFactory.getLogger(SuggestionVerdicts.class);

    private final ReviewThreadRepository threads;
    private final SuggestionCheckRepository checks;
    private final VersionTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SuggestionVerdicts(ReviewThreadRepository threads, SuggestionCheckRepository checks, VersionTexts texts,
            Clock clock, ApplicationEventPublisher events) {
        this.threads = threads;
        this.checks = checks;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TextExtracted event) {
        if (event.versionNumber() <= 1 || !event.status().hasText()) {
            return;
        }
        var accepted = threads.findAcceptedSuggestions(event.draftId(), Resolution.ACCEPTED, event.versionNumber());
        if (accepted.isEmpty()) {
            return;
        }
        var text = texts.text(event.draftId(), event.versionNumber()).orElse(null);
        if (text == null) {
            return;
        }
        var now = clock.instant();
        var oldTexts = new HashMap<Integer, String>();
        int[] counts = new int[SuggestionVerdict.values().length];
        for (var thread : accepted) {
            if (checks.existsByThreadIdAndVersionNumber(thread.getId(), event.versionNumber())) {
                continue;
            }
            var before = oldTexts.computeIfAbsent(thread.getVersionNumber(),
                    n -> texts.text(event.draftId(), n).orElse(""));
            var verdict = check(thread, before, text);
            if (verdict == null) {
                continue;
            }
            checks.save(new SuggestionCheck(thread.getId(), event.draftId(), event.versionNumber(), verdict(verdict),
                    verdict.expected(), verdict.found(), verdict.start() < 0 ? null : verdict.start(), now));
            counts[verdict(verdict).ordinal()]++;
        }
        int total = counts[0] + counts[1] + counts[2];
        if (total > 0) {
            events.publishEvent(new SuggestionsChecked(event.draftId(), event.versionNumber(),
                    counts[SuggestionVerdict.INCORPORATED.ordinal()],
                    counts[SuggestionVerdict.INCORPORATED_WITH_CHANGES.ordinal()],
                    counts[SuggestionVerdict.NOT_FOUND.ordinal()], now));
        }
        log.info("Checked {} accepted suggestion(s) of draft {} against version {}", total, event.draftId(),
                event.versionNumber());
    }

    /** The finding for one accepted suggestion, or null when its passage is not where it was anchored. */
    static SuggestionFinder.Finding check(ReviewThread thread, String before, String after) {
        var anchor = thread.anchor().orElse(null);
        if (anchor == null || !anchor.matches(before)) {
            return null;
        }
        var wording = thread.getSuggestionAcceptedText() != null ? thread.getSuggestionAcceptedText()
                : thread.getSuggestionText();
        return switch (thread.getSuggestionKind()) {
            case REPLACE -> SuggestionFinder.find(before, anchor.start(), anchor.end(), wording, after);
            case DELETE -> SuggestionFinder.find(before, anchor.start(), anchor.end(), "", after);
            case INSERT_AFTER -> SuggestionFinder.find(before, anchor.end(), anchor.end(),
                    (Character.isWhitespace(before.charAt(anchor.end() - 1)) ? "" : " ") + wording, after);
        };
    }

    static SuggestionVerdict verdict(SuggestionFinder.Finding finding) {
        return switch (finding.outcome()) {
            case AS_PROPOSED -> SuggestionVerdict.INCORPORATED;
            case CHANGED -> SuggestionVerdict.INCORPORATED_WITH_CHANGES;
            case NOT_FOUND -> SuggestionVerdict.NOT_FOUND;
        };
    }
}
