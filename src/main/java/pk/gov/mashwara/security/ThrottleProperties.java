package pk.gov.mashwara.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed log-ins are slowed down (see docs/decisions/012-login-throttling.md). Each of the three counts has
 * its own limit: after {@code after} failures the next attempt must wait {@code firstDelay}, and each further
 * failure doubles the wait up to {@code longest}.
 *
 * @param accountFromAddress failures of one user name from one client address; the only count a user's own
 *                           known address is subject to
 * @param account            failures of one user name from anywhere; short, because other people's failures
 *                           must not keep the user out for long
 * @param address            failures from one client address whatever the name (spraying many names)
 * @param firstDelay         the first wait once a count has reached its limit
 * @param forgetAfter        failures older than this, with no later one, are forgotten
 * @param knownAddressFor    how long an address a user signed in from stays known for that user
 * @param maxTracked         the most counts (of each kind) and known addresses kept in memory
 */
@ConfigurationProperties("mashwara.security.throttle")
public record ThrottleProperties(Limit accountFromAddress, Limit account, Limit address, Duration firstDelay,
        Duration forgetAfter, Duration knownAddressFor, int maxTracked) {

    /**
     * @param after   failures before the first wait
     * @param longest the longest wait, however many failures follow
     */
    public record Limit(int after, Duration longest) {
    }

    public ThrottleProperties {
        accountFromAddress = orDefault(accountFromAddress, 5, Duration.ofMinutes(15));
        account = orDefault(account, 10, Duration.ofMinutes(5));
        address = orDefault(address, 20, Duration.ofMinutes(15));
        firstDelay = positive(firstDelay, Duration.ofSeconds(1));
        forgetAfter = positive(forgetAfter, Duration.ofHours(24));
        knownAddressFor = positive(knownAddressFor, Duration.ofDays(30));
        maxTracked = maxTracked <= 0 ? 20_000 : maxTracked;
    }

    /** The portal's defaults, as application.properties gives them. */
    public static ThrottleProperties defaults() {
        return new ThrottleProperties(null, null, null, null, null, null, 0);
    }

    /** What is not given (or not positive) is the default. */
    private static Limit orDefault(Limit limit, int after, Duration longest) {
        return limit == null ? new Limit(after, longest)
                : new Limit(limit.after() > 0 ? limit.after() : after, positive(limit.longest(), longest));
    }

    private static Duration positive(Duration value, Duration otherwise) {
        return value == null || value.isNegative() || value.isZero() ? otherwise : value;
    }
}
