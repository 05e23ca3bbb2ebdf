package pk.gov.mashwara.text.extraction;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.text.FileTextExtracted;
import pk.gov.mashwara.text.extraction.domain.ExtractionJob;
import pk.gov.mashwara.text.extraction.domain.ExtractionJobRepository;

/**
 * Tells this portal of attached files whose extraction ended in another portal. Portals sharing one database share
 * its queue: a file attached here may be extracted by another portal, whose {@link FileTextExtracted} is heard only
 * there. Every few seconds this reads the file jobs that ended since it last looked and publishes the event here for
 * each it has not published yet, so that the records keeping the file are indexed again (a file this portal
 * extracted itself is announced a second time at most once: one more rewrite of its records, which is harmless).
 * As the versions' catch-up in the search, it looks back a margin behind the last end it saw, since an end is stamped
 * before its transaction commits and by the clock of the portal that ran it. Its mark never runs ahead of this
 * portal's own clock, so one portal whose clock runs ahead cannot hide the others' ends.
 */
@Component
class FileTextsElsewhere {

    private static final Logger log = LoggerFactory.getLogger(FileTextsElsewhere.class);
    private static final int BATCH = 500;

    private final ExtractionJobRepository jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final Duration margin;
    private final Set<String> announced = new HashSet<>();
    private Instant lastSeen = Instant.now();

    FileTextsElsewhere(ExtractionJobRepository jobs, ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${mashwara.index.catch-up-margin:PT30S}") Duration margin) {
        this.jobs = jobs;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.margin = margin;
    }

    @Scheduled(fixedDelayString = "${mashwara.index.catch-up:PT2S}", initialDelayString = "${mashwara.index.catch-up:PT2S}")
    synchronized void look() {
        try {
            var since = lastSeen.minus(margin);
            List<ExtractionJob> page;
            var number = 0;
            do {
                var at = number++;
                page = readOnly.execute(tx -> jobs.findByFileSha256IsNotNullAndFinishedAtGreaterThanEqualOrderByFinishedAtAscIdAsc(
                        since, PageRequest.of(at, BATCH)));
                for (var job : page) {
                    // never ahead of this portal's own clock: a portal whose clock runs ahead would otherwise move
                    // the mark past every end the others stamp afterwards
                    var seen = earlier(job.getFinishedAt(), Instant.now());
                    if (seen.isAfter(lastSeen)) {
                        lastSeen = seen;
                    }
                    if (announced.add(job.textStamp())) {
                        events.publishEvent(new FileTextExtracted(job.getSha256(), job.getStatus(), job.getFinishedAt()));
                    }
                }
            } while (page.size() == BATCH);
            var keepFrom = lastSeen.minus(margin);
            announced.removeIf(stamp -> finishedBefore(stamp, keepFrom));
        } catch (RuntimeException e) {
            // the database may be away for a while; the next look tries again from the same point
            log.warn("Could not look for attached files extracted elsewhere: {}", e.getMessage());
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Whether the job's stamp ({@link ExtractionJob#textStamp()}) says it ended before {@code instant}. */
    private static boolean finishedBefore(String stamp, Instant instant) {
        var parts = stamp.split(":");
        return parts.length > 3 && !parts[3].isEmpty() && Long.parseLong(parts[3]) < instant.toEpochMilli();
    }
}
