package pk.gov.mashwara.search;

import java.util.List;

/**
 * The comments matching a search: how many the user may see in all, and the best few.
 *
 * @param available false while the comment index is being checked or rebuilt (then there are no hits to show)
 */
public record CommentResults(long total, List<CommentHit> hits, boolean available) {

    /** How many comment hits a search returns: a glimpse beside the documents, not a second result list. */
    public static final int MAX_HITS = 5;

    public static final CommentResults NONE = new CommentResults(0, List.of(), true);
    public static final CommentResults UNAVAILABLE = new CommentResults(0, List.of(), false);

    public CommentResults {
        hits = List.copyOf(hits);
    }
}
