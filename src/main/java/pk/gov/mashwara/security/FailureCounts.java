package pk.gov.mashwara.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The failed log-ins of one kind ({@link ThrottleScope}), in memory and bounded: at most {@code max} counts are
 * kept. The wait a count imposes is computed from it ({@code last failure + delay(failures)}), so nothing has to
 * run when a wait ends.
 */
final class FailureCounts {

    /** Whose failures: a user name, an address, or both. */
    record Key(String account, String address) {
    }

    /**
     * @param since            the first failure of this count (since it was last forgotten, cleared or lifted)
     * @param refused          attempts refused since the limit was reached
     * @param refusalReported  whether the first of them has been published
     */
    record Count(int failures, Instant since, Instant last, long refused, boolean refusalReported) {
    }

    /** A failure counted: the count after it, and whether it was the one that reached the limit. */
    record Failure(Count count, boolean started) {
    }

    private final ConcurrentHashMap<Key, Count> counts = new ConcurrentHashMap<>();
    /**
     * Attempts let through to their password check and not yet answered, per key. Without them, attempts sent in
     * parallel all pass the check before the first failure is counted, and a wait would be worth as many guesses as
     * the client can send at once. Entries go when their last attempt is answered, so the map holds no more than
     * the attempts in progress.
     */
    private final ConcurrentHashMap<Key, Integer> inFlight = new ConcurrentHashMap<>();
    private final ThrottleScope scope;
    private final ThrottleProperties.Limit limit;
    private final Duration firstDelay;
    private final Duration forgetAfter;
    private final int max;

    FailureCounts(ThrottleScope scope, ThrottleProperties.Limit limit, ThrottleProperties settings) {
        this.scope = scope;
        this.limit = limit;
        this.firstDelay = settings.firstDelay();
        this.forgetAfter = settings.forgetAfter();
        this.max = settings.maxTracked();
    }

    ThrottleScope scope() {
        return scope;
    }

    /** The wait after {@code failures}: none below the limit, then the first delay, doubled with each failure. */
    Duration delay(int failures) {
        if (failures < limit.after()) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - limit.after(), 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(limit.longest()) > 0 ? limit.longest() : delay;
    }

    /** Until when the count refuses attempts; null when it does not refuse now. */
    Instant refusedUntil(Key key, Instant now) {
        var count = counts.get(key);
        if (count == null) {
            return null;
        }
        if (forgotten(count, now)) {
            counts.remove(key, count);
            return null;
        }
        var until = until(count);
        return until != null && now.isBefore(until) ? until : null;
    }

    Failure fail(Key key, Instant now) {
        makeRoom(now);
        var started = new AtomicBoolean();
        var count = counts.compute(key, (k, old) -> {
            var fresh = old == null || forgotten(old, now);
            int failures = fresh ? 1 : old.failures() + 1;
            var since = fresh ? now : old.since();
            started.set(failures == limit.after());
            // a new episode of throttling starts with no refusals
            return started.get() || fresh ? new Count(failures, since, now, 0, false)
                    : new Count(failures, since, now, old.refused(), old.refusalReported());
        });
        return new Failure(count, started.get());
    }

    /** Counts a refused attempt; true for the first refusal of the episode. */
    boolean refuse(Key key) {
        var first = new AtomicBoolean();
        counts.computeIfPresent(key, (k, c) -> {
            first.set(!c.refusalReported());
            return new Count(c.failures(), c.since(), c.last(), c.refused() + 1, true);
        });
        return first.get();
    }

    /** Forgets the count entirely; returns what it held, or null. */
    Count clear(Key key) {
        return counts.remove(key);
    }

    /**
     * Takes off the count the failures a success has answered for: {@code answered}, the cleared count of the name
     * from the succeeding address. Only when every one of them is in this count, i.e. this count began no later than
     * they did: a count that was forgotten, lifted or pushed out meanwhile and began again holds others' failures
     * (an attacker's), which a success elsewhere must not wipe. Below the limit, the episode ends.
     */
    void forgive(Key key, Count answered) {
        if (answered == null || answered.failures() <= 0) {
            return;
        }
        counts.computeIfPresent(key, (k, c) -> {
            if (c.since().isAfter(answered.since())) {
                return c;
            }
            int left = c.failures() - answered.failures();
            if (left <= 0) {
                return null;
            }
            return left >= limit.after() ? new Count(left, c.since(), c.last(), c.refused(), c.refusalReported())
                    : new Count(left, c.since(), c.last(), 0, false);
        });
    }

    /** Whether the count still counts at {@code now} (it has not been forgotten). */
    boolean current(Count count, Instant now) {
        return count != null && !forgotten(count, now);
    }

    /**
     * Lets one more attempt of the key on to its password check, or says until when it must wait. Below the limit
     * as many may be in progress at once as failures are left before it (all of them failing reaches the limit, not
     * more); at or over it, one at a time, once its wait is over. The attempt must be {@link #release released} when
     * answered, after its failure (if any) is counted.
     *
     * @return null when let through; otherwise the moment to try again
     */
    Instant reserve(Key key, Instant now) {
        var refused = new java.util.concurrent.atomic.AtomicReference<Instant>();
        // one attempt at a time decides per key: the compute holds the key while it reads the count
        inFlight.compute(key, (k, running) -> {
            int inProgress = running == null ? 0 : running;
            var waiting = refusedUntil(key, now);
            if (waiting != null) {
                refused.set(waiting);
                return running;
            }
            var count = counts.get(key);
            int failures = count == null ? 0 : count.failures();
            if (inProgress >= Math.max(1, limit.after() - failures)) {
                // as long as the attempts in progress would make it wait, should they fail
                var wait = delay(Math.max(failures + inProgress, limit.after()));
                refused.set(now.plus(wait.compareTo(firstDelay) < 0 ? firstDelay : wait));
                return running;
            }
            return inProgress + 1;
        });
        return refused.get();
    }

    /** An attempt let through by {@link #reserve} has been answered. */
    void release(Key key) {
        inFlight.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Attempts in progress, all keys together (for tests). */
    int inFlight() {
        return inFlight.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The counts at or over their limit, as administrators see them. */
    Stream<ThrottledLogIns> throttled(Instant now) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue().failures() >= limit.after() && !forgotten(e.getValue(), now))
                .map(e -> new ThrottledLogIns(scope, e.getKey().account(), e.getKey().address(),
                        e.getValue().failures(), e.getValue().last(), until(e.getValue()), e.getValue().refused()));
    }

    /** The count of a key, for tests and for lifting. */
    Count get(Key key) {
        return counts.get(key);
    }

    int size() {
        return counts.size();
    }

    Instant until(Count count) {
        return count.failures() < limit.after() ? null : count.last().plus(delay(count.failures()));
    }

    private boolean forgotten(Count count, Instant now) {
        var wait = delay(count.failures());
        return !now.isBefore(count.last().plus(wait.compareTo(forgetAfter) > 0 ? wait : forgetAfter));
    }

    /**
     * Keeps the map within its bound. Forgotten counts go first; if that is not enough, a tenth of the map is
     * dropped: counts below their limit before those over it, older before newer. So names or addresses made up
     * by the thousand push out each other, and a throttled count goes only after every unthrottled one.
     */
    private void makeRoom(Instant now) {
        if (counts.size() < max) {
            return;
        }
        synchronized (this) {
            if (counts.size() < max) {
                return;
            }
            counts.entrySet().removeIf(e -> forgotten(e.getValue(), now));
            int excess = counts.size() - (max - max / 10);
            if (excess <= 0) {
                return;
            }
            var victims = counts.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
                    .sorted(Comparator.<Map.Entry<Key, Count>, Boolean>comparing(e -> e.getValue().failures() >= limit.after())
                            .thenComparing(e -> e.getValue().last()))
                    .limit(excess).toList();
            victims.forEach(e -> counts.remove(e.getKey(), e.getValue()));
        }
    }
}
