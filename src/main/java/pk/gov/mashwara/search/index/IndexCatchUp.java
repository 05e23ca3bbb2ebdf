package pk.gov.mashwara.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.text.FinishedExtractions;
import pk.gov.mashwara.text.FinishedExtractions.Finished;

/**
 * Indexes the text of versions another portal extracted. Portals sharing one database share its extraction queue:
 * a version uploaded here may be extracted by another portal, whose {@code TextExtracted} is heard only there.
 * Every few seconds this reads the extractions that ended since it last looked and writes again those this portal
 * has not indexed yet (those it ran itself it indexed when it heard of them, and {@link #indexed} says so).
 *
 * <p>It looks back a margin behind the last end it saw, since a job's end is stamped before its transaction
 * commits and by the clock of the portal that ran it; what it has already written in that margin it remembers and
 * skips. The mark never runs ahead of this portal's own clock: one portal whose clock runs ahead (or a stamp from the
 * future) would otherwise hide every end the others stamp afterwards.
 */
@Component
@ConditionalOnProperty(name = "mashwara.index.enabled", havingValue = "true", matchIfMissing = true)
class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private static final int BATCH = 500;

    private final FinishedExtractions finished;
    private final IndexMaintenance maintenance;
    private final Duration margin;
    /** Extractions written to the index within the margin behind {@link #lastSeen}. */
    private final Set<Finished> written = new HashSet<>();
    private Instant lastSeen;

    IndexCatchUp(FinishedExtractions finished, IndexMaintenance maintenance,
            @Value("${mashwara.index.catch-up-margin:PT30S}") Duration margin) {
        this.finished = finished;
        this.maintenance = maintenance;
        this.margin = margin;
        // What ended before this portal started is in the index already (or the start-up check rebuilds it)
        this.lastSeen = Instant.now();
    }

    /** This portal indexed the version's text on hearing that its extraction ended at {@code finishedAt}. */
    synchronized void indexed(long draftId, int versionNumber, Instant finishedAt) {
        written.add(new Finished(draftId, versionNumber, finishedAt));
    }

    @Scheduled(fixedDelayString = "${mashwara.index.catch-up:PT2S}", initialDelayString = "${mashwara.index.catch-up:PT2S}")
    void catchUp() {
        try {
            var caught = 0;
            var since = since();
            java.util.List<Finished> page;
            var number = 0;
            do {
                page = finished.finishedSince(since, number++, BATCH);
                for (var end : page) {
                    if (remember(end)) {
                        maintenance.versionExtracted(end.draftId(), end.versionNumber());
                        caught++;
                    }
                }
            } while (page.size() == BATCH);
            forgetBefore(since());
            if (caught > 0) {
                log.debug("Indexed the text of {} version(s) extracted by another portal", caught);
            }
        } catch (RuntimeException e) {
            // the database may be away for a while; the next look tries again from the same point
            log.warn("Could not look for versions extracted elsewhere: {}", e.getMessage());
        }
    }

    private synchronized Instant since() {
        return lastSeen.minus(margin);
    }

    /** Whether the end is new to this portal; notes it either way. */
    private synchronized boolean remember(Finished end) {
        // never ahead of this portal's own clock: an end stamped by a portal whose clock runs ahead would otherwise
        // move the mark past every end the others stamp afterwards, and those would never be indexed here
        var now = Instant.now();
        var seen = end.finishedAt().isBefore(now) ? end.finishedAt() : now;
        if (seen.isAfter(lastSeen)) {
            lastSeen = seen;
        }
        return written.add(end);
    }

    private synchronized void forgetBefore(Instant since) {
        written.removeIf(end -> end.finishedAt().isBefore(since));
    }
}
