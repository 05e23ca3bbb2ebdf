package pk.gov.mashwara.draft;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.domain.DraftVersionRepository;
import pk.gov.mashwara.draft.storage.FileStore;

/**
 * At start-up, removes stored files that neither a version nor another module's table refers to (left by a
 * crash between writing a file and committing its row) once they are older than the grace period, and warns
 * about referenced files that are missing.
 */
@Component
class StoreMaintenance {

    private static final Logger log = LoggerFactory.getLogger(StoreMaintenance.class);

    private final FileStore store;
    private final DraftVersionRepository versions;
    private final List<StoredFileReferences> others;

    StoreMaintenance(FileStore store, DraftVersionRepository versions, List<StoredFileReferences> others) {
        this.store = store;
        this.versions = versions;
        this.others = others;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void sweepOrphans() {
        var referenced = new HashSet<>(versions.findAllSha256());
        others.forEach(o -> referenced.addAll(o.referencedSha256()));
        try {
            var removed = store.sweep(referenced);
            if (removed > 0) {
                log.info("File store sweep removed {} unreferenced file(s)", removed);
            }
        } catch (IOException e) {
            log.warn("File store sweep failed; it will be tried again at the next start", e);
        }
        referenced.stream().filter(sha -> !store.contains(sha))
                .forEach(sha -> log.error("Stored file {} is referenced but missing from the store", sha));
    }
}
