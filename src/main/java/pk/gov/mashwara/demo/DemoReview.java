package pk.gov.mashwara.demo;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.text.TextExtracted;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Gives the demonstration a review in progress: once the text of the PTA's submitted demo draft is extracted,
 * NSMCWG members comment on two of its passages and on the draft as a whole, the PTA replies (mentioning a
 * member), and the secretary accepts one point. Done once, through the ordinary services, as the demo users.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoReview {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);

    private final DraftCatalog catalog;
    private final VersionTexts texts;
    private final ReviewService review;
    private final ThreadActions actions;
    private final UserDetailsService users;

    DemoReview(DraftCatalog catalog, VersionTexts texts, ReviewService review, ThreadActions actions,
            UserDetailsService users) {
        this.catalog = catalog;
        this.texts = texts;
        this.review = review;
        this.actions = actions;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(TextExtracted event) {
        var draft = catalog.snapshot(event.draftId()).orElse(null);
        if (draft == null || !"PTA".equals(draft.committeeCode()) || !draft.submitted()
                || draft.versions().getFirst().number() != event.versionNumber() || !event.status().hasText()) {
            return;
        }
        var member = as("nsmcwg.member");
        if (member == null || !RunAs.user(member, () -> review.allThreads(draft.id())).isEmpty()) {
            return;
        }
        var version = event.versionNumber();
        var sentences = sentences(texts.text(draft.id(), version).orElse(""));
        if (sentences.size() < 4) {
            return;
        }
        var first = RunAs.user(member, () -> actions.start(new NewThread(draft.id(), version, quote(sentences.get(1)),
                "This obligation needs a clear timeline and a named officer; please specify both.", false)));
        var reply = RunAs.user(as("pta.drafter"), () -> actions.reply(first.id(), first.opening().id(),
                "Agreed. We will name the grievance officer and set 48 hours. @nsmcwg.member, does that meet your concern?"));
        RunAs.user(as("nsmcwg.secretary"), () -> actions.resolve(first.id(), reply.version(), Resolution.ACCEPTED,
                "The committee will revise the clause as proposed."));
        RunAs.user(as("nsmcwg.member2"), () -> actions.start(new NewThread(draft.id(), version, quote(sentences.get(3)),
                "Should this not follow the Law Division's vetting? The wording goes beyond the parent statute.", false)));
        RunAs.user(member, () -> actions.start(new NewThread(draft.id(), version, null,
                "Overall the draft is welcome; the consultation with PEMRA should be recorded.", false)));
        log.info("Demonstration review threads added to draft {}", draft.id());
    }

    private static Selection quote(String sentence) {
        return new Selection(null, null, sentence, null, null, null);
    }

    /** Sentences long enough to comment on, each found once in the text. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.;:])\\s+")).map(String::strip)
                .filter(s -> s.length() >= 40 && s.length() <= 300 && !s.contains("\n"))
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
