package pk.gov.mashwara.security;

import java.time.Instant;

/**
 * An administrator lifted a throttle: its count of failures is forgotten.
 *
 * @param actor    the administrator's user name
 * @param account  the user name of the count, or null for an address's count
 * @param address  the client address of the count, or null for a user name's count
 * @param failures the failures it had counted
 * @param refused  the attempts it had refused
 */
public record LoginThrottleLifted(Instant occurredAt, String actor, ThrottleScope scope, String account,
        String address, int failures, long refused) {
}
