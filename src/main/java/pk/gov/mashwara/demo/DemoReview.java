package pk.gov.mashwara.demo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.InputService;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.text.TextExtracted;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Gives the demonstration its reviews, once each draft whose review the seeder opened has both its review open and
 * its text (whichever comes second): NSMCWG members comment on passages of the text, the committee replies, the
 * secretary decides each point; then, as far as the draft's part of the story goes ({@link DemoDataSeeder#STAGE}),
 * the secretary closes the review and sends it for clearance, the focal person clears the input, and the committee
 * takes it up and starts its consultations. Every step through the ordinary services and routing, as the demo user
 * whose step it is, so that each draft's history is one the rules allow and its threads are those of its review.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoReview {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);

    private final DraftCatalog catalog;
    private final DraftService drafts;
    private final VersionTexts texts;
    private final ReviewService review;
    private final ThreadActions actions;
    private final RoutingService routing;
    private final InputService inputs;
    private final UserDetailsService users;
    /** Drafts whose review this portal has started telling: each once, however the two events interleave. */
    private final Set<Long> told = new HashSet<>();
    /**
     * Drafts the seeder put under review, until their review is told: looked at again now and then, so that a review
     * is told even when its text was extracted before the review opened and the events came in the other order.
     */
    private final Set<Long> awaited = java.util.concurrent.ConcurrentHashMap.newKeySet();

    DemoReview(DraftCatalog catalog, DraftService drafts, VersionTexts texts, ReviewService review,
            ThreadActions actions, RoutingService routing, InputService inputs,
            UserDetailsService users) {
        this.inputs = inputs;
        this.catalog = catalog;
        this.drafts = drafts;
        this.texts = texts;
        this.review = review;
        this.actions = actions;
        this.routing = routing;
        this.users = users;
    }

    /** The drafts whose review is still to be told. */
    Set<Long> awaiting() {
        return Set.copyOf(awaited);
    }

    /** The seeder opened this draft's review: it is told once its text is there. */
    void await(long draftId) {
        awaited.add(draftId);
    }

    /**
     * A portal that starts on a demonstration seeded earlier (by itself before a restart, or by another portal on the
     * same database, whose extractor may have taken the texts before it could tell their reviews) tells the reviews
     * still untold: the seeded drafts under review whose review has no thread yet ({@link #tell} looks again). A demo
     * draft is known by its title and its committee's part in the story; two portals starting together on one
     * demonstration could both tell the same review.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void resume() {
        var titles = new HashSet<>(pk.gov.mashwara.demo.documents.DemoDocuments.titles());
        var size = 200;
        for (var page = 0;; page++) {
            var batch = catalog.inStatus(DraftStatus.UNDER_REVIEW, page, size);
            batch.stream()
                    .filter(d -> titles.contains(d.title()))
                    .filter(d -> DemoDataSeeder.STAGE.get(d.committeeCode()) instanceof DemoDataSeeder.Stage stage
                            && stage.reviewed())
                    .forEach(d -> awaited.add(d.id()));
            if (batch.size() < size) {
                return;
            }
        }
    }

    @org.springframework.scheduling.annotation.Scheduled(initialDelay = 5, fixedDelay = 5,
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void catchUp() {
        for (var draftId : List.copyOf(awaited)) {
            try {
                tell(draftId);
            } catch (RuntimeException e) {
                awaited.remove(draftId);
                log.warn("The demonstration review of draft {} stopped where it stood: {}", draftId, e.getMessage());
            }
        }
    }

    @ApplicationModuleListener
    void on(TextExtracted event) {
        tell(event.draftId());
    }

    @ApplicationModuleListener
    void on(DraftStatusChanged event) {
        if (event.to() == DraftStatus.UNDER_REVIEW) {
            tell(event.draftId());
        }
    }

    private void tell(long draftId) {
        var draft = catalog.snapshot(draftId).orElse(null);
        var stage = draft == null ? null : DemoDataSeeder.STAGE.get(draft.committeeCode());
        if (draft == null || draft.status() != DraftStatus.UNDER_REVIEW || stage == null || !stage.reviewed()) {
            if (draft == null || draft.status() != DraftStatus.SUBMITTED) {
                // gone, or moved on by someone: nothing left to tell
                awaited.remove(draftId);
            }
            return;
        }
        // the review comments on the latest version
        var version = draft.versions().stream().mapToInt(v -> v.number()).max().orElse(1);
        if (!texts.status(draftId, version).hasText()) {
            return;
        }
        synchronized (told) {
            if (!told.add(draftId)) {
                return;
            }
        }
        awaited.remove(draftId);
        var member = as("nsmcwg.member");
        if (member == null || !RunAs.user(member, () -> review.allThreads(draftId)).isEmpty()) {
            return;
        }
        var sentences = sentences(texts.text(draftId, version).orElse(""));
        if (sentences.size() < 4) {
            log.info("Demonstration draft {} has too little text to comment on; its review stays empty", draftId);
            return;
        }
        var accepted = comment(draft, version, sentences);
        if (stage.ordinal() >= DemoDataSeeder.Stage.CLEARANCE.ordinal()) {
            toClearance(draftId);
        }
        var focal = as("focal.person");
        if (stage == DemoDataSeeder.Stage.CONSULTATIONS && focal != null && focal.isEnabled()) {
            // without the demo's focal person (another was already active) the draft waits for clearance
            clearAndConsult(draftId, draft.committeeCode(), focal, accepted);
        }
        log.info("Demonstration review of draft {} told up to {}", draftId, stage);
    }

    /** The members' points on the text and on the draft as a whole, the committee's reply, the secretary's decisions. */
    private long comment(DraftSnapshot draft, int version, List<String> sentences) {
        var drafter = as(draft.committeeCode().toLowerCase(java.util.Locale.ROOT) + ".drafter");
        var secretary = as("nsmcwg.secretary");
        var first = RunAs.user(as("nsmcwg.member"), () -> actions.start(new NewThread(draft.id(), version,
                quote(sentences.get(1)), "This obligation needs a clear timeline and a named officer; please specify both.",
                false)));
        var reply = RunAs.user(drafter, () -> actions.reply(first.id(), first.opening().id(),
                "Agreed. We will name the officer and set 48 hours. @nsmcwg.member, does that meet your concern?"));
        RunAs.user(secretary, () -> actions.resolve(first.id(), reply.version(), Resolution.ACCEPTED,
                "The committee will revise the clause as proposed."));
        var second = RunAs.user(as("nsmcwg.member2"), () -> actions.start(new NewThread(draft.id(), version,
                quote(sentences.get(3)),
                "Should this not follow the Law Division's vetting? The wording goes beyond the parent statute.", false)));
        var general = RunAs.user(as("nsmcwg.member"), () -> actions.start(new NewThread(draft.id(), version, null,
                "Overall the draft is welcome; the consultation with the stakeholders should be recorded.", false)));
        if (DemoDataSeeder.STAGE.get(draft.committeeCode()).ordinal() >= DemoDataSeeder.Stage.CLEARANCE.ordinal()) {
            // a review that goes on to consolidation decides every point
            RunAs.user(secretary, () -> actions.resolve(second.id(), second.version(), Resolution.DECLINED,
                    "The vetting is the Law Division's in the consultations that follow, not the working group's."));
            RunAs.user(secretary, () -> actions.resolve(general.id(), general.version(), Resolution.NOTED, null));
        }
        return first.id();
    }

    /**
     * The secretary closes the comments and the review, composes the working group's input from the review's decided
     * points (adding its conclusion) and sends it for clearance.
     */
    private void toClearance(long draftId) {
        var secretary = as("nsmcwg.secretary");
        act(secretary, draftId, "close-review", Map.of());
        RunAs.user(secretary, () -> {
            var prefilled = inputs.prefilled(draftId);
            return inputs.save(draftId, prefilled.revision(), prefilled.coveringNote(), prefilled.html()
                    + "<h2>Conclusion</h2><p>The NSMCWG has <strong>no objection</strong> to the notification of the "
                    + "draft, once the committee names the officer and sets the time limit, subject to the Law "
                    + "Division's vetting.</p>");
        });
        act(secretary, draftId, "send-for-clearance", Map.of());
    }

    /**
     * The focal person clears the input; the committee takes it up, records how it dealt with the accepted point
     * and sends the draft for its consultations.
     */
    private void clearAndConsult(long draftId, String committeeCode, MashwaraUser focal, long accepted) {
        // the clearance hashes the input the secretary composed
        act(focal, draftId, "clear", Map.of());
        var officer = as(committeeCode.toLowerCase(java.util.Locale.ROOT) + ".officer");
        act(officer, draftId, "take-up-input", Map.of());
        act(officer, draftId, "record-response", Map.of("threadId", Long.toString(accepted), "response",
                "Accepted: the officer is named in the rule and complaints are acknowledged within 48 hours."));
        act(officer, draftId, "start-consultations", Map.of("federalGovernmentPower", "yes"));
        // the platforms the rules bind are based abroad: the committee consults Foreign Affairs as well (Rule 8)
        RunAs.user(officer, () -> routing.act(draftId, "add-consultation", new ActionRequest(drafts.get(draftId).version(),
                "The rules bind platforms based abroad; Foreign Affairs is a division concerned (Rule 8).",
                Map.of("division", "MOFA"))));
    }

    private void act(MashwaraUser user, long id, String action, Map<String, String> details) {
        RunAs.user(user, () -> routing.act(id, action, new ActionRequest(drafts.get(id).version(), null, details)));
    }

    private static Selection quote(String sentence) {
        return new Selection(null, null, sentence, null, null, null);
    }

    /**
     * Sentences long enough to comment on, each found once in the text; a sentence of a PDF's text may run over a
     * line break, never over a blank line.
     */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.;:])\\s+|\\n\\s*\\n")).map(String::strip)
                .filter(s -> s.length() >= 40 && s.length() <= 300)
                .filter(s -> text.indexOf(s) == text.lastIndexOf(s)).toList();
    }

    private MashwaraUser as(String username) {
        try {
            return (MashwaraUser) users.loadUserByUsername(username);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
