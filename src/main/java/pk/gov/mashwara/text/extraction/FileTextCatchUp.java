package pk.gov.mashwara.text.extraction;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.text.TextedFiles;

/**
 * At start, queues every attached file whose text a module searches ({@link TextedFiles}) and that has no job yet:
 * files attached before their text was extracted (existing databases, the demo data), or whose queueing after the
 * attachment was lost to a crash. Off the start-up thread; nothing when extraction is switched off.
 */
@Component
class FileTextCatchUp {

    private static final Logger log = LoggerFactory.getLogger(FileTextCatchUp.class);

    private final List<TextedFiles> sources;
    private final StoredFileTexts files;
    private final ExtractionProperties properties;

    FileTextCatchUp(List<TextedFiles> sources, StoredFileTexts files, ExtractionProperties properties) {
        this.sources = sources;
        this.files = files;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.enabled()) {
            Thread.ofVirtual().name("file-text-catch-up").start(this::catchUp);
        }
    }

    /** Queues the files that have no job; returns how many it queued. */
    int catchUp() {
        var queued = 0;
        try {
            for (var source : sources) {
                for (var sha : source.textedSha256()) {
                    if (sha != null && files.queue(sha)) {
                        queued++;
                    }
                }
            }
            if (queued > 0) {
                log.info("Attached files queued for extraction at start: {}", queued);
            }
        } catch (RuntimeException e) {
            log.error("Attached files could not be queued for extraction at start (the next start tries again)", e);
        }
        return queued;
    }
}
