package pk.gov.mashwara.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The portal's own latency histograms, read from two scrapes of {@code /actuator/prometheus} (Prometheus' text format)
 * taken at the start and the end of a measured window: the difference of each bucket's cumulative count is what the
 * server handled in the window, from which p50 and p95 are interpolated within the bucket as Prometheus'
 * {@code histogram_quantile} does. Only histograms ({@code _bucket} samples) are kept.
 */
final class ServerMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,?");

    /** One histogram series: its name (without {@code _bucket}), its labels but {@code le}, and count by bound. */
    record Series(String name, Map<String, String> labels, TreeMap<Double, Double> buckets) {
    }

    private final Map<String, Series> series;

    private ServerMetrics(Map<String, Series> series) {
        this.series = series;
    }

    /** The histograms of one scrape. Comments, other samples and unreadable lines are skipped. */
    static ServerMetrics parse(String exposition) {
        var out = new LinkedHashMap<String, Series>();
        for (var line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var m = SAMPLE.matcher(line.strip());
            if (!m.matches() || !m.group(1).endsWith("_bucket") || m.group(2) == null) {
                continue;
            }
            var labels = labels(m.group(2));
            var le = labels.remove("le");
            if (le == null) {
                continue;
            }
            double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            double count = Double.parseDouble(m.group(3));
            var name = m.group(1).substring(0, m.group(1).length() - "_bucket".length());
            var key = name + new TreeMap<>(labels);
            out.computeIfAbsent(key, k -> new Series(name, Map.copyOf(labels), new TreeMap<>())).buckets().put(bound, count);
        }
        return new ServerMetrics(out);
    }

    static Map<String, String> labels(String text) {
        var labels = new HashMap<String, String>();
        var m = LABEL.matcher(text);
        while (m.find()) {
            labels.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
        }
        return labels;
    }

    List<Series> series() {
        return List.copyOf(series.values());
    }

    /**
     * What happened between {@code before} and this scrape: the buckets' counts subtracted, for the series of
     * histogram {@code name} whose labels pass {@code filter}, added up into one histogram (empty when none).
     */
    TreeMap<Double, Double> since(ServerMetrics before, String name, Predicate<Map<String, String>> filter) {
        var sum = new TreeMap<Double, Double>();
        series.forEach((key, now) -> {
            if (!now.name().equals(name) || !filter.test(now.labels())) {
                return;
            }
            var earlier = before == null ? null : before.series.get(key);
            now.buckets().forEach((bound, count) -> {
                double was = earlier == null ? 0 : earlier.buckets().getOrDefault(bound, 0.0);
                sum.merge(bound, Math.max(0, count - was), Double::sum);
            });
        });
        return sum;
    }

    /** The label values of histogram {@code name} under {@code label} that saw requests since {@code before}. */
    List<String> values(ServerMetrics before, String name, String label) {
        var out = new ArrayList<String>();
        series.values().stream().filter(s -> s.name().equals(name)).map(s -> s.labels().get(label))
                .filter(v -> v != null && !out.contains(v)).sorted().forEach(v -> {
                    if (count(since(before, name, l -> v.equals(l.get(label)))) > 0) {
                        out.add(v);
                    }
                });
        return out;
    }

    /** How many observations a cumulative histogram holds (its {@code +Inf} bucket, or its highest). */
    static double count(TreeMap<Double, Double> cumulative) {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The quantile {@code q} (0..1) of a cumulative histogram, in the unit of its bounds: linear within the bucket
     * the rank falls in, from the bucket below's bound (0 for the first); the highest finite bound when the rank
     * falls in {@code +Inf}. NaN for an empty histogram.
     */
    static double quantile(double q, TreeMap<Double, Double> cumulative) {
        double total = count(cumulative);
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (var bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                return inBucket <= 0 ? bucket.getKey()
                        : lowerBound + (bucket.getKey() - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bucket.getKey().isInfinite() ? lowerBound : bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    // ------------------------------------------------------------ the load benchmark's actions on the server

    /** The API endpoints (method and path template, parameters as {@code {}}) behind each of the driver's actions. */
    static final Map<String, List<String>> ENDPOINTS = Map.of(
            LoadBenchmark.SEARCH, List.of("GET /api/search"),
            LoadBenchmark.OPEN, List.of("GET /api/drafts/{}"),
            LoadBenchmark.TEXT, List.of("GET /api/drafts/{}/versions/{}/text"),
            LoadBenchmark.THREADS, List.of("GET /api/drafts/{}/versions/{}/threads"),
            LoadBenchmark.COMMENT, List.of("POST /api/threads/{}/comments", "POST /api/drafts/{}/versions/{}/threads"),
            LoadBenchmark.NEW_DRAFT, List.of("POST /api/drafts"),
            LoadBenchmark.NEW_VERSION, List.of("POST /api/drafts/{}/versions"),
            LoadBenchmark.LIST, List.of("GET /api/drafts"),
            LoadBenchmark.ROUTING, List.of("GET /api/drafts/{}/routing"),
            LoadBenchmark.ACT, List.of("POST /api/drafts/{}/actions/{}"));

    /** An endpoint as {@link #ENDPOINTS} names it: the method, and the template with each parameter as {@code {}}. */
    static String endpoint(Map<String, String> labels) {
        return labels.getOrDefault("method", "?") + " " + labels.getOrDefault("uri", "?").replaceAll("\\{[^}]*\\}", "{}");
    }

    /** p50 and p95 in milliseconds and the number of requests the server handled for one action or view. */
    record Latency(String what, long requests, double p50, double p95) {
    }

    /** The server's p50/p95 per action of the driver over the window between two scrapes ({@code http.server.requests}). */
    static Map<String, Latency> perAction(ServerMetrics before, ServerMetrics after) {
        var out = new TreeMap<String, Latency>();
        ENDPOINTS.forEach((action, endpoints) -> {
            var histogram = after.since(before, "http_server_requests_seconds", l -> endpoints.contains(endpoint(l)));
            if (count(histogram) > 0) {
                out.put(action, latency(action, histogram));
            }
        });
        return out;
    }

    /** The server's handling of UIDL requests per view ({@code mashwara.ui.uidl}), and of every view together. */
    static Map<String, Latency> uidlPerView(ServerMetrics before, ServerMetrics after) {
        var out = new LinkedHashMap<String, Latency>();
        var all = after.since(before, "mashwara_ui_uidl_seconds", l -> true);
        if (count(all) == 0) {
            return out;
        }
        out.put("UIDL, every view", latency("UIDL, every view", all));
        for (var view : after.values(before, "mashwara_ui_uidl_seconds", "view")) {
            out.put("UIDL: " + view, latency("UIDL: " + view,
                    after.since(before, "mashwara_ui_uidl_seconds", l -> view.equals(l.get("view")))));
        }
        return out;
    }

    /** The search's phases in the server ({@code mashwara.search.phase}): match, facets, snippets. */
    static Map<String, Latency> searchPhases(ServerMetrics before, ServerMetrics after) {
        var out = new LinkedHashMap<String, Latency>();
        for (var phase : List.of("match", "facets", "snippets")) {
            var histogram = after.since(before, "mashwara_search_phase_seconds", l -> phase.equals(l.get("phase")));
            if (count(histogram) > 0) {
                out.put("search: " + phase, latency("search: " + phase, histogram));
            }
        }
        var pool = after.since(before, "hikaricp_connections_acquire_seconds", l -> true);
        if (count(pool) > 0) {
            out.put("database pool: wait for a connection", latency("database pool: wait for a connection", pool));
        }
        return out;
    }

    private static Latency latency(String what, TreeMap<Double, Double> histogram) {
        return new Latency(what, Math.round(count(histogram)), quantile(0.5, histogram) * 1000,
                quantile(0.95, histogram) * 1000);
    }

    /** A report table row: the server's figures beside the driver's p50/p95 (the driver's NaN: "–"). */
    static String row(Latency server, double clientP50, double clientP95) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |", server.what(), server.requests(),
                ms(server.p50()), ms(server.p95()), ms(clientP50), ms(clientP95));
    }

    static String header() {
        return "| Action | server requests | server p50 ms | server p95 ms | client p50 ms | client p95 ms |\n"
                + "|---|---:|---:|---:|---:|---:|";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
