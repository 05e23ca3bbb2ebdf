package pk.gov.mashwara.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the load driver saw in one phase, per action: the latency of every request that ended well, how many were
 * refused as expected (another user acted first: 409, or the draft moved on: 403), and the errors (5xx, timeouts,
 * unexpected 4xx), each with a few samples. Safe to use from many threads at once; a phase records some tens of
 * thousands of requests, so the latencies are kept whole and sorted at the end (nearest-rank percentiles).
 */
final class LoadRecorder {

    /** How one request ended. */
    enum Outcome {
        OK, REFUSED, ERROR
    }

    private static final int SAMPLES = 5;

    private final Map<String, Action> actions = new TreeMap<>();

    /** Records one request of {@code action} that took {@code nanos}; {@code detail} describes a refusal or error. */
    synchronized void record(String action, long nanos, Outcome outcome, String detail) {
        var a = actions.computeIfAbsent(action, k -> new Action());
        switch (outcome) {
            case OK -> a.add(nanos);
            case REFUSED -> {
                a.refused++;
                a.add(nanos);
                if (a.refusals.size() < SAMPLES) {
                    a.refusals.add(detail);
                }
            }
            case ERROR -> {
                a.errors++;
                if (a.samples.size() < SAMPLES) {
                    a.samples.add(detail);
                }
            }
        }
    }

    /** The summary of every action recorded, by name; {@code seconds}: the length of the measured window. */
    synchronized Map<String, Summary> summary(double seconds) {
        var out = new LinkedHashMap<String, Summary>();
        actions.forEach((name, a) -> {
            var sorted = Arrays.copyOf(a.nanos, a.count);
            Arrays.sort(sorted);
            int total = a.count + a.errors;
            out.put(name, new Summary(name, total, total / seconds, millis(sorted, 50), millis(sorted, 95),
                    millis(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, a.refused,
                    a.errors, List.copyOf(a.samples), List.copyOf(a.refusals)));
        });
        return out;
    }

    /** Every action together: requests, throughput and the percentiles over all of them. */
    synchronized Summary overall(double seconds) {
        var all = new long[actions.values().stream().mapToInt(a -> a.count).sum()];
        int at = 0;
        int refused = 0;
        int errors = 0;
        for (var a : actions.values()) {
            System.arraycopy(a.nanos, 0, all, at, a.count);
            at += a.count;
            refused += a.refused;
            errors += a.errors;
        }
        Arrays.sort(all);
        int total = all.length + errors;
        return new Summary("all", total, total / seconds, millis(all, 50), millis(all, 95), millis(all, 99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, refused, errors, List.of(), List.of());
    }

    /**
     * The nearest-rank percentile {@code p} (0 &lt; p ≤ 100) of sorted nanoseconds, in milliseconds; NaN when there
     * are none.
     */
    static double millis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** One action in one phase; latencies in milliseconds, over the requests that got an answer (errors left out). */
    record Summary(String action, int requests, double perSecond, double p50, double p95, double p99, double max,
            int refused, int errors, List<String> errorSamples, List<String> refusalSamples) {

        /** A row of the report's table. */
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %s | %d | %d |", action, requests,
                    perSecond, ms(p50), ms(p95), ms(p99), ms(max), refused, errors);
        }

        static String header() {
            return "| Action | requests | per second | p50 ms | p95 ms | p99 ms | max ms | refused (expected) | errors |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
        }

        private static String ms(double value) {
            return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
        }
    }

    private static final class Action {
        long[] nanos = new long[1024];
        int count;
        int refused;
        int errors;
        final List<String> samples = new ArrayList<>();
        final List<String> refusals = new ArrayList<>();

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }
    }
}
