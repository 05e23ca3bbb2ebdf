package pk.gov.mashwara.shared;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: a status, a stable code and a message a person can read. Never a stack trace.
 * When the refusal is about one field of the request, {@code field} names it as the request spells it
 * ({@code body}, {@code reason}, {@code deadline}), so that a client can show the message beside that field;
 * otherwise it is left out.
 */
public record ApiError(int status, String error, String message, String path, Instant timestamp,
        @JsonInclude(JsonInclude.Include.NON_NULL) String field) {

    /** An error about the request as a whole, not one field of it. */
    public ApiError(int status, String error, String message, String path, Instant timestamp) {
        this(status, error, message, path, timestamp, null);
    }
}
