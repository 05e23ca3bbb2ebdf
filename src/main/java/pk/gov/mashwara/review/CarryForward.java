package pk.gov.mashwara.review;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.anchoring.Relocator;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.text.TextExtracted;
import pk.gov.mashwara.text.VersionTexts;

/**
 * When the text of a new version is ready, every open thread of the draft moves to it: onto its passage where
 * it is found (exactly, or changed and marked moved), marked outdated where it is not. Resolved threads stay on
 * the version they were resolved on. This runs after the upload and its extraction have committed, so it never
 * holds up an upload; the event registry runs it again if the portal stops half-way.
 */
@Component
class CarryForward {

    static final String ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(CarryForward.class);

    private final ReviewThreadRepository threads;
    private final VersionTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CarryForward(ReviewThreadRepository threads, VersionTexts texts, Clock clock, ApplicationEventPublisher events) {
        this.threads = threads;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    private static Integer pageOf(int[] starts, int offset) {
        var page = VersionTexts.pageOf(starts, offset);
        return page.isPresent() ? page.getAsInt() : null;
    }

    @ApplicationModuleListener
    void on(TextExtracted event) {
        if (event.versionNumber() <= 1) {
            return;
        }
        var open = threads.findToCarry(event.draftId(), ThreadStatus.OPEN, event.versionNumber());
        if (open.isEmpty()) {
            return;
        }
        var text = event.status().hasText() ? texts.text(event.draftId(), event.versionNumber()).orElse(null) : null;
        var starts = text == null ? new int[0] : texts.pageStarts(event.draftId(), event.versionNumber());
        var now = clock.instant();
        int moved = 0;
        var oldTexts = new java.util.HashMap<Integer, String>();
        for (var thread : open) {
            var before = oldTexts.computeIfAbsent(thread.getVersionNumber(),
                    n -> texts.text(event.draftId(), n).orElse(null));
            var relocation = text == null ? null
                    : thread.anchor().map(a -> Relocator.relocate(a, text, before)).orElse(null);
            var page = relocation == null || relocation.anchor() == null ? null
                    : pageOf(starts, relocation.anchor().start());
            if (thread.carryForward(event.versionNumber(), relocation, page, ACTOR, now)) {
                moved++;
            }
        }
        threads.saveAll(open);
        if (moved > 0) {
            // the comments' version changes with their threads: the search links to the version they are on
            events.publishEvent(new ThreadsCarriedForward(event.draftId(), event.versionNumber(), moved, now));
        }
        log.info("Carried {} open thread(s) of draft {} forward to version {}", moved, event.draftId(),
                event.versionNumber());
    }
}
