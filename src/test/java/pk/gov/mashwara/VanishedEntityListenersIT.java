package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.review.CommentPosted;
import pk.gov.mashwara.review.ThreadShared;
import pk.gov.mashwara.review.ThreadStarted;
import pk.gov.mashwara.review.ThreadsCarriedForward;
import pk.gov.mashwara.support.EventPublications;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.TextExtracted;

/**
 * Events about a draft that is gone by the time the listeners get to them (a test's data removed, a draft deleted
 * in between): every listener — notifications, search and comment indexing, carrying threads forward, audit —
 * finishes with them quietly, logs no error and leaves no publication failed.
 */
@SpringBootTest
class VanishedEntityListenersIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void listen() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void listeners_finish_quietly_with_events_about_a_draft_that_is_gone() {
        // an id no draft has: far beyond any the test database hands out
        var draftId = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        var now = Instant.now();
        var published = List.of(new DraftCreated(draftId, 1, "Gone", "nobody.here", now),
                new VersionUploaded(draftId, 2, "ab".repeat(32), "application/pdf", 10, "gone.pdf", "nobody.here", now),
                new DraftStatusChanged(draftId, DraftStatus.SUBMITTED, DraftStatus.UNDER_REVIEW, "nobody.here", null, now),
                new pk.gov.mashwara.routing.RoutingActionTaken(draftId, "open-review", DraftStatus.SUBMITTED,
                        DraftStatus.UNDER_REVIEW, "nobody.here", null, null, now),
                new TextExtracted(draftId, 2, "ab".repeat(32), ExtractionStatus.DONE, 100, false, now),
                new ThreadStarted(draftId + 1, draftId, 2, false, "nobody.here", now),
                new CommentPosted(draftId + 1, draftId + 2, draftId, CommentPosted.Change.REPLIED, "nobody.here", now),
                new ThreadShared(draftId + 1, draftId, "nobody.here", now),
                new ThreadsCarriedForward(draftId, 2, 1, now));

        transactions.executeWithoutResult(status -> published.forEach(events::publishEvent));

        var mine = "%" + draftId + "%";
        EventPublications.awaitQuiet(jdbc, mine);
        assertThat(EventPublications.failed(jdbc, mine)).as("publications a listener failed on").isZero();
        var errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).filter(e -> published
                .stream().anyMatch(p -> e.getFormattedMessage().contains(p.getClass().getSimpleName())
                        || e.getFormattedMessage().contains(Long.toString(draftId))))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertThat(errors).isEmpty();
    }
}
