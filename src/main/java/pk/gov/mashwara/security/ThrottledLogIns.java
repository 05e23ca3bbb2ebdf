package pk.gov.mashwara.security;

import java.time.Instant;

/**
 * A count of failed log-ins that has reached its limit, as administrators see it.
 *
 * @param account     the user name as typed (lower case), or null for an address's count
 * @param address     the client address (an IPv6 address by its /64 network), or null for a user name's count
 * @param failures    failed log-ins counted
 * @param lastFailure when the last of them happened
 * @param until       before this moment an attempt is refused; in the past when the next one may try (and its
 *                    failure would wait longer)
 * @param refused     attempts refused since the limit was reached
 */
public record ThrottledLogIns(ThrottleScope scope, String account, String address, int failures, Instant lastFailure,
        Instant until, long refused) {
}
