package pk.gov.mashwara.search;

import java.util.List;

/**
 * Where the comment index reads comments from: implemented by the module that keeps the review threads (the
 * search module does not depend on it). It answers facts for background work and checks no permission; the
 * search applies the draft's visibility and the internal notes' committee to every hit.
 */
public interface CommentSource {

    /** The comments of a draft that are not retracted, with their threads' versions and passages. */
    List<IndexedComment> commentsOf(long draftId);

    /** The drafts that have at least one thread, in id order (for rebuilding the index). */
    List<Long> draftsWithComments();

    /** How many comments are not retracted: the index holds exactly one document for each. */
    long count();
}
