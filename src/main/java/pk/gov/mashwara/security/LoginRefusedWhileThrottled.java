package pk.gov.mashwara.security;

import java.time.Instant;

/**
 * The first log-in refused during a throttle episode of a count. Later refusals of the same episode are only
 * counted (administrators see the number, and it is recorded when the throttle is lifted): a refusal costs an
 * attacker nothing, so one audit entry each would let anyone fill the audit log.
 *
 * @param account the user name tried
 * @param address the client address it came from
 * @param until   when the user may try again
 */
public record LoginRefusedWhileThrottled(Instant occurredAt, ThrottleScope scope, String account, String address,
        Instant until) {
}
