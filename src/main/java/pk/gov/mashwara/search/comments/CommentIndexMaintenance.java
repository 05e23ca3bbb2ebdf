package pk.gov.mashwara.search.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.search.IndexStatus;
import pk.gov.mashwara.search.IndexStatus.State;
import pk.gov.mashwara.search.index.IndexHealth;
import pk.gov.mashwara.search.index.LuceneIndex;

/**
 * Keeps the comment index in step with the database, as the document index is kept: checked in the background at
 * start-up and rebuilt when missing, damaged, of another schema or holding another number of comments than the
 * database. A draft's comments are always rewritten together from the database (deleted by draft, added again),
 * so an edit, a retraction, a thread moved to a new version or a submission that widens who may read them all
 * take effect the same way. Changes arriving while the index is not ready are held and applied once it is.
 */
public class CommentIndexMaintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommentIndexMaintenance.class);

    private final Path directory;
    private final LuceneIndex index;
    private final CommentIndexSource source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "comment-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final Set<Long> held = new LinkedHashSet<>();
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "start-up check");

    /** The index in {@code directory} (created when missing), which this maintenance owns and closes. */
    CommentIndexMaintenance(Path directory, CommentIndexSource source) {
        this.directory = directory;
        this.index = new LuceneIndex(directory);
        this.source = source;
    }

    public IndexStatus status() {
        return status;
    }

    LuceneIndex index() {
        return index;
    }

    Path directory() {
        return directory;
    }

    /** Checks the index and opens or rebuilds it, in the background. */
    public Future<?> startUp() {
        return worker.submit(this::checkAndOpen);
    }

    /** Rebuilds the index from the database in the background; a rebuild under way is not restarted. */
    public Future<?> rebuild(String reason) {
        synchronized (lock) {
            if (status.state() == State.REBUILDING) {
                return CompletableFuture.completedFuture(null);
            }
            status = new IndexStatus(State.REBUILDING, 0, 0, reason);
        }
        return worker.submit(() -> rebuildNow(reason));
    }

    /** Writes all comments of the draft again, as the database has them now. */
    public void reindexDraft(long draftId) {
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

    private void checkAndOpen() {
        var health = index.inspect();
        if (health != IndexHealth.OK) {
            rebuildNow("comment index " + health.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            return;
        }
        String reason;
        synchronized (lock) {
            try {
                index.open();
                applyHeld(index::replaceDraft);
                long expected = source.count();
                int actual = index.numDocs();
                if (expected == actual) {
                    status = new IndexStatus(State.READY, actual, actual, null);
                    log.info("Comment index ready: {} comments", actual);
                    return;
                }
                reason = "comment index holds " + actual + " comments, the database " + expected;
            } catch (IOException | RuntimeException e) {
                log.warn("Comment index could not be opened: {}", e.toString());
                reason = "comment index could not be opened";
            }
        }
        rebuildNow(reason);
    }

    private void rebuildNow(String reason) {
        log.info("Rebuilding the comment index: {}", reason);
        try (var generation = index.newGeneration()) {
            var drafts = source.draftsWithComments();
            long done = 0;
            status = new IndexStatus(State.REBUILDING, 0, drafts.size(), reason);
            for (var draftId : drafts) {
                generation.replaceDraft(draftId, documents(draftId));
                status = new IndexStatus(State.REBUILDING, ++done, drafts.size(), reason);
            }
            synchronized (lock) {
                applyHeld(generation::replaceDraft);
                index.switchTo(generation);
                int count = index.numDocs();
                status = new IndexStatus(State.READY, count, count, null);
                log.info("Comment index rebuilt: {} comments of {} drafts", count, done);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the comment index failed", e);
            status = new IndexStatus(State.FAILED, 0, 0, "rebuild failed: " + e);
        }
    }

    @FunctionalInterface
    private interface DraftWriter {
        void replace(long draftId, List<Document> documents) throws IOException;
    }

    private void applyHeld(DraftWriter writer) throws IOException {
        for (var draftId : List.copyOf(held)) {
            writer.replace(draftId, documents(draftId));
            held.remove(draftId);
        }
    }

    private List<Document> documents(long draftId) {
        // A draft that is gone leaves no comments behind
        return source.draft(draftId)
                .map(draft -> source.comments(draftId).stream().map(c -> CommentSchema.document(draft, c)).toList())
                .orElse(List.of());
    }

    /** Stops the background work and closes the index, which this maintenance owns. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            index.close();
        } catch (IOException e) {
            // the index is checked at the next start anyway
            log.warn("Comment index could not be closed: {}", e.toString());
        }
    }
}
