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

    /** What the index holds of a draft: the particulars' hash its documents carry, and how many there are. */
    private record Indexed(long particulars, long documents) {
    }

    /**
     * What was written lately of each draft, perhaps not yet searchable: what the index will hold of it. Guarded by
     * the maintenance's lock; the searcher is asked about drafts not in here.
     */
    private final java.util.Map<Long, Indexed> written = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Indexed> eldest) {
            return size() > 10_000;
        }
    };

    public IndexMaintenance(LuceneIndex index, IndexSource source) {
        super("search index", index);
        this.source = source;
    }

    /** Long texts are written on their turn among the portal's other work on long texts (none by default). */
    private pk.gov.mashwara.shared.LargeTexts largeTexts = pk.gov.mashwara.shared.LargeTexts.unlimited();

    /** Writes long texts on the turns of {@code largeTexts}. */
    public void takeTurnsFrom(pk.gov.mashwara.shared.LargeTexts largeTexts) {
        this.largeTexts = largeTexts;
    }

    /** A change staged in the index. */
    private interface Staging {
        long stage() throws IOException;
    }

    /** Stages the change, on its turn if the texts it writes come to {@code characters} that are many. */
    private long staged(long characters, Staging staging) throws IOException {
        try {
            return largeTexts.inTurn(characters, () -> {
                try {
                    return staging.stage();
                } catch (IOException e) {
                    throw new StagingFailed(e);
                }
            });
        } catch (StagingFailed e) {
            throw e.getCause();
        }
    }

    /** Carries a staging's {@link IOException} out of the turn, to be thrown again as it was. */
    private static final class StagingFailed extends RuntimeException {
        StagingFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * The draft's status changed: its state is written in place, or all its documents again when the index does not
     * hold what it should of the draft besides (a diary number given with the change, a missing version).
     */
    public void draftStateChanged(long draftId) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            if (draft.isEmpty() || !holds(index, draft.get(), draft.get().versions().size())) {
                return stageAll(index, draftId, draft);
            }
            return index.stageValues(draftId, IndexSchema.state(draft.get()));
        });
    }

    /**
     * Version {@code version} was added: its document is written, the others' state and latest flag updated in place
     * (and the latest version's written again if another is newer, when events came out of order); all the draft's
     * documents are written again when the index does not hold what it should of the others.
     */
    public void versionAdded(long draftId, int version) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            var added = draft.flatMap(d -> d.versions().stream().filter(v -> v.number() == version).findFirst());
            if (added.isEmpty() || !holds(index, draft.get(), draft.get().versions().size() - 1)) {
                return stageAll(index, draftId, draft);
            }
            var snapshot = draft.get();
            var latest = snapshot.versions().stream().max(java.util.Comparator.comparingInt(VersionInfo::number))
                    .orElseThrow();
            var addedText = source.text(draftId, version);
            var latestText = latest.number() != version ? source.text(draftId, latest.number()) : null;
            long change = staged(addedText.text().length() + (latestText == null ? 0 : latestText.text().length()), () -> {
                var documents = new java.util.ArrayList<Document>();
                documents.add(IndexSchema.document(snapshot, added.get(), addedText));
                if (latestText != null) {
                    documents.add(IndexSchema.document(snapshot, latest, latestText));
                }
                return index.stageNewLatest(draftId, IndexSchema.state(snapshot), documents);
            });
            written.put(draftId, new Indexed(IndexSchema.particulars(snapshot), snapshot.versions().size()));
            return change;
        });
    }

    @Override
    public void reindexDraft(long draftId) {
        write(draftId, index -> stageAll(index, draftId, source.draft(draftId)));
    }

    private long stageAll(LuceneIndex index, long draftId, java.util.Optional<DraftSnapshot> draft) throws IOException {
        var texts = new java.util.HashMap<Integer, IndexedText>();
        draft.ifPresent(d -> d.versions().forEach(v -> texts.put(v.number(), source.text(draftId, v.number()))));
        long characters = texts.values().stream().mapToLong(t -> t.text().length()).sum();
        long change = staged(characters, () -> index.stageDraft(draftId,
                draft.map(d -> IndexSchema.documents(d, v -> texts.get(v.number()))).orElse(List.of())));
        written.put(draftId, new Indexed(draft.map(IndexSchema::particulars).orElse(0L), texts.size()));
        return change;
    }

    /**
     * Whether the index holds (or will, once what was written is searchable) {@code documents} documents of the
     * draft, saying of it what the database says.
     */
    private boolean holds(LuceneIndex index, DraftSnapshot draft, long documents) throws IOException {
        var indexed = written.get(draft.id());
        if (indexed == null) {
            indexed = index.withSearcher(searcher -> indexed(searcher, draft.id()));
        }
        return indexed != null && indexed.documents() == documents && indexed.particulars() == IndexSchema.particulars(draft);
    }

    /** What the searcher holds of the draft; null when it has none of its documents. */
    private static Indexed indexed(org.apache.lucene.search.IndexSearcher searcher, long draftId) throws IOException {
        var top = searcher.search(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, String.valueOf(draftId))), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        int doc = top.scoreDocs[0].doc;
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getNumericDocValues(IndexSchema.PARTICULARS);
        return values != null && values.advanceExact(doc - leaf.docBase)
                ? new Indexed(values.longValue(), top.totalHits.value()) : null;
    }

    /** After a rebuild the index says what the database said then: what was written before says nothing of it. */
    @Override
    protected void rebuilt() {
        written.clear();
    }

    /**
     * A version's extraction ended: its document is written again with the text; all the draft's documents are when
     * the index does not hold what it should of the others (so that no version keeps particulars the others lost).
     */
    public void versionExtracted(long draftId, int version) {
        write(draftId, index -> {
            var draft = source.draft(draftId);
            var info = draft.flatMap(d -> d.versions().stream().filter(v -> v.number() == version).findFirst());
            if (info.isPresent() && holds(index, draft.get(), draft.get().versions().size())) {
                var text = source.text(draftId, version);
                return staged(text.text().length(), () -> index.stageVersion(draftId, version,
                        IndexSchema.document(draft.get(), info.get(), text)));
            }
            return stageAll(index, draftId, draft);
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
