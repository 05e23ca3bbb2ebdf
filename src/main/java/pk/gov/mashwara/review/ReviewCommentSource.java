package pk.gov.mashwara.review;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.review.anchoring.TextAnchor;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.search.CommentSource;
import pk.gov.mashwara.search.IndexedComment;

/**
 * The comments the search indexes: every comment that is not retracted, on the version its thread is on now, with
 * the thread's internal committee and passage. Background work for no particular user, so no permission check
 * here: the search applies the draft's visibility and the internal notes' committee to every hit.
 */
@Component
@Transactional(readOnly = true)
class ReviewCommentSource implements CommentSource {

    private final ReviewThreadRepository threads;

    ReviewCommentSource(ReviewThreadRepository threads) {
        this.threads = threads;
    }

    @Override
    public List<IndexedComment> commentsOf(long draftId) {
        return threads.findByDraft(draftId).stream().flatMap(thread -> {
            var passage = thread.anchor().map(TextAnchor::exact).orElse(null);
            return thread.getComments().stream().filter(c -> c.getRetractedAt() == null)
                    .map(c -> new IndexedComment(thread.getId(), c.getId(), draftId, thread.getVersionNumber(),
                            thread.getInternalCommitteeId(), c.getAuthorName(), c.getBody(),
                            c.getEditedAt() == null ? c.getCreatedAt() : c.getEditedAt(), passage));
        }).toList();
    }

    @Override
    public List<Long> draftsWithComments() {
        return threads.findDraftIds();
    }

    @Override
    public long count() {
        return threads.countUnretractedComments();
    }
}
