package pk.gov.mashwara.search;

import pk.gov.mashwara.shared.UserFacingException;

/** The index is being checked or rebuilt (or its rebuild failed): results now would be incomplete. */
public class IndexUnavailableException extends UserFacingException {

    private final transient IndexStatus status;

    public IndexUnavailableException(IndexStatus status) {
        super(switch (status.state()) {
            case STARTING -> "search.unavailable.starting";
            case REBUILDING -> "search.unavailable.rebuilding";
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
}
