package pk.gov.mashwara.search.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk: a root directory holding generations ({@code gen-<millis>}) and a {@code CURRENT} file that
 * names the one in use. A rebuild writes a new generation beside the old one and switches {@code CURRENT}
 * atomically, so a crash mid-rebuild leaves the old index (and a marker that asks for the rebuild again).
 * A write returns once it is committed and searchable: the index must not lag behind events the registry already
 * counts as handled. Writes arriving together share one commit ({@link #awaitCommitted}): commits are at least
 * {@code commitEvery} apart, so under load a burst of changes costs one commit and one searcher refresh, not one
 * each; a write after a quiet spell commits at once. Writers are serialised by {@link DraftIndexMaintenance}'s
 * lock (or by this index's monitor when called directly); searches may run concurrently.
 */
public class LuceneIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String CURRENT = "CURRENT";
    private static final String REBUILD_MARKER = "REBUILD-PENDING";

    /** Commits of live writes are at least this far apart unless said otherwise. */
    public static final java.time.Duration COMMIT_EVERY = java.time.Duration.ofMillis(200);

    private final Path root;
    private final Analyzer analyzer = SearchAnalyzers.perField();
    private volatile Live live;
    private final long commitEveryNanos;

    /** Changes applied to the live writer so far (under this index's monitor). */
    private long staged;
    /** Guards the group commit's state below. */
    private final Object commits = new Object();
    /** All changes up to this number are committed and searchable. */
    private long committed;
    /** Whether a writer is committing (or waiting to) for the others. */
    private boolean leading;
    private long lastCommitAt;
    /** The last commit that failed, and the changes it was to cover: their writers are told. */
    private IOException failure;
    private long failedUpTo;
    private long commitCount;

    private record Live(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    /** A generation being built; nothing of it is visible until {@link #switchTo(Generation)}. */
    public final class Generation implements Closeable {
        private final Path path;
        private final Directory directory;
        private final IndexWriter writer;
        private boolean switched;

        private Generation(Path path) throws IOException {
            this.path = path;
            this.directory = FSDirectory.open(path);
            this.writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }

        public void replaceDraft(long draftId, List<Document> documents) throws IOException {
            LuceneIndex.replaceDraft(writer, draftId, documents);
        }

        /** Discards the generation unless it was switched to. */
        @Override
        public void close() throws IOException {
            if (!switched) {
                writer.rollback();
                directory.close();
            }
        }
    }

    public LuceneIndex(Path root) {
        this(root, COMMIT_EVERY);
    }

    /**
     * {@code commitEvery}: how far apart commits of live writes are at least (zero: a commit as soon as a writer
     * waits; writers waiting together still share it).
     */
    public LuceneIndex(Path root, java.time.Duration commitEvery) {
        this.root = root;
        this.commitEveryNanos = commitEvery.toNanos();
        this.lastCommitAt = System.nanoTime() - commitEveryNanos;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Looks at the current generation without opening it for writing. */
    public IndexHealth inspect() {
        try {
            if (Files.exists(root.resolve(REBUILD_MARKER))) {
                return IndexHealth.INTERRUPTED_REBUILD;
            }
            var current = currentPath();
            if (current == null) {
                return IndexHealth.MISSING;
            }
            try (var directory = FSDirectory.open(current)) {
                if (!DirectoryReader.indexExists(directory)) {
                    return IndexHealth.MISSING;
                }
                var commit = SegmentInfos.readLatestCommit(directory);
                if (!IndexSchema.VERSION.equals(commit.getUserData().get(IndexSchema.SCHEMA_KEY))) {
                    return IndexHealth.OTHER_SCHEMA;
                }
                // Checksums of every file: a damaged segment is found now, not by the first search that reads it
                try (var check = new CheckIndex(directory)) {
                    check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                    check.setThreadCount(1);
                    return check.checkIndex().clean ? IndexHealth.OK : IndexHealth.CORRUPT;
                }
            }
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                | NoSuchFileException | EOFException e) {
            log.warn("Search index is damaged: {}", e.toString());
            return IndexHealth.CORRUPT;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index could not be read: {}", e.toString());
            return IndexHealth.CORRUPT;
        }
    }

    /** Opens the current generation for writing and searching (after {@link #inspect()} found it sound). */
    public synchronized void open() throws IOException {
        var current = currentPath();
        if (current == null) {
            throw new NoSuchFileException(root.resolve(CURRENT).toString());
        }
        closeLive();
        var directory = FSDirectory.open(current);
        try {
            var writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            live = new Live(current, directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The generation in use (for tests and diagnostics), or null when there is none. */
    Path currentGeneration() throws IOException {
        return currentPath();
    }

    public boolean isOpen() {
        return live != null;
    }

    public int numDocs() throws IOException {
        var searcher = requireLive().searchers().acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            requireLive().searchers().release(searcher);
        }
    }

    /** Replaces every document of a draft (all its versions); returns once the change is committed and searchable. */
    public void replaceDraft(long draftId, List<Document> documents) throws IOException {
        awaitCommitted(stageDraft(draftId, documents));
    }

    /**
     * Replaces every document of a draft in the live writer without committing; returns the change's number, for
     * {@link #awaitCommitted}.
     */
    public synchronized long stageDraft(long draftId, List<Document> documents) throws IOException {
        replaceDraft(requireLive().writer(), draftId, documents);
        return ++staged;
    }

    /**
     * Replacing by no documents is a deletion: an update with an empty list leaves the writer's memory accounting
     * unbalanced (Lucene asserts on it when the writer closes).
     */
    private static void replaceDraft(IndexWriter writer, long draftId, List<Document> documents) throws IOException {
        var term = new Term(IndexSchema.DRAFT_ID, String.valueOf(draftId));
        if (documents.isEmpty()) {
            writer.deleteDocuments(term);
        } else {
            writer.updateDocuments(term, documents);
        }
    }

    /** Replaces the document of one version; returns once the change is committed and searchable. */
    public void replaceVersion(long draftId, int version, Document document) throws IOException {
        awaitCommitted(stageVersion(draftId, version, document));
    }

    /** Replaces the document of one version in the live writer without committing; returns the change's number. */
    public synchronized long stageVersion(long draftId, int version, Document document) throws IOException {
        requireLive().writer().updateDocument(new Term(IndexSchema.KEY, IndexSchema.key(draftId, version)), document);
        return ++staged;
    }

    /**
     * Updates doc values of every document of a draft in place (its state: no text is analysed again) without
     * committing; returns the change's number.
     */
    public synchronized long stageValues(long draftId, org.apache.lucene.document.Field... values) throws IOException {
        requireLive().writer().updateDocValues(new Term(IndexSchema.DRAFT_ID, String.valueOf(draftId)), values);
        return ++staged;
    }

    /**
     * A new version: the draft's documents so far get its state and are no longer the latest, then the given
     * documents are written (the new version's, and the latest's when that is another); one change, so that no
     * search sees the draft without a latest version.
     */
    public synchronized long stageNewLatest(long draftId, org.apache.lucene.document.Field[] state,
            List<Document> documents) throws IOException {
        var writer = requireLive().writer();
        var values = java.util.Arrays.copyOf(state, state.length + 1);
        values[state.length] = new org.apache.lucene.document.NumericDocValuesField(IndexSchema.LATEST_VALUE, 0);
        writer.updateDocValues(new Term(IndexSchema.DRAFT_ID, String.valueOf(draftId)), values);
        // written after the update above, so untouched by it
        for (var document : documents) {
            writer.updateDocument(new Term(IndexSchema.KEY, document.get(IndexSchema.KEY)), document);
        }
        return ++staged;
    }

    /**
     * Waits until change {@code change} (from {@link #stageDraft} or {@link #stageVersion}) is committed and
     * searchable. The first writer to wait commits for all: it waits until the last commit is {@code commitEvery}
     * old, then commits and refreshes everything staged by then, and wakes the others; a writer whose change came
     * later leads the next commit. A failed commit is reported to every writer whose change it was to cover.
     */
    public void awaitCommitted(long change) throws IOException {
        while (true) {
            long since;
            synchronized (commits) {
                while (committed < change && leading && failedUpTo < change) {
                    try {
                        commits.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("Interrupted waiting for the index to commit");
                    }
                }
                if (committed >= change) {
                    return;
                }
                if (failedUpTo >= change) {
                    throw new IOException("The index could not be committed", failure);
                }
                leading = true;
                since = System.nanoTime() - lastCommitAt;
            }
            lead(since);
        }
    }

    /** Commits and refreshes for every writer waiting, once the last commit is old enough. */
    private void lead(long sinceLastCommit) throws IOException {
        long covered = 0;
        boolean done = false;
        IOException error = null;
        // Lucene writes through interruptible channels: an interrupt would fail the commit for every writer waiting
        // (and could close the writer), so the flag is set aside until the commit is over
        boolean interrupted = Thread.interrupted();
        try {
            long wait = commitEveryNanos - sinceLastCommit;
            if (wait > 0) {
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    interrupted = true; // commit now all the same: the others are waiting
                }
            }
            synchronized (this) {
                covered = staged;
                var current = live;
                if (current == null) {
                    // closed (or its reopening failed): what was staged is lost, and its writers must not count it
                    // as written (their events are delivered again)
                    throw new IOException("The index was closed before the change was committed");
                }
                commitAndRefresh(current);
            }
            done = true;
        } catch (IOException e) {
            error = e;
        } catch (RuntimeException e) {
            error = new IOException(e);
        } finally {
            synchronized (commits) {
                leading = false;
                lastCommitAt = System.nanoTime();
                if (done) {
                    committed = Math.max(committed, covered);
                    commitCount++;
                } else {
                    failure = error != null ? error : new IOException("The index commit failed");
                    failedUpTo = Math.max(failedUpTo, covered);
                }
                commits.notifyAll();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Counts the commits of live writes in {@code registry} ({@code mashwara.index.commits}, tag {@code index}). */
    public void countCommitsIn(io.micrometer.core.instrument.MeterRegistry registry, String name) {
        io.micrometer.core.instrument.FunctionCounter.builder("mashwara.index.commits", this, LuceneIndex::commits)
                .tag("index", name)
                .description("Commits of live writes; changes arriving together share one")
                .register(registry);
    }

    /** How many commits of live writes there were (for tests). */
    long commits() {
        synchronized (commits) {
            return commitCount;
        }
    }

    /** Starts a new generation. The marker makes an interrupted rebuild start again on the next start-up. */
    public synchronized Generation newGeneration() throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve(REBUILD_MARKER), "rebuild started", StandardCharsets.UTF_8);
        return new Generation(root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000));
    }

    /** Commits the new generation, makes it current, opens it and deletes the older ones. */
    public synchronized void switchTo(Generation generation) throws IOException {
        generation.writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.VERSION).entrySet());
        generation.writer.commit();
        generation.writer.close();
        generation.directory.close();
        generation.switched = true;
        var temp = root.resolve(CURRENT + ".tmp");
        Files.writeString(temp, generation.path.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        open();
        Files.deleteIfExists(root.resolve(REBUILD_MARKER));
        deleteOtherGenerations(generation.path);
    }

    /** Runs a search on the latest searcher; the searcher is released afterwards. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        var searchers = requireLive().searchers();
        var searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public synchronized void close() throws IOException {
        closeLive();
    }

    private void commitAndRefresh(Live current) throws IOException {
        current.writer().setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.VERSION).entrySet());
        current.writer().commit();
        current.searchers().maybeRefreshBlocking();
    }

    private Live requireLive() {
        var current = live;
        if (current == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return current;
    }

    private void closeLive() throws IOException {
        var previous = live;
        live = null;
        if (previous != null) {
            try (var directory = previous.directory(); var writer = previous.writer(); var searchers = previous.searchers()) {
                // closed in reverse order: searchers, writer (commits nothing new), directory
            }
        }
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer).setCommitOnClose(false);
    }

    private Path currentPath() throws IOException {
        var pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        var name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        var path = root.resolve(name).normalize();
        return name.isEmpty() || !path.startsWith(root) || !Files.isDirectory(path) ? null : path;
    }

    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> children = Files.list(root)) {
            for (var child : children.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(keep)).toList()) {
                deleteTree(child);
            }
        } catch (IOException e) {
            log.warn("Old search index generations could not be listed: {}", e.toString());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // an open file on some systems; the next rebuild tries again
            log.warn("Old search index generation {} could not be deleted: {}", dir.getFileName(), e.toString());
        }
    }
}
