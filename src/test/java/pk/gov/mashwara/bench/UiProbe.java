package pk.gov.mashwara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;
import pk.gov.mashwara.support.Chromium;

/**
 * The UI side of the load benchmark: one or two real headless Chromium browsers, each signed in as a working-group
 * member through the log-in form, that go through the portal's views as a person would (the drafts list, scrolled
 * and filtered; a draft's page and its text in the reader; a search; the desk), with think time between steps,
 * while the API users load the portal.
 *
 * <p>Two measures, both taken by the browser itself: every server round-trip (Vaadin's UIDL requests, read from the
 * Resource Timing entries after each step: {@code responseEnd - startTime}), and per step the time from the click
 * to the view rendered, that is until the Vaadin client has no request in flight and the view's element is there.
 * Only the samples that started in the phase's measured window are recorded.
 */
final class UiProbe implements AutoCloseable {

    static final String STEP = "UI step: ";
    private static final Duration STEP_WITHIN = Duration.ofSeconds(30);
    private static final List<String> USERS = List.of("nsmcwg.member", "nsmcwg.member2");
    /** Words of the demo and imported drafts' titles, for the drafts list's title filter. */
    private static final List<String> TITLE_WORDS = List.of("draft", "rules", "regulation", "load", "policy", "media");

    /**
     * Acts, then waits until the step's round-trips are over: the Vaadin client idle for 150 ms with no new UIDL
     * entry, at least one UIDL entry since the step began (when the step needs the server), and the view's element
     * present. Answers the milliseconds from the action to the first moment all that held, or an error.
     */
    private static final String STEP_SCRIPT = """
            const wanted = arguments[0], needsServer = arguments[1], args = arguments[2];
            const done = arguments[arguments.length - 1];
            const uidl = () => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).length;
            const idle = () => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              return !!c && Object.values(c).every(x => !x.isActive || !x.isActive()); };
            const present = () => !wanted || !!document.querySelector(wanted);
            const t0 = performance.now();
            try {
            %s
            } catch (e) { done({ error: 'could not act: ' + e.message }); return; }
            let since = null, count = -1;
            const poll = () => {
              const now = performance.now();
              const n = uidl();
              if ((!needsServer || n > 0) && idle() && present()) {
                if (since === null || n !== count) { since = now; count = n; }
                else if (now - since >= 150) { done({ ms: since - t0 }); return; }
              } else { since = null; }
              if (now - t0 > %d) { done({ error: 'not rendered within %d ms (uidl ' + n + ', idle ' + idle()
                  + ', present ' + present() + ')' }); return; }
              setTimeout(poll, 5);
            };
            poll();
            """;

    /** A click on the navigation's link to one of {@code args} (paths without the leading slash). */
    private static final String NAVIGATE = """
            const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                .find(i => args.includes(String(i.path || i.getAttribute('path') || '').replace(/^\\//, '')));
            if (!item) throw new Error('no navigation item for ' + args);
            const link = item.shadowRoot && item.shadowRoot.querySelector('a[href]');
            (link || item).click();
            """;
    private static final String SCROLL = "document.querySelector('#drafts-grid').scrollToIndex(args[0]);";
    /** Types into the drafts list's title filter (a lazy field: the server hears of it 400 ms after the typing). */
    private static final String FILTER = """
            const input = document.querySelector('.filters vaadin-text-field input');
            input.value = args[0];
            input.dispatchEvent(new Event('input', { bubbles: true }));
            """;
    private static final String OPEN_ROW = """
            const titles = [...document.querySelectorAll('#drafts-grid vaadin-grid-cell-content .draft-title')]
                .filter(t => t.getBoundingClientRect().height > 0);
            if (titles.length === 0) throw new Error('no draft in the list');
            titles[Math.min(args[0], titles.length - 1)].click();
            """;
    private static final String OPEN_READER = """
            const links = document.querySelectorAll('#versions-grid a.read-link');
            if (links.length === 0) throw new Error('no version to read');
            links[0].click();
            """;
    private static final String SEARCH = """
            const input = document.querySelector('#search-query input');
            input.value = args[0];
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
            document.querySelector('#search-button').click();
            """;

    private final String base;
    private final double thinkSeconds;
    private final List<String> terms;
    private final List<Browser> browsers = new ArrayList<>();

    private UiProbe(int port, double thinkSeconds, List<String> terms) {
        this.base = "http://localhost:" + port;
        this.thinkSeconds = thinkSeconds;
        this.terms = List.copyOf(terms);
    }

    /** Starts {@code count} browsers and signs each in as a working-group member. */
    static UiProbe start(Chromium chromium, int count, int port, double thinkSeconds, List<String> terms)
            throws IOException {
        var probe = new UiProbe(port, thinkSeconds, terms.isEmpty() ? List.of("policy") : terms);
        try {
            for (int i = 0; i < count; i++) {
                var profile = Files.createTempDirectory("mashwara-ui-probe");
                var browser = new Browser(i, USERS.get(i % USERS.size()), chromium.start(profile), profile);
                probe.browsers.add(browser);
                probe.signIn(browser);
            }
        } catch (RuntimeException | IOException e) {
            probe.close();
            throw e;
        }
        return probe;
    }

    int browsers() {
        return browsers.size();
    }

    /** Starts each browser's loop for one phase; the threads end at {@code end} (System.nanoTime). */
    List<Thread> run(LoadRecorder recorder, long measureFrom, long end) {
        var threads = new ArrayList<Thread>();
        for (var browser : browsers) {
            threads.add(Thread.ofPlatform().name("ui-probe-" + browser.index).start(
                    () -> loop(browser, recorder, measureFrom, end)));
        }
        return threads;
    }

    /** A picture of what the first browser shows now. */
    void screenshot(Path target) throws IOException {
        if (browsers.isEmpty()) {
            return;
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, ((TakesScreenshot) browsers.getFirst().driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        for (var browser : browsers) {
            try {
                browser.driver.quit();
            } catch (RuntimeException e) {
                // already gone
            }
            try {
                SearchBenchmark.deleteTree(browser.profile);
            } catch (IOException e) {
                System.out.println("[load] the UI probe's browser profile stays in " + browser.profile + ": " + e.getMessage());
            }
        }
        browsers.clear();
    }

    // ---------------------------------------------------------------- the loop

    private record Browser(int index, String user, WebDriver driver, Path profile) {
    }

    /** A step that could not go on; the loop starts again from the desk. */
    private static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    private void loop(Browser browser, LoadRecorder recorder, long measureFrom, long end) {
        var random = ThreadLocalRandom.current();
        var window = new Window(measureFrom, end);
        while (System.nanoTime() < end) {
            try {
                round(browser, recorder, window, random);
            } catch (StepFailed e) {
                // a failed step is recorded; start again from a fresh page
                if (!think(end, random)) {
                    return;
                }
                recover(browser);
            } catch (RuntimeException e) {
                window.record(recorder, System.nanoTime(), STEP + "unreadable answer", 0, Outcome.ERROR, String.valueOf(e));
                if (!think(end, random)) {
                    return;
                }
                recover(browser);
            }
        }
    }

    /** One round through the views, thinking between steps; returns early at the end of the phase. */
    private void round(Browser b, LoadRecorder recorder, Window w, ThreadLocalRandom random) {
        var steps = new ArrayList<Runnable>();
        steps.add(() -> step(b, recorder, w, "open drafts list", NAVIGATE, "#drafts-grid .draft-title", true, List.of("drafts")));
        steps.add(() -> step(b, recorder, w, "scroll drafts list", SCROLL, "#drafts-grid", false, List.of(random.nextInt(10, 60))));
        steps.add(() -> step(b, recorder, w, "filter drafts (400 ms typing pause included)", FILTER, "#drafts-grid", true,
                List.of(TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())))));
        steps.add(() -> step(b, recorder, w, "filter drafts (400 ms typing pause included)", FILTER,
                "#drafts-grid .draft-title", true, List.of("")));
        steps.add(() -> step(b, recorder, w, "open draft", OPEN_ROW, "#draft-heading", true, List.of(random.nextInt(8))));
        steps.add(() -> step(b, recorder, w, "open reader", OPEN_READER, ".reader-column", true, List.of()));
        steps.add(() -> step(b, recorder, w, "open search", NAVIGATE, "#search-query", true, List.of("search")));
        steps.add(() -> step(b, recorder, w, "search", SEARCH, "#search-results", true,
                List.of(terms.get(random.nextInt(terms.size())))));
        steps.add(() -> step(b, recorder, w, "open desk", NAVIGATE, "#desk", true, List.of("desk", "")));
        for (var step : steps) {
            if (!think(w.end, random)) {
                return;
            }
            step.run();
        }
    }

    /**
     * Runs one step in the browser and records its time from the action to the view rendered, then the round-trips
     * it caused (after which the browser's resource entries are cleared for the next step).
     */
    private void step(Browser b, LoadRecorder recorder, Window w, String name, String action, String wanted,
            boolean needsServer, List<Object> args) {
        long start = System.nanoTime();
        var script = STEP_SCRIPT.formatted(action, STEP_WITHIN.toMillis(), STEP_WITHIN.toMillis());
        Object answer;
        try {
            answer = ((JavascriptExecutor) b.driver).executeAsyncScript(script, wanted, needsServer, args);
        } catch (RuntimeException e) {
            answer = Map.of("error", "the browser did not answer: " + firstLine(e.getMessage()));
        }
        roundTrips(b, recorder, w);
        @SuppressWarnings("unchecked")
        var result = answer instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of("error", "no answer");
        if (result.get("ms") instanceof Number ms) {
            w.record(recorder, start, STEP + name, Math.round(ms.doubleValue() * 1e6), Outcome.OK, null);
            return;
        }
        var error = String.valueOf(result.get("error"));
        w.record(recorder, start, STEP + name, 0, Outcome.ERROR, b.user + ": " + error);
        throw new StepFailed(error);
    }

    /** The UIDL and bootstrap round-trips the browser made since the last call; clears its entries. */
    private void roundTrips(Browser b, LoadRecorder recorder, Window w) {
        try {
            @SuppressWarnings("unchecked")
            var read = (Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript("""
                    const entries = performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl') || e.name.includes('v-r=init'))
                        .map(e => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd,
                                     responseStatus: e.responseStatus || 0 }));
                    performance.clearResourceTimings();
                    return { timeOrigin: performance.timeOrigin, entries: entries };
                    """);
            @SuppressWarnings("unchecked")
            var entries = (List<Map<String, Object>>) read.get("entries");
            var samples = UiTimings.samples(((Number) read.get("timeOrigin")).doubleValue(), entries);
            UiTimings.record(samples, w.fromEpochMillis, w.endEpochMillis, recorder);
        } catch (RuntimeException e) {
            // the page is gone (a full reload): its entries with it
        }
    }

    private boolean think(long end, ThreadLocalRandom random) {
        // exponential, as the API users think, but never more than four times the mean
        double seconds = Math.min(-Math.log(1 - random.nextDouble()) * thinkSeconds, 4 * thinkSeconds);
        long wakeAt = System.nanoTime() + (long) (seconds * 1e9);
        if (wakeAt >= end) {
            return false;
        }
        try {
            Thread.sleep(Duration.ofNanos(wakeAt - System.nanoTime()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void signIn(Browser b) {
        var wait = new WebDriverWait(b.driver, STEP_WITHIN);
        b.driver.manage().timeouts().scriptTimeout(STEP_WITHIN.plusSeconds(10));
        b.driver.get(base + "/login");
        var username = wait.until(d -> d.findElements(By.cssSelector("#vaadinLoginUsername input")).stream().findFirst().orElse(null));
        username.clear();
        username.sendKeys(b.user);
        var password = b.driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.clear();
        password.sendKeys(LoadBenchmark.PASSWORD);
        b.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.findElements(By.id("desk")).isEmpty());
        raiseBuffer(b);
    }

    /** After a failed step: the desk again, signing in anew if the session is gone. */
    private void recover(Browser b) {
        try {
            b.driver.get(base + "/desk");
            var wait = new WebDriverWait(b.driver, STEP_WITHIN);
            wait.until(d -> !d.findElements(By.id("desk")).isEmpty()
                    || !d.findElements(By.tagName("vaadin-login-form")).isEmpty());
            if (b.driver.findElements(By.id("desk")).isEmpty()) {
                signIn(b);
            }
            raiseBuffer(b);
        } catch (RuntimeException e) {
            System.out.println("[load] UI probe " + b.index + ": could not get back to the desk: " + firstLine(e.getMessage()));
        }
    }

    /** A page keeps 250 resource entries by default; a slow step must not lose any. */
    private static void raiseBuffer(Browser b) {
        ((JavascriptExecutor) b.driver).executeScript(
                "performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings();");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The phase's measured window, on both clocks: System.nanoTime for the steps, the epoch for the browser's entries. */
    private static final class Window {
        final long from;
        final long end;
        final double fromEpochMillis;
        final double endEpochMillis;

        Window(long from, long end) {
            this.from = from;
            this.end = end;
            long nowNanos = System.nanoTime();
            long nowMillis = System.currentTimeMillis();
            this.fromEpochMillis = UiTimings.epochMillis(from, nowNanos, nowMillis);
            this.endEpochMillis = UiTimings.epochMillis(end, nowNanos, nowMillis);
        }

        void record(LoadRecorder recorder, long start, String action, long nanos, Outcome outcome, String detail) {
            if (start >= from && start < end) {
                recorder.record(action, nanos, outcome, detail);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d browser(s) as %s", browsers.size(),
                browsers.stream().map(Browser::user).toList());
    }
}
