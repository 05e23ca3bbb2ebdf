package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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

/**
 * Keeps a Lucene index whose documents are grouped by draft in step with the database, the one truth it is
 * derived from. At start-up it checks the index in the background and rebuilds it when it is missing, damaged,
 * of another schema or holds another number of documents than the database says it should. A rebuild writes a
 * new generation beside the old one and switches over when complete. A draft's documents are always written
 * together, from the database as it is then; changes arriving while the index is not ready are held (as draft
 * ids) and applied once it is, so a rebuild never misses an update made during it.
 *
 * <p>Subclasses say what the documents are: how many there should be, those of one draft, and all of them
 * page by page for a rebuild.
 */
public abstract class DraftIndexMaintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DraftIndexMaintenance.class);

    /** Drafts read per page while rebuilding. */
    protected static final int PAGE = 100;

    /** A draft and all its documents. */
    public record DraftDocuments(long draftId, List<Document> documents) {
    }

    /**
     * Something staged in the index under the maintenance's lock (with {@link LuceneIndex#stageDraft} or
     * {@link LuceneIndex#stageVersion}); returns the change's number, whose commit is awaited outside the lock.
     */
    @FunctionalInterface
    protected interface IndexWrite {
        long apply(LuceneIndex index) throws IOException;
    }

    private final String name;
    private final LuceneIndex index;
    private final ExecutorService worker;
    private final Object lock = new Object();
    private final Set<Long> held = new LinkedHashSet<>();
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "start-up check");
    /** Wait before trying a failed rebuild again; doubled after each failure, up to {@link #LONGEST_RETRY_WAIT}. */
    private volatile Duration firstRetryWait = Duration.ofSeconds(30);
    private int failedRebuilds;
    /** Times each change written ({@code mashwara.index.write}, tag {@code index}); none until metrics are given. */
    private volatile io.micrometer.core.instrument.Timer writes;
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofMinutes(10);

    /** {@code name} says which index this is in the log and in reasons, e.g. "search index". */
    protected DraftIndexMaintenance(String name, LuceneIndex index) {
        this.name = name;
        this.index = index;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, name.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How many documents the index should hold, by the database. */
    protected abstract long expectedDocuments();

    /** All documents of one draft as the database has them now; none for a draft that is gone. */
    protected abstract List<Document> documents(long draftId);

    /** Every draft with documents, page by page in a stable order; an empty page ends the walk. */
    protected abstract List<DraftDocuments> page(int page, int size);

    /**
     * The index was just opened or rebuilt, with the drafts held meanwhile written afresh (under the lock): what a
     * subclass remembers of what it wrote before may go.
     */
    protected void rebuilt() {
    }

    public IndexStatus status() {
        return status;
    }

    /** How many documents the open index holds now; -1 while it is not open (checked or rebuilt). */
    public long documentCount() {
        if (!index.isOpen()) {
            return -1;
        }
        try {
            return index.numDocs();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Times every change written to this index from now on in {@code registry}. */
    public void timeWritesIn(io.micrometer.core.instrument.MeterRegistry registry) {
        writes = io.micrometer.core.instrument.Timer.builder("mashwara.index.write")
                .tag("index", name.replace(' ', '-'))
                .description("A draft's or a version's documents written to the index (one change, under its lock;"
                        + " its commit, shared with the changes around it, not included)")
                .register(registry);
        index.countCommitsIn(registry, name.replace(' ', '-'));
    }

    protected LuceneIndex index() {
        return index;
    }

    /** Checks the index and opens or rebuilds it, in the background. */
    public Future<?> startUp() {
        return worker.submit(this::checkAndOpen);
    }

    /** Rebuilds the index from the database in the background; a rebuild already under way is not restarted. */
    public Future<?> rebuild(String reason) {
        synchronized (lock) {
            if (status.state() == State.REBUILDING) {
                return CompletableFuture.completedFuture(null);
            }
            // Searches stop answering from now on, not only once the worker gets to it
            status = new IndexStatus(State.REBUILDING, 0, 0, reason);
        }
        return worker.submit(() -> rebuildNow(reason));
    }

    /** Writes all documents of the draft again, as the database has them now. */
    public void reindexDraft(long draftId) {
        write(draftId, idx -> idx.stageDraft(draftId, documents(draftId)));
    }

    /**
     * Applies a change concerning one draft now if the index is ready, and returns once it is committed and
     * searchable; otherwise the draft is held and all its documents are written once the index is. Changes are
     * staged one at a time, in order, under the lock (the later reading of the database wins); their commit is
     * awaited outside it, so that changes arriving together share one commit.
     */
    protected void write(long draftId, IndexWrite change) {
        long staged;
        synchronized (lock) {
            if (!status.ready()) {
                held.add(draftId);
                return;
            }
            long start = System.nanoTime();
            try {
                staged = change.apply(index);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                var timer = writes;
                if (timer != null) {
                    timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            }
        }
        try {
            index.awaitCommitted(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkAndOpen() {
        var health = index.inspect();
        if (health != IndexHealth.OK) {
            rebuildNow(name + " " + health.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            return;
        }
        String reason;
        synchronized (lock) {
            try {
                index.open();
                // staged one after another, then committed together
                long[] last = { 0 };
                applyHeld((draftId, documents) -> last[0] = index.stageDraft(draftId, documents));
                if (last[0] > 0) {
                    index.awaitCommitted(last[0]);
                }
                rebuilt();
                long expected = expectedDocuments();
                int actual = index.numDocs();
                if (expected == actual) {
                    status = new IndexStatus(State.READY, actual, actual, null);
                    log.info("{} ready: {} documents", capitalised(), actual);
                    return;
                }
                reason = name + " holds " + actual + " documents, the database " + expected;
            } catch (IOException | RuntimeException e) {
                log.warn("{} could not be opened: {}", capitalised(), e.toString());
                reason = name + " could not be opened";
            }
        }
        rebuildNow(reason);
    }

    private void rebuildNow(String reason) {
        log.info("Rebuilding the {}: {}", name, reason);
        long total = expectedDocuments();
        status = new IndexStatus(State.REBUILDING, 0, total, reason);
        try (var generation = index.newGeneration()) {
            long done = 0;
            for (int page = 0;; page++) {
                var drafts = page(page, PAGE);
                if (drafts.isEmpty()) {
                    break;
                }
                for (var draft : drafts) {
                    generation.replaceDraft(draft.draftId(), draft.documents());
                    done += draft.documents().size();
                    status = new IndexStatus(State.REBUILDING, done, Math.max(total, done), reason);
                }
            }
            synchronized (lock) {
                applyHeld(generation::replaceDraft);
                index.switchTo(generation);
                rebuilt();
                int count = index.numDocs();
                status = new IndexStatus(State.READY, count, count, null);
                failedRebuilds = 0;
                log.info("{} rebuilt: {} documents", capitalised(), count);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the " + name + " failed", e);
            status = new IndexStatus(State.FAILED, 0, total, "rebuild failed: " + e);
            retryLater(reason);
        }
    }

    /**
     * A rebuild that failed (the database did not answer in time, the disk was full) is tried again by itself,
     * after 30 s, then twice as long each time up to 10 minutes: searches answer "unavailable" meanwhile, and
     * nobody has to restart the portal once the cause has passed.
     */
    private void retryLater(String reason) {
        if (worker.isShutdown()) {
            return;
        }
        var wait = firstRetryWait.multipliedBy(1L << Math.min(failedRebuilds, 20));
        if (wait.compareTo(LONGEST_RETRY_WAIT) > 0) {
            wait = LONGEST_RETRY_WAIT;
        }
        failedRebuilds++;
        log.warn("{}: trying the rebuild again in {} s", capitalised(), wait.toSeconds());
        CompletableFuture.delayedExecutor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
            if (!worker.isShutdown() && status.state() == State.FAILED) {
                rebuild("after a failed rebuild (" + reason + ")");
            }
        });
    }

    /** For tests: how long the first wait before trying a failed rebuild again is. */
    void retryAfter(Duration wait) {
        firstRetryWait = wait;
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

    private String capitalised() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Stops the background work; subclasses that own their index close it too. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
