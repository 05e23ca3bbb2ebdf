package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.search.IndexStatus;
import pk.gov.mashwara.search.IndexStatus.State;

/**
 * Keeps the index in step with the database. At start-up it checks the index in the background and rebuilds it
 * when it is missing, damaged, of another schema or holds another number of documents than there are versions.
 * Changes arriving while the index is not ready are held (as draft ids) and applied from the database once it
 * is, so a rebuild never misses an update that happened during it.
 */
public class IndexMaintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int PAGE = 100;

    private final LuceneIndex index;
    private final IndexSource source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final Set<Long> held = new LinkedHashSet<>();
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "start-up check");

    public IndexMaintenance(LuceneIndex index, IndexSource source) {
        this.index = index;
        this.source = source;
    }

    public IndexStatus status() {
        return status;
    }

    /** Checks the index and opens or rebuilds it, in the background. */
    public Future<?> startUp() {
        return worker.submit(this::checkAndOpen);
    }

    /** Rebuilds the index from the database in the background; a rebuild already under way is not restarted. */
    public Future<?> rebuild(String reason) {
        synchronized (lock) {
            if (status.state() == State.REBUILDING) {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }
            // Searches stop answering from now on, not only once the worker gets to it
            status = new IndexStatus(State.REBUILDING, 0, 0, reason);
        }
        return worker.submit(() -> rebuildNow(reason));
    }

    /** A draft changed (new version, new status): all its documents are written again. */
    public void draftChanged(long draftId) {
        synchronized (lock) {
            if (!status.ready()) {
                held.add(draftId);
                return;
            }
            try {
                index.replaceDraft(draftId, documents(draftId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A version's extraction ended: its document is written again with the text. */
    public void versionExtracted(long draftId, int version) {
        synchronized (lock) {
            if (!status.ready()) {
                held.add(draftId);
                return;
            }
            var draft = source.draft(draftId);
            var info = draft.flatMap(d -> d.versions().stream().filter(v -> v.number() == version).findFirst());
            try {
                if (info.isPresent()) {
                    index.replaceVersion(draftId, version,
                            IndexSchema.document(draft.get(), info.get(), source.text(draftId, version)));
                } else {
                    index.replaceDraft(draftId, documents(draftId));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void checkAndOpen() {
        var health = index.inspect();
        if (health != IndexHealth.OK) {
            rebuildNow("index " + health.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            return;
        }
        long expected;
        int actual;
        synchronized (lock) {
            try {
                index.open();
                applyHeld(index::replaceDraft);
                expected = source.countVersions();
                actual = index.numDocs();
                if (expected == actual) {
                    status = new IndexStatus(State.READY, actual, actual, null);
                    log.info("Search index ready: {} documents", actual);
                    return;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Search index could not be opened: {}", e.toString());
                expected = -1;
                actual = -1;
            }
        }
        rebuildNow(expected < 0 ? "index could not be opened"
                : "index holds " + actual + " documents, the database " + expected + " versions");
    }

    private void rebuildNow(String reason) {
        log.info("Rebuilding the search index: {}", reason);
        long total = source.countVersions();
        status = new IndexStatus(State.REBUILDING, 0, total, reason);
        try (var generation = index.newGeneration()) {
            long done = 0;
            for (int page = 0;; page++) {
                var drafts = source.drafts(page, PAGE);
                if (drafts.isEmpty()) {
                    break;
                }
                for (var draft : drafts) {
                    generation.replaceDraft(draft.id(), IndexSchema.documents(draft, v -> source.text(draft.id(), v.number())));
                    done += draft.versions().size();
                    status = new IndexStatus(State.REBUILDING, done, Math.max(total, done), reason);
                }
            }
            synchronized (lock) {
                applyHeld(generation::replaceDraft);
                index.switchTo(generation);
                status = new IndexStatus(State.READY, done, done, null);
            }
            log.info("Search index rebuilt: {} documents", done);
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
            status = new IndexStatus(State.FAILED, 0, total, "rebuild failed: " + e);
        }
    }

    @FunctionalInterface
    private interface DraftWriter {
        void replace(long draftId, List<org.apache.lucene.document.Document> documents) throws IOException;
    }

    private void applyHeld(DraftWriter writer) throws IOException {
        for (var draftId : List.copyOf(held)) {
            writer.replace(draftId, documents(draftId));
            held.remove(draftId);
        }
    }

    private List<org.apache.lucene.document.Document> documents(long draftId) {
        // A draft that is gone (never committed) leaves no documents behind
        return source.draft(draftId)
                .map(d -> IndexSchema.documents(d, v -> source.text(draftId, v.number())))
                .orElse(List.of());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
