package pk.gov.mashwara.search.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.index.DraftIndexMaintenance;
import pk.gov.mashwara.search.index.LuceneIndex;

/**
 * Keeps the record index in step with the database, as the comment index is kept: a group's records are always
 * rewritten together (deleted by group, added again from the source), changes arriving during a rebuild are held
 * and applied after it, and the index is rebuilt at start-up when missing, damaged, of another schema or holding
 * another number of records than the sources count.
 */
public class RecordIndexMaintenance extends DraftIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(RecordIndexMaintenance.class);

    private final RecordSources sources;
    /** The groups a rebuild walks, read once at its first page. */
    private volatile List<Long> rebuilding = List.of();

    /** The index in {@code directory} (created when missing), which this maintenance owns and closes. */
    RecordIndexMaintenance(Path directory, RecordSources sources) {
        super("record index", new LuceneIndex(directory));
        this.sources = sources;
    }

    @Override
    protected LuceneIndex index() {
        return super.index();
    }

    RecordSources sources() {
        return sources;
    }

    /** Writes all records of the group again, as its source has them now. */
    public void reindexGroup(RecordKind groupKind, long groupId) {
        reindexDraft(RecordSources.key(groupKind, groupId));
    }

    @Override
    protected long expectedDocuments() {
        return sources.count();
    }

    @Override
    protected List<Document> documents(long groupKey) {
        return sources.records(groupKey).stream().map(r -> RecordSchema.document(groupKey, r)).toList();
    }

    @Override
    protected List<DraftDocuments> page(int page, int size) {
        if (page == 0) {
            rebuilding = sources.groups();
        }
        var groups = rebuilding;
        long from = (long) page * size;
        if (from >= groups.size()) {
            return List.of();
        }
        return groups.subList((int) from, (int) Math.min(groups.size(), from + size)).stream()
                .map(key -> new DraftDocuments(key, documents(key))).toList();
    }

    /** Stops the background work and closes the index, which this maintenance owns. */
    @Override
    public void close() {
        super.close();
        try {
            index().close();
        } catch (IOException e) {
            log.warn("Record index could not be closed: {}", e.toString());
        }
    }
}
