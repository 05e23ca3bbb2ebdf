package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;

class LoadRecorderTest {

    private static final long MS = 1_000_000L;

    @Test
    void percentilesAreNearestRankOverTheSortedLatencies() {
        // 1 .. 100 ms: p50 is the 50th value, p95 the 95th, p99 the 99th
        var sorted = IntStream.rangeClosed(1, 100).mapToLong(i -> i * MS).toArray();
        assertThat(LoadRecorder.millis(sorted, 50)).isEqualTo(50.0);
        assertThat(LoadRecorder.millis(sorted, 95)).isEqualTo(95.0);
        assertThat(LoadRecorder.millis(sorted, 99)).isEqualTo(99.0);
        assertThat(LoadRecorder.millis(sorted, 100)).isEqualTo(100.0);
        // few values: the rank rounds up, never below the first
        assertThat(LoadRecorder.millis(new long[] { 3 * MS }, 50)).isEqualTo(3.0);
        assertThat(LoadRecorder.millis(new long[] { 1 * MS, 9 * MS }, 50)).isEqualTo(1.0);
        assertThat(LoadRecorder.millis(new long[] { 1 * MS, 9 * MS }, 51)).isEqualTo(9.0);
        assertThat(LoadRecorder.millis(new long[0], 95)).isNaN();
        assertThatThrownBy(() -> LoadRecorder.millis(sorted, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryCountsRequestsRefusalsAndErrorsPerAction() {
        var recorder = new LoadRecorder();
        for (int i = 100; i >= 1; i--) {
            recorder.record("search", i * MS, Outcome.OK, null);
        }
        recorder.record("routing action", 7 * MS, Outcome.REFUSED, "409");
        recorder.record("routing action", 5 * MS, Outcome.OK, null);
        for (int i = 0; i < 8; i++) {
            recorder.record("upload version", 60_000 * MS, Outcome.ERROR, "timeout " + i);
        }

        var summary = recorder.summary(10.0);
        assertThat(summary.keySet()).containsExactly("routing action", "search", "upload version");
        var search = summary.get("search");
        assertThat(search.requests()).isEqualTo(100);
        assertThat(search.perSecond()).isEqualTo(10.0);
        assertThat(search.p50()).isEqualTo(50.0);
        assertThat(search.p95()).isEqualTo(95.0);
        assertThat(search.p99()).isEqualTo(99.0);
        assertThat(search.max()).isEqualTo(100.0);
        assertThat(search.errors()).isZero();

        var routing = summary.get("routing action");
        assertThat(routing.requests()).isEqualTo(2);
        assertThat(routing.refused()).isEqualTo(1);
        assertThat(routing.p99()).isEqualTo(7.0);
        assertThat(routing.refusalSamples()).containsExactly("409");
        assertThat(routing.errorSamples()).isEmpty();

        // errors count as requests but not in the latencies; only the first few samples are kept
        var upload = summary.get("upload version");
        assertThat(upload.requests()).isEqualTo(8);
        assertThat(upload.errors()).isEqualTo(8);
        assertThat(upload.p95()).isNaN();
        assertThat(upload.errorSamples()).containsExactly("timeout 0", "timeout 1", "timeout 2", "timeout 3", "timeout 4");
        assertThat(upload.row()).isEqualTo("| upload version | 8 | 0.8 | – | – | – | – | 0 | 8 |");

        var all = recorder.overall(10.0);
        assertThat(all.requests()).isEqualTo(110);
        assertThat(all.refused()).isEqualTo(1);
        assertThat(all.errors()).isEqualTo(8);
        assertThat(all.max()).isEqualTo(100.0);
        assertThat(search.row()).isEqualTo("| search | 100 | 10.0 | 50.0 | 95.0 | 99.0 | 100.0 | 0 | 0 |");
    }

    @Test
    void recordsFromManyThreadsAtOnce() throws Exception {
        var recorder = new LoadRecorder();
        var threads = IntStream.range(0, 50).mapToObj(t -> Thread.ofVirtual().start(() -> {
            for (int i = 1; i <= 200; i++) {
                recorder.record("open draft", i * MS, Outcome.OK, null);
            }
        })).toList();
        for (var thread : threads) {
            thread.join();
        }
        var open = recorder.summary(1.0).get("open draft");
        assertThat(open.requests()).isEqualTo(10_000);
        assertThat(open.p50()).isEqualTo(100.0);
        assertThat(open.max()).isEqualTo(200.0);
    }
}
