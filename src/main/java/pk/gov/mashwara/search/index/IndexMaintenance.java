package pk.gov.mashwara.search.index;

import java.util.List;

import org.apache.lucene.document.Document;

/**
 * Keeps the document index in step with the database: one document per version, all of a draft's written
 * again when the draft changes (new version, new status), one written again when its text is extracted.
 */
public class IndexMaintenance extends DraftIndexMaintenance {

    private final IndexSource source;

    public IndexMaintenance(LuceneIndex index, IndexSource source) {
        super("search index", index);
        this.source = source;
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
