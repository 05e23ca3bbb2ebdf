package pk.gov.mashwara.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.security.FailureCounts.Key;

/**
 * Slows password guessing down without letting anyone lock a user out (docs/decisions/012-login-throttling.md).
 * Failed log-ins are counted three ways: per user name from one address, per user name, and per address. Past
 * its limit a count makes the next attempt wait, twice as long after each further failure, up to its longest
 * wait; an attempt that comes too early is refused whatever its password, and is not counted.
 *
 * <p>An address a user has signed in from is known for that user: from there only the count of that name from
 * that address applies, so failures elsewhere (another office, an attacker) never keep the user out. A success
 * clears only what came from its own address. Everything is in memory and bounded.
 */
@Component
public class LoginThrottle {

    /** The address of a log-in that came without one (not through the web). */
    static final String NO_ADDRESS = "unknown";
    private static final int MAX_NAME = 64;

    private final FailureCounts pairs;
    private final FailureCounts accounts;
    private final FailureCounts addresses;
    private final ConcurrentHashMap<Key, Instant> known = new ConcurrentHashMap<>();
    private final ThrottleProperties settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoginThrottle(ThrottleProperties settings, Clock clock, ApplicationEventPublisher events) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.pairs = new FailureCounts(ThrottleScope.ACCOUNT_FROM_ADDRESS, settings.accountFromAddress(), settings);
        this.accounts = new FailureCounts(ThrottleScope.ACCOUNT, settings.account(), settings);
        this.addresses = new FailureCounts(ThrottleScope.ADDRESS, settings.address(), settings);
    }

    private record Refusal(FailureCounts counts, Key key, Instant until) {
    }

    /**
     * An attempt let on to its password check; {@link #close()} once it is answered (after {@link #failed} or
     * {@link #succeeded}), so that the next attempt may go.
     */
    public interface Admission extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Lets a log-in on to its password check, or refuses it before, when it must wait or when as many attempts for
     * its name or address are already being checked as may be (at or over a limit: one at a time). Attempts sent in
     * parallel therefore get no more guesses than attempts sent one after the other.
     *
     * @throws LoginThrottledException with the moment the user may try again
     */
    public Admission admit(String username, String remoteAddress) {
        check(username, remoteAddress);
        var now = clock.instant();
        var pair = new Key(account(username), address(remoteAddress));
        var taken = new java.util.ArrayList<Runnable>();
        try {
            reserve(pairs, pair, now, taken);
            if (!isKnown(pair, now)) {
                reserve(accounts, new Key(pair.account(), null), now, taken);
                reserve(addresses, new Key(null, pair.address()), now, taken);
            }
        } catch (LoginThrottledException e) {
            taken.forEach(Runnable::run);
            throw e;
        }
        var closed = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                taken.forEach(Runnable::run);
            }
        };
    }

    private void reserve(FailureCounts counts, Key key, Instant now, List<Runnable> taken) {
        var until = counts.reserve(key, now);
        if (until != null) {
            if (counts.refuse(key)) {
                events.publishEvent(new LoginRefusedWhileThrottled(now, counts.scope(), key.account(), key.address(),
                        until));
            }
            throw new LoginThrottledException(until, counts.scope());
        }
        taken.add(() -> counts.release(key));
    }

    /**
     * Refuses a log-in that must wait, before its password is checked. Reserves nothing: a log-in goes through
     * {@link #admit}.
     *
     * @throws LoginThrottledException with the moment the user may try again
     */
    public void check(String username, String remoteAddress) {
        var now = clock.instant();
        var pair = new Key(account(username), address(remoteAddress));
        var refusal = refusal(pairs, pair, now, null);
        if (!isKnown(pair, now)) {
            refusal = refusal(accounts, new Key(pair.account(), null), now, refusal);
            refusal = refusal(addresses, new Key(null, pair.address()), now, refusal);
        }
        if (refusal != null) {
            if (refusal.counts().refuse(refusal.key())) {
                events.publishEvent(new LoginRefusedWhileThrottled(now, refusal.counts().scope(), pair.account(),
                        pair.address(), refusal.until()));
            }
            throw new LoginThrottledException(refusal.until(), refusal.counts().scope());
        }
    }

    /** A wrong password (or an unknown name) from the address: counted three ways. */
    public void failed(String username, String remoteAddress) {
        var now = clock.instant();
        var pair = new Key(account(username), address(remoteAddress));
        count(pairs, pair, now);
        count(accounts, new Key(pair.account(), null), now);
        count(addresses, new Key(null, pair.address()), now);
    }

    /**
     * The right password from the address: its own failures for this name are cleared (and taken off the name's
     * and the address's counts, as far as those still hold them), and the address becomes known for the name.
     * Failures from elsewhere stay: a count of the name or address that began after these failures (it was
     * forgotten or lifted meanwhile) holds only others' failures and is not touched, and failures already forgotten
     * answer for nothing.
     */
    public void succeeded(String username, String remoteAddress) {
        var now = clock.instant();
        var pair = new Key(account(username), address(remoteAddress));
        var cleared = pairs.clear(pair);
        if (pairs.current(cleared, now)) {
            accounts.forgive(new Key(pair.account(), null), cleared);
            addresses.forgive(new Key(null, pair.address()), cleared);
        }
        remember(pair, now);
    }

    /** Every count at or over its limit, the most recent failure first. */
    List<ThrottledLogIns> throttled() {
        var now = clock.instant();
        return Stream.of(pairs, accounts, addresses).flatMap(counts -> counts.throttled(now))
                .sorted(Comparator.comparing(ThrottledLogIns::lastFailure).reversed()
                        .thenComparing(ThrottledLogIns::scope)
                        .thenComparing(t -> String.valueOf(t.account()))
                        .thenComparing(t -> String.valueOf(t.address())))
                .toList();
    }

    /** Forgets one count; what it held, or empty when there was none (any more). */
    Optional<ThrottledLogIns> lift(ThrottleScope scope, String account, String address) {
        var counts = switch (scope) {
            case ACCOUNT_FROM_ADDRESS -> pairs;
            case ACCOUNT -> accounts;
            case ADDRESS -> addresses;
        };
        var key = new Key(scope == ThrottleScope.ADDRESS ? null : account,
                scope == ThrottleScope.ACCOUNT ? null : address);
        return Optional.ofNullable(counts.clear(key)).map(c -> new ThrottledLogIns(scope, key.account(),
                key.address(), c.failures(), c.last(), counts.until(c), c.refused()));
    }

    /** How many counts of each kind and known addresses are held (for tests of the bound). */
    Map<String, Integer> sizes() {
        return Map.of("pairs", pairs.size(), "accounts", accounts.size(), "addresses", addresses.size(),
                "known", known.size());
    }

    /** Attempts let through and not yet answered, all counts together (for tests). */
    int inFlight() {
        return pairs.inFlight() + accounts.inFlight() + addresses.inFlight();
    }

    /** The user name as counted: as the directory matches it, and never longer than a user name can be. */
    static String account(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /**
     * The client address as counted. An IPv6 client holds a whole /64 network (a home or office line gets one),
     * so it is counted by its network: otherwise every attempt could come from a new address.
     */
    static String address(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return NO_ADDRESS;
        }
        var text = remoteAddress.strip();
        var ip = IpLiterals.parse(text);
        if (ip == null) {
            return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) : text;
        }
        if (ip instanceof Inet6Address && !ip.isLoopbackAddress()) {
            var bytes = ip.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are an IPv6 address", e);
            }
        }
        return ip.getHostAddress();
    }

    private Refusal refusal(FailureCounts counts, Key key, Instant now, Refusal sofar) {
        var until = counts.refusedUntil(key, now);
        return until == null || sofar != null && !until.isAfter(sofar.until()) ? sofar : new Refusal(counts, key, until);
    }

    private void count(FailureCounts counts, Key key, Instant now) {
        var failure = counts.fail(key, now);
        if (failure.started()) {
            events.publishEvent(new LoginThrottleStarted(now, counts.scope(), key.account(), key.address(),
                    failure.count().failures(), counts.until(failure.count())));
        }
    }

    private boolean isKnown(Key pair, Instant now) {
        var until = known.get(pair);
        return until != null && now.isBefore(until);
    }

    /** Bounded like the counts: expired entries go first, then those that expire soonest. */
    private void remember(Key pair, Instant now) {
        if (known.size() >= settings.maxTracked() && !known.containsKey(pair)) {
            synchronized (known) {
                known.values().removeIf(until -> !now.isBefore(until));
                int excess = known.size() - (settings.maxTracked() - settings.maxTracked() / 10);
                if (excess > 0) {
                    known.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
                            .sorted(Map.Entry.comparingByValue()).limit(excess).toList()
                            .forEach(e -> known.remove(e.getKey(), e.getValue()));
                }
            }
        }
        known.put(pair, now.plus(settings.knownAddressFor()));
    }
}
