package pk.gov.mashwara.shared;

import java.time.Instant;

/**
 * The body of every API error: a status, a stable code and a message a person can read. Never a stack trace.
 */
public record ApiError(int status, String error, String message, String path, Instant timestamp) {
}
