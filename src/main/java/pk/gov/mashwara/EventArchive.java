package pk.gov.mashwara;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the archive of the events between modules from growing without end. Every event a module publishes is stored
 * once for each listener until that listener has finished, and then moved to the archive
 * ({@code spring.modulith.events.completion-mode=archive}): a busy portal adds thousands of rows a day there. The archive
 * is a trace for working out what happened to an event lately, not the record of what users did (that is the audit
 * chain), so what was completed longer ago than {@code mashwara.events.archive-keep} (90 days by default) is deleted
 * once a day. Events not yet completed are never touched: they are delivered again at the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventArchive {

    private static final Logger LOG = LoggerFactory.getLogger(EventArchive.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventArchive(CompletedEventPublications completed, @Value("${mashwara.events.archive-keep:P90D}") Duration keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("mashwara.events.archive-keep must be a positive duration, e.g. P90D: "
                    + keep);
        }
        this.completed = completed;
        this.keep = keep;
    }

    /** Deletes the archived events completed longer ago than the time they are kept (every night at 03:30). */
    @Scheduled(cron = "${mashwara.events.archive-purge:0 30 3 * * *}")
    void purge() {
        completed.deletePublicationsOlderThan(keep);
        LOG.debug("Archived events completed more than {} ago deleted", keep);
    }

    Duration keep() {
        return keep;
    }
}
