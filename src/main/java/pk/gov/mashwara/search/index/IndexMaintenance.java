package pk.gov.mashwara.search.index;

import java.util.List;

import java.io.IOException;

import org.apache.lucene.document.Document;

import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.VersionInfo;

/**
 * Keeps the document index in step with the database: one document per version. A change of the draft's state
 * (its status, its submission) is written in place into every document's doc values, and a new version adds its
 * document and moves the latest flag the same way: no version's text is analysed again for either, which for a
 * draft of several long versions was most of a change's cost. When anything else the documents say of the draft
 * changed with it (a diary number given on submission, a title), all its documents are written again, as they are
 * when its particulars change; one is written again when its text is extracted.
 */
public class IndexMaintenance extends DraftIndexMaintenance {

    private final IndexSource source;
    /**
     * The particulars' hash ({@link IndexSchema#PARTICULARS}) of drafts whose documents were written in full lately,
     * perhaps not yet searchable: what the index will say of them. Guarded by the maintenance's lock.
     */
    private final java.util.Map<Long, Long> written = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Long> eldest) {
            return size() > 10_000;
        }
    };

    public IndexMaintenance(LuceneIndex index, IndexSource source) {
        super("search index", index);
        this.source = source;
    }

    /**
     * The draft's status changed: its state is written in place, or all its documents again when what they say of the
     * draft besides changed too (or the index has none of them).
     */
    public void draftStateChanged(long draftId) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            if (draft.isEmpty() || !sameParticulars(index, draft.get())) {
                return stageAll(index, draftId, draft);
            }
            return index.stageValues(draftId, IndexSchema.state(draft.get()));
        });
    }

    /**
     * A version was added: its document is written and the others' state and latest flag updated in place; all the
     * draft's documents are written again when what they say of the draft changed too.
     */
    public void versionAdded(long draftId) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            if (draft.isEmpty() || draft.get().versions().isEmpty() || !sameParticulars(index, draft.get())) {
                return stageAll(index, draftId, draft);
            }
            var latest = draft.get().versions().stream().max(java.util.Comparator.comparingInt(VersionInfo::number))
                    .orElseThrow();
            return index.stageNewLatest(draftId, IndexSchema.state(draft.get()), latest.number(), IndexSchema.document(
                    draft.get(), latest, source.text(draftId, latest.number())));
        });
    }

    @Override
    public void reindexDraft(long draftId) {
        write(draftId, index -> stageAll(index, draftId, source.draft(draftId)));
    }

    private long stageAll(LuceneIndex index, long draftId, java.util.Optional<DraftSnapshot> draft) throws IOException {
        var documents = draft.map(d -> IndexSchema.documents(d, v -> source.text(draftId, v.number())))
                .orElse(List.of());
        long change = index.stageDraft(draftId, documents);
        draft.ifPresentOrElse(d -> written.put(draftId, IndexSchema.particulars(d)), () -> written.remove(draftId));
        return change;
    }

    /** Whether the index says (or will say, once what was written is searchable) what the database says of the draft. */
    private boolean sameParticulars(LuceneIndex index, DraftSnapshot draft) throws IOException {
        var indexed = written.get(draft.id());
        if (indexed == null) {
            indexed = index.withSearcher(searcher -> particulars(searcher, draft.id()));
        }
        return indexed != null && indexed == IndexSchema.particulars(draft);
    }

    /** The particulars' hash of one of the draft's documents in the index; null when it has none. */
    private static Long particulars(org.apache.lucene.search.IndexSearcher searcher, long draftId) throws IOException {
        var top = searcher.search(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, String.valueOf(draftId))), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        int doc = top.scoreDocs[0].doc;
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getNumericDocValues(IndexSchema.PARTICULARS);
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : null;
    }

    /** After a rebuild the index says what the database said then: what was written before says nothing of it. */
    @Override
    protected void rebuilt() {
        written.clear();
    }

    /** A version's extraction ended: its document is written again with the text. */
    public void versionExtracted(long draftId, int version) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            var info = draft.flatMap(d -> d.versions().stream().filter(v -> v.number() == version).findFirst());
            if (info.isPresent()) {
                return index.stageVersion(draftId, version,
                        IndexSchema.document(draft.get(), info.get(), source.text(draftId, version)));
            }
            return index.stageDraft(draftId, documents(draftId));
        });
    }

    @Override
    protected long expectedDocuments() {
        return source.countVersions();
    }

    @Override
    protected List<Document> documents(long draftId) {
        // A draft that is gone (never committed) leaves no documents behind
        return source.draft(draftId)
                .map(d -> IndexSchema.documents(d, v -> source.text(draftId, v.number())))
                .orElse(List.of());
    }

    @Override
    protected List<DraftDocuments> page(int page, int size) {
        return source.drafts(page, size).stream()
                .map(d -> new DraftDocuments(d.id(), IndexSchema.documents(d, v -> source.text(d.id(), v.number()))))
                .toList();
    }
}
