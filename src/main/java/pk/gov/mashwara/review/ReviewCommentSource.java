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
    private final pk.gov.mashwara.directory.People people;
    private final pk.gov.mashwara.review.domain.ReviewCategoryRepository categories;

    ReviewCommentSource(ReviewThreadRepository threads, pk.gov.mashwara.directory.People people,
            pk.gov.mashwara.review.domain.ReviewCategoryRepository categories) {
        this.threads = threads;
        this.people = people;
        this.categories = categories;
    }

    @Override
    public List<IndexedComment> commentsOf(long draftId) {
        // each author's home organisation, looked up once per draft
        var homes = new java.util.HashMap<String, java.util.Optional<pk.gov.mashwara.directory.HomeOrganisation>>();
        var named = new java.util.HashMap<String, pk.gov.mashwara.review.domain.ReviewCategory>();
        categories.findAll().forEach(c -> named.put(c.getCode(), c));
        return threads.findByDraft(draftId).stream().flatMap(thread -> {
            var passage = thread.anchor().map(TextAnchor::exact).orElse(null);
            return thread.getComments().stream().filter(c -> c.getRetractedAt() == null)
                    .map(c -> {
                        var home = homes.computeIfAbsent(c.getAuthor(),
                                u -> people.byUsername(u).map(pk.gov.mashwara.directory.UserInfo::home)).orElse(null);
                        return new IndexedComment(thread.getId(), c.getId(), draftId, thread.getVersionNumber(),
                                thread.getInternalCommitteeId(), c.getAuthorName(), c.getBody(),
                                c.getEditedAt() == null ? c.getCreatedAt() : c.getEditedAt(), passage,
                                home == null ? null : home.name(), home == null ? null : home.nameUr(),
                                thread.getCategory(), name(named, thread.getCategory(), false),
                                name(named, thread.getCategory(), true),
                                thread.getSeverity() == null ? null : thread.getSeverity().name());
                    });
        }).toList();
    }

    private static String name(java.util.Map<String, pk.gov.mashwara.review.domain.ReviewCategory> named, String code,
            boolean urdu) {
        var category = code == null ? null : named.get(code);
        if (category == null) {
            return code;
        }
        return urdu ? category.getNameUr() : category.getName();
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
