package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;

/** The load benchmark's guards (its own database, loopback only) and its verdict on the targets. */
class LoadBenchmarkTest {

    @Test
    void takesTheDatabaseNameFromTheJdbcUrlAndRefusesAnUrlWithout() {
        assertThat(LoadPortal.Database.databaseName("jdbc:mariadb://127.0.0.1:3306/mashwara_load")).isEqualTo("mashwara_load");
        assertThat(LoadPortal.Database.databaseName("jdbc:mariadb://localhost/bench_x?useSsl=false")).isEqualTo("bench_x");
        assertThatThrownBy(() -> LoadPortal.Database.databaseName("jdbc:mariadb://127.0.0.1:3306/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("with a database");
        assertThatThrownBy(() -> LoadPortal.Database.databaseName("jdbc:mariadb://127.0.0.1/a`; DROP DATABASE b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToDropADatabaseThatIsNotNamedForBenchmarks() {
        System.setProperty("load.db.url", "jdbc:mariadb://127.0.0.1:3306/mashwara");
        try {
            assertThatThrownBy(LoadPortal.Database::fromSettings).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refusing 'mashwara'");
        } finally {
            System.clearProperty("load.db.url");
        }
    }

    @Test
    void drivesOnlyAPortalOnLoopback() throws Exception {
        assertThat(LoadBenchmark.loopbackPort("http://127.0.0.1:8080")).isEqualTo(8080);
        assertThat(LoadBenchmark.loopbackPort("http://localhost:9000/")).isEqualTo(9000);
        assertThatThrownBy(() -> LoadBenchmark.loopbackPort("http://192.0.2.10:8080"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only");
        assertThatThrownBy(() -> LoadBenchmark.loopbackPort("ftp://127.0.0.1/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void judgesTheTargetsAtOneHundredUsers() {
        var recorder = new LoadRecorder();
        for (int i = 1; i <= 100; i++) {
            recorder.record(LoadBenchmark.SEARCH, i * 200_000L, Outcome.OK, null); // 0.2 .. 20 ms
            recorder.record(LoadBenchmark.OPEN, i * 1_500_000L, Outcome.OK, null); // 1.5 .. 150 ms
        }
        var met = new LoadBenchmark.Phase(100, 10, recorder.summary(10), recorder.overall(10), 1.0);
        var verdict = LoadBenchmark.targets(met);
        assertThat(verdict).contains("| search p95 ≤ 50 ms (through the API) | 19.0 ms | met |")
                .contains("| round-trip p95 ≤ 100 ms (every action) | 135.0 ms | **missed** |")
                .contains("| no errors | 0 | met |");

        recorder.record(LoadBenchmark.SEARCH, 0, Outcome.ERROR, "500");
        var failed = new LoadBenchmark.Phase(100, 10, recorder.summary(10), recorder.overall(10), 1.0);
        assertThat(LoadBenchmark.targets(failed)).contains("| no errors | 1 | **missed** |");
        assertThat(LoadBenchmark.targetsAt200(met)).contains("| round-trip p95 ≤ 250 ms (every action) | 135.0 ms | met |")
                .contains("| no errors | 0 | met |");
        assertThat(LoadBenchmark.targetsAt200(failed)).contains("| no errors | 1 | **missed** |");
        assertThat(LoadBenchmark.targets(new LoadBenchmark.Phase(100, 10, Map.of(), new LoadRecorder().overall(10), 1.0)))
                .contains("| search p95 ≤ 50 ms (through the API) | NaN ms | **missed** |")
                .contains("| UI round-trip (UIDL) p95 ≤ 100 ms | not measured (no UI probe) | |");
    }

    @Test
    void runsOneUiProbeBrowserUnlessToldOtherwise() {
        try {
            System.clearProperty("load.ui");
            assertThat(LoadBenchmark.Settings.fromSystemProperties().uiBrowsers()).isEqualTo(1);
            System.setProperty("load.ui", "0");
            assertThat(LoadBenchmark.Settings.fromSystemProperties().uiBrowsers()).isZero();
            System.setProperty("load.ui", "2");
            assertThat(LoadBenchmark.Settings.fromSystemProperties().uiBrowsers()).isEqualTo(2);
            for (var wrong : new String[] { "-1", "5" }) {
                System.setProperty("load.ui", wrong);
                assertThatThrownBy(LoadBenchmark.Settings::fromSystemProperties).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("load.ui");
            }
        } finally {
            System.clearProperty("load.ui");
        }
    }

    @Test
    void theReportSaysWhenTheUiWasNotMeasured() {
        System.setProperty("load.ui", "0");
        try {
            var bench = new LoadBenchmark(LoadBenchmark.Settings.fromSystemProperties(), new pk.gov.mashwara.support.ApiClient(1));
            bench.startProbe(1);
            var report = bench.report(java.time.Instant.now(), 0, "nowhere", 0, java.util.List.of());
            assertThat(report).contains("UI probe off (load.ui=0)").doesNotContain("*UI rows*");
        } finally {
            System.clearProperty("load.ui");
        }
    }

    @Test
    void judgesTheUiRoundTripApartFromTheApi() {
        var api = new LoadRecorder();
        api.record(LoadBenchmark.SEARCH, 5_000_000L, Outcome.OK, null);
        var ui = new LoadRecorder();
        for (int i = 1; i <= 20; i++) {
            ui.record(UiTimings.UIDL, i * 6_000_000L, Outcome.OK, null); // 6 .. 120 ms: p95 is the 19th, 114 ms
            ui.record(UiProbe.STEP + "open draft", i * 20_000_000L, Outcome.OK, null);
        }
        var phase = new LoadBenchmark.Phase(100, 10, api.summary(10), api.overall(10), 1.0, ui.summary(10));
        assertThat(LoadBenchmark.targets(phase))
                .contains("| UI round-trip (UIDL) p95 ≤ 100 ms (20 requests from the probe's browsers) | 114.0 ms | **missed** |")
                // the API's own round-trip is judged on the API's requests only
                .contains("| round-trip p95 ≤ 100 ms (every action) | 5.0 ms | met |");

        var fast = new LoadRecorder();
        fast.record(UiTimings.UIDL, 40_000_000L, Outcome.OK, null);
        assertThat(LoadBenchmark.targets(new LoadBenchmark.Phase(100, 10, api.summary(10), api.overall(10), 1.0,
                fast.summary(10)))).contains("| 40.0 ms | met |");
    }
}
