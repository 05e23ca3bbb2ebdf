package pk.gov.mashwara.shared;

import java.time.Duration;

/**
 * The portal is doing as much of this kind of work as it safely can: nothing was done, and asking again after
 * {@link #retryAfter()} will likely succeed. The API answers 429 with a {@code Retry-After} header.
 */
public class BusyException extends UserFacingException {

    private final Duration retryAfter;

    public BusyException(Duration retryAfter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before asking again; whole seconds, at least one. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
