package pk.gov.mashwara.search;

/**
 * Where the search index stands. While it is being checked or rebuilt, search answers with this instead of
 * results that would be incomplete.
 *
 * @param done   versions indexed so far by a rebuild
 * @param total  versions to index in a rebuild
 * @param reason why the index is being rebuilt, or what went wrong (for administrators; English)
 */
public record IndexStatus(State state, long done, long total, String reason) {

    public enum State {
        /** Checking the index on disk after start-up. */
        STARTING,
        /** Rebuilding from the database. */
        REBUILDING,
        READY,
        /** The last rebuild failed; an administrator can start another. */
        FAILED
    }

    public boolean ready() {
        return state == State.READY;
    }
}
