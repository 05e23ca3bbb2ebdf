package pk.gov.mashwara.search.comments;

import java.util.List;
import java.util.Optional;

import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.search.IndexedComment;

/** What the comment index is built from: the drafts (for who may see them) and their comments. */
interface CommentIndexSource {

    Optional<DraftSnapshot> draft(long draftId);

    List<IndexedComment> comments(long draftId);

    List<Long> draftsWithComments();

    long count();
}
