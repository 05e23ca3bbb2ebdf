package pk.gov.mashwara.search.comments;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.search.CommentSource;
import pk.gov.mashwara.search.IndexedComment;

/**
 * The comment index's source in the running portal: drafts from the draft module's catalogue, comments from
 * whichever bean implements {@link CommentSource}. Without one (no review module), there are no comments.
 */
class CatalogCommentSource implements CommentIndexSource {

    private final DraftCatalog catalog;
    private final ObjectProvider<CommentSource> comments;

    CatalogCommentSource(DraftCatalog catalog, ObjectProvider<CommentSource> comments) {
        this.catalog = catalog;
        this.comments = comments;
    }

    @Override
    public Optional<DraftSnapshot> draft(long draftId) {
        return catalog.snapshot(draftId);
    }

    @Override
    public List<IndexedComment> comments(long draftId) {
        var source = comments.getIfAvailable();
        return source == null ? List.of() : source.commentsOf(draftId);
    }

    @Override
    public List<Long> draftsWithComments() {
        var source = comments.getIfAvailable();
        return source == null ? List.of() : source.draftsWithComments();
    }

    @Override
    public long count() {
        var source = comments.getIfAvailable();
        return source == null ? 0 : source.count();
    }
}
