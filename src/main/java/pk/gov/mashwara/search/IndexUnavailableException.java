package pk.gov.mashwara.search;

import java.time.Duration;

import pk.gov.mashwara.shared.UserFacingException;

/**
 * The index is being checked or rebuilt (or its rebuild failed): results now would be incomplete. The API answers
 * 503 with {@link #retryAfter()} and the message, which tells how far a rebuild has got; the search page shows
 * the progress and asks again by itself.
 */
public class IndexUnavailableException extends UserFacingException {

    /** How soon to ask again while the index is checked or rebuilt: often enough to see the progress move. */
    static final Duration RETRY_WHILE_REBUILDING = Duration.ofSeconds(5);
    /** A failed rebuild is tried again by itself after 30 s at the earliest. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

    private final transient IndexStatus status;

    public IndexUnavailableException(IndexStatus status) {
        super(switch (status.state()) {
            case STARTING -> "search.unavailable.starting";
            // the versions to index are being counted: a total of 0 would say "0 of 0"
            case REBUILDING -> status.total() == 0 ? "search.unavailable.counting" : "search.unavailable.rebuilding";
            default -> "search.unavailable.failed";
        }, status.done(), status.total());
        this.status = status;
    }

    public IndexStatus status() {
        return status;
    }

    @Override
    public int httpStatus() {
        return 503;
    }

    @Override
    public Duration retryAfter() {
        return status.state() == IndexStatus.State.FAILED ? RETRY_AFTER_FAILURE : RETRY_WHILE_REBUILDING;
    }
}
