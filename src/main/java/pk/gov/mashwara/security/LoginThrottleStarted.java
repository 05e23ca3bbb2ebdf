package pk.gov.mashwara.security;

import java.time.Instant;

/**
 * A count of failed log-ins reached its limit: attempts now wait, longer after each further failure. Published
 * once per such episode, not for every failure (each failure is already audited as a failed log-in).
 *
 * @param account  the user name, or null for an address's count
 * @param address  the client address, or null for a user name's count
 * @param failures the failures counted
 * @param until    the first wait ends then
 */
public record LoginThrottleStarted(Instant occurredAt, ThrottleScope scope, String account, String address,
        int failures, Instant until) {
}
