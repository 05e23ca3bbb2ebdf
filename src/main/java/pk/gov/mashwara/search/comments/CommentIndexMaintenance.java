package pk.gov.mashwara.search.comments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.search.index.DraftIndexMaintenance;
import pk.gov.mashwara.search.index.LuceneIndex;

/**
 * Keeps the comment index in step with the database, as the document index is kept. A draft's comments are
 * always rewritten together (deleted by draft, added again), so an edit, a retraction, a thread moved to a new
 * version or a submission that widens who may read them all take effect the same way.
 */
public class CommentIndexMaintenance extends DraftIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(CommentIndexMaintenance.class);

    private final Path directory;
    private final CommentIndexSource source;
    /** The drafts a rebuild walks, read once at its first page. */
    private volatile List<Long> rebuilding = List.of();

    /** The index in {@code directory} (created when missing), which this maintenance owns and closes. */
    CommentIndexMaintenance(Path directory, CommentIndexSource source) {
        super("comment index", new LuceneIndex(directory));
        this.directory = directory;
        this.source = source;
    }

    @Override
    protected LuceneIndex index() {
        return super.index();
    }

    Path directory() {
        return directory;
    }

    @Override
    protected long expectedDocuments() {
        return source.count();
    }

    @Override
    protected List<Document> documents(long draftId) {
        // A draft that is gone leaves no comments behind
        return source.draft(draftId)
                .map(draft -> source.comments(draftId).stream().map(c -> CommentSchema.document(draft, c)).toList())
                .orElse(List.of());
    }

    @Override
    protected List<DraftDocuments> page(int page, int size) {
        if (page == 0) {
            rebuilding = source.draftsWithComments();
        }
        var drafts = rebuilding;
        long from = (long) page * size;
        if (from >= drafts.size()) {
            return List.of();
        }
        return drafts.subList((int) from, (int) Math.min(drafts.size(), from + size)).stream()
                .map(id -> new DraftDocuments(id, documents(id))).toList();
    }

    /** Stops the background work and closes the index, which this maintenance owns. */
    @Override
    public void close() {
        super.close();
        try {
            index().close();
        } catch (IOException e) {
            // the index is checked at the next start anyway
            log.warn("Comment index could not be closed: {}", e.toString());
        }
    }
}
