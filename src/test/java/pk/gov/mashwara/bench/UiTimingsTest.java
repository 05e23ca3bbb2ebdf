package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;

/** How the UI probe turns the browser's Resource Timing entries into round-trips, and which of them it counts. */
class UiTimingsTest {

    private static final double ORIGIN = 1_780_000_000_000.0; // the page's timeOrigin, epoch milliseconds

    private static Map<String, Object> entry(String name, double startTime, double responseEnd, int status) {
        return Map.of("name", name, "startTime", startTime, "responseEnd", responseEnd, "responseStatus", status);
    }

    @Test
    void takesTheUidlAndBootstrapRequestsAndLeavesOtherResourcesOut() {
        var samples = UiTimings.samples(ORIGIN, List.of(
                entry("http://localhost:8080/?v-r=uidl&v-uiId=0", 1000.0, 1042.5, 200),
                entry("http://localhost:8080/VAADIN/build/indexhtml-abc.js", 10.0, 90.0, 200),
                entry("http://localhost:8080/?v-r=heartbeat&v-uiId=0", 2000.0, 2003.0, 200),
                entry("http://localhost:8080/?v-r=init&location=drafts", 5.0, 125.0, 200),
                entry("http://localhost:8080/styles/mashwara.css", 12.0, 20.0, 200)));

        assertThat(samples).extracting(UiTimings.Sample::action).containsExactly(UiTimings.UIDL, UiTimings.INIT);
        var uidl = samples.getFirst();
        assertThat(uidl.millis()).isEqualTo(42.5);
        assertThat(uidl.startEpochMillis()).isEqualTo(ORIGIN + 1000.0);
        assertThat(uidl.nanos()).isEqualTo(42_500_000L);
        assertThat(uidl.outcome()).isEqualTo(Outcome.OK);
        assertThat(samples.get(1).millis()).isEqualTo(120.0);
    }

    @Test
    void aRequestWithoutAResponseOrWithAnErrorStatusIsAnError() {
        var aborted = new java.util.HashMap<String, Object>(entry("http://x/?v-r=uidl&v-uiId=0", 300.0, 0.0, 0));
        // Chromium reports responseStatus; a browser that does not leaves it out
        aborted.remove("responseStatus");
        var samples = UiTimings.samples(ORIGIN, List.of(aborted, entry("http://x/?v-r=uidl&v-uiId=0", 400.0, 470.0, 500),
                entry("http://x/?v-r=uidl&v-uiId=0", 500.0, 510.0, 0)));

        assertThat(samples.get(0).millis()).isNaN();
        assertThat(samples.get(0).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(samples.get(0).detail()).contains("no response");
        assertThat(samples.get(1).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(samples.get(1).detail()).isEqualTo("HTTP 500");
        // status unknown (0) but a response came: a round-trip like any other
        assertThat(samples.get(2).outcome()).isEqualTo(Outcome.OK);
        assertThat(samples.get(2).millis()).isEqualTo(10.0);
    }

    @Test
    void recordsOnlyTheRoundTripsThatStartedInTheMeasuredWindow() {
        double from = ORIGIN + 1000;
        double end = ORIGIN + 2000;
        assertThat(UiTimings.inWindow(from - 0.001, from, end)).isFalse();
        assertThat(UiTimings.inWindow(from, from, end)).isTrue();
        assertThat(UiTimings.inWindow(end - 0.001, from, end)).isTrue();
        assertThat(UiTimings.inWindow(end, from, end)).isFalse();

        var samples = UiTimings.samples(ORIGIN, List.of(
                entry("http://x/?v-r=uidl", 900.0, 1500.0, 200), // started in the warm-up, ended in the window
                entry("http://x/?v-r=uidl", 1000.0, 1010.0, 200),
                entry("http://x/?v-r=uidl", 1999.0, 2030.0, 200), // started in the window, ended after it
                entry("http://x/?v-r=uidl", 2000.0, 2005.0, 200),
                entry("http://x/?v-r=uidl", 1500.0, 0.0, 0))); // no response, in the window
        var recorder = new LoadRecorder();

        assertThat(UiTimings.record(samples, from, end, recorder)).isEqualTo(3);
        var uidl = recorder.summary(1.0).get(UiTimings.UIDL);
        assertThat(uidl.requests()).isEqualTo(3);
        assertThat(uidl.errors()).isEqualTo(1);
        assertThat(uidl.max()).isEqualTo(31.0);
        assertThat(uidl.p50()).isEqualTo(10.0);
        assertThat(uidl.errorSamples()).singleElement().asString().contains("no response");
    }

    @Test
    void placesANanoTimeInstantOnTheWallClock() {
        long nowNanos = 5_000_000_000L;
        long nowMillis = 1_780_000_000_000L;
        assertThat(UiTimings.epochMillis(nowNanos, nowNanos, nowMillis)).isEqualTo(1_780_000_000_000.0);
        assertThat(UiTimings.epochMillis(nowNanos + 3_000_000_000L, nowNanos, nowMillis)).isEqualTo(1_780_000_003_000.0);
        assertThat(UiTimings.epochMillis(nowNanos - 1_500_000L, nowNanos, nowMillis)).isEqualTo(1_779_999_999_998.5);
    }
}
