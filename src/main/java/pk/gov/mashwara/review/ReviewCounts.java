package pk.gov.mashwara.review;

/** Threads of a draft (all versions) the current user may see, open and resolved. */
public record ReviewCounts(long open, long resolved) {

    public static final ReviewCounts NONE = new ReviewCounts(0, 0);

    public long total() {
        return open + resolved;
    }
}
