package pk.gov.mashwara.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;

/**
 * The server round-trips of a browser, read from its Resource Timing entries
 * ({@code performance.getEntriesByType('resource')}): Vaadin's UIDL requests ({@code v-r=uidl}: every event sent to
 * the server and the changes it answers with) and the bootstrap requests ({@code v-r=init}). The round-trip of an
 * entry is {@code responseEnd - startTime}, as the browser measured it, without the driver's own overhead.
 */
final class UiTimings {

    static final String UIDL = "UI round-trip (UIDL)";
    static final String INIT = "UI round-trip (init)";

    private UiTimings() {
    }

    /**
     * One round-trip: when it started (milliseconds since the epoch, from the page's {@code timeOrigin}), how long it
     * took (NaN when the browser got no response), and the HTTP status where the browser tells it (0 otherwise).
     */
    record Sample(String action, double startEpochMillis, double millis, int status) {

        Outcome outcome() {
            return Double.isNaN(millis) || status >= 400 ? Outcome.ERROR : Outcome.OK;
        }

        String detail() {
            return Double.isNaN(millis) ? "no response (request aborted or failed)" : status >= 400 ? "HTTP " + status : null;
        }

        long nanos() {
            return Double.isNaN(millis) ? 0 : Math.round(millis * 1e6);
        }
    }

    /**
     * The round-trips among resource entries (each a map with {@code name}, {@code startTime}, {@code responseEnd}
     * and, in Chromium, {@code responseStatus}), other resources (scripts, styles, images, heartbeats) left out.
     */
    static List<Sample> samples(double timeOrigin, List<Map<String, Object>> entries) {
        var out = new ArrayList<Sample>();
        for (var entry : entries) {
            var name = String.valueOf(entry.get("name"));
            String action = name.contains("v-r=uidl") ? UIDL : name.contains("v-r=init") ? INIT : null;
            if (action == null) {
                continue;
            }
            double start = number(entry.get("startTime"));
            double end = number(entry.get("responseEnd"));
            // an entry whose response never ended (aborted, network error) has responseEnd 0
            double millis = end > 0 && end >= start ? end - start : Double.NaN;
            out.add(new Sample(action, timeOrigin + start, millis, (int) number(entry.get("responseStatus"))));
        }
        return out;
    }

    /** Whether a sample that started at {@code startEpochMillis} belongs to the window [from, end). */
    static boolean inWindow(double startEpochMillis, double fromEpochMillis, double endEpochMillis) {
        return startEpochMillis >= fromEpochMillis && startEpochMillis < endEpochMillis;
    }

    /**
     * Records the samples that started in the window [from, end) (milliseconds since the epoch) and returns how
     * many it recorded.
     */
    static int record(List<Sample> samples, double fromEpochMillis, double endEpochMillis, LoadRecorder recorder) {
        int recorded = 0;
        for (var sample : samples) {
            if (inWindow(sample.startEpochMillis(), fromEpochMillis, endEpochMillis)) {
                recorder.record(sample.action(), sample.nanos(), sample.outcome(), sample.detail());
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * A {@link System#nanoTime()} instant as milliseconds since the epoch, given one moment read on both clocks;
     * the browser's clock is the wall clock of the same machine.
     */
    static double epochMillis(long nanoTime, long nowNanos, long nowEpochMillis) {
        return nowEpochMillis + (nanoTime - nowNanos) / 1e6;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
