package pk.gov.mashwara.search.index;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The index's source in the running portal: drafts from the draft module's catalogue, texts from whichever bean
 * implements {@link VersionTexts}. Without one (an installation without extraction), versions are indexed with
 * their metadata only and their text counts as pending.
 */
@Component
class CatalogIndexSource implements IndexSource {

    private final DraftCatalog catalog;
    private final ObjectProvider<VersionTexts> texts;

    CatalogIndexSource(DraftCatalog catalog, ObjectProvider<VersionTexts> texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    @Override
    public Optional<DraftSnapshot> draft(long draftId) {
        return catalog.snapshot(draftId);
    }

    @Override
    public List<DraftSnapshot> drafts(int page, int size) {
        return catalog.page(page, size);
    }

    @Override
    public long countVersions() {
        return catalog.countVersions();
    }

    @Override
    public IndexedText text(long draftId, int version) {
        var source = texts.getIfAvailable();
        if (source == null) {
            return IndexedText.PENDING;
        }
        var status = source.status(draftId, version);
        var text = status.hasText() ? source.text(draftId, version).orElse("") : "";
        return new IndexedText(text, status, source.ocr(draftId, version));
    }
}
