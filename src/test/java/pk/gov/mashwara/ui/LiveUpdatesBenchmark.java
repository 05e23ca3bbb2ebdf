package pk.gov.mashwara.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;

/**
 * Polling against server push for pages left open (issue 19, point 3): the same open tabs, the portal started once
 * each way in one run ({@code mashwara.ui.updates=poll}, then {@code push}, then again if {@code bench.live.rounds}
 * asks). Each tab is a headless Chromium of its own, signed in as a working-group member and left on a submitted
 * draft's text, where both parts that learn of others' changes are: the notification bell and the review panel.
 * Measured each way:
 * <ul>
 * <li>the heap each open tab keeps (after full collections, before the tabs against after, divided by the tabs);</li>
 * <li>over an idle window ({@code bench.live.window}, 120 s) in which nobody does anything: the requests the tabs made
 * (counted by each browser: its UIDL requests, and all its requests to the portal), and the portal's CPU (this JVM's
 * process CPU time; the browsers are processes of their own);</li>
 * <li>how long a notice takes to show on the bell of an open tab ({@code bench.live.notices}, 6, sent one at a time
 * at random moments, each timed from the send to the badge changing in the browser).</li>
 * </ul>
 * Run: {@code ./mvnw -B -DskipTests package exec:java -Dexec.mainClass=pk.gov.mashwara.ui.LiveUpdatesBenchmark
 * -Dexec.classpathScope=test} (options {@code bench.live.tabs}, 12). Writes {@code target/benchmarks/live-updates.md}.
 */
public final class LiveUpdatesBenchmark {

    private static final List<String> USERS = List.of("nsmcwg.member", "nsmcwg.member2", "nsmcwg.secretary");

    record Result(String mode, int tabs, double kbPerTab, long uidlRequests, long allRequests, double windowSeconds,
            double portalCpuSeconds, double idleCpuPerSecond, List<Long> noticeMillis, double loadBefore,
            double loadAfter) {
    }

    public static void main(String[] args) throws Exception {
        int tabs = Integer.getInteger("bench.live.tabs", 12);
        int windowSeconds = Integer.getInteger("bench.live.window", 120);
        int notices = Integer.getInteger("bench.live.notices", 6);
        int rounds = Integer.getInteger("bench.live.rounds", 1);
        System.setProperty("java.class.path", pk.gov.mashwara.bench.IngestBenchmark.classPath());
        var results = new ArrayList<Result>();
        for (int round = 0; round < rounds; round++) {
            for (var mode : List.of("poll", "push")) {
                results.add(run(mode, tabs, windowSeconds, notices));
                System.out.println("[live] " + results.getLast());
            }
        }
        var report = report(results);
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("live-updates.md"), report);
        System.out.println(report);
        System.exit(0);
    }

    private static Result run(String mode, int tabs, int windowSeconds, int notices) throws Exception {
        var data = Files.createTempDirectory("mashwara-live");
        var browsers = new ArrayList<BrowserSupport>();
        try (var portal = start(mode, data)) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            var member = (MashwaraUser) portal.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername(USERS.getFirst());
            var drafts = portal.getBean(DraftService.class);
            var draft = RunAs.user(member, () -> drafts.list(new DraftFilter(null, null, null, null),
                    PageRequest.of(0, 1)).getContent()).getFirst();
            var password = portal.getEnvironment().getProperty("mashwara.demo.password");
            var reader = "http://localhost:" + port + "/drafts/" + draft.id() + "/versions/1/text";

            // a few tabs opened and closed first, so that the first page views' one-off costs (caches filled, code
            // compiled) are not counted as the tabs'; then the start's background work (the demonstration's texts
            // extracted and indexed) is let finish
            for (int i = 0; i < 3; i++) {
                try (var warm = BrowserSupport.start()) {
                    SessionMemoryBenchmark.signIn(warm, port, USERS.get(i % USERS.size()), password);
                    warm.driver.get(reader);
                    warm.find(By.id("review-panel"));
                    warm.settle();
                }
            }
            Thread.sleep(20_000);
            var os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
            long before = SessionMemoryBenchmark.heapAfterGc();
            for (int i = 0; i < tabs; i++) {
                var browser = BrowserSupport.start();
                browsers.add(browser);
                SessionMemoryBenchmark.signIn(browser, port, USERS.get(i % USERS.size()), password);
                browser.driver.get(reader);
                browser.find(By.id("review-panel"));
                browser.settle();
            }
            long after = SessionMemoryBenchmark.heapAfterGc();

            // the idle window: nobody does anything
            for (var browser : browsers) {
                browser.js("performance.setResourceTimingBufferSize(100000); performance.clearResourceTimings();");
            }
            double loadBefore = load();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            Thread.sleep(windowSeconds * 1000L);
            long cpu = os.getProcessCpuTime() - cpuStart;
            double window = (System.nanoTime() - start) / 1e9;
            double loadAfter = load();
            long uidl = 0;
            long all = 0;
            for (var browser : browsers) {
                uidl += ((Number) browser.js("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('v-r=uidl')).length;")).longValue();
                all += ((Number) browser.js("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.startsWith(location.origin)).length;")).longValue();
            }

            // notices to the first tab's user, each at a random moment, timed to the badge
            var notifications = portal.getBean(NotificationService.class);
            var first = browsers.getFirst();
            var random = new java.util.Random(19);
            var delays = new ArrayList<Long>();
            long recipient = member.id();
            for (int i = 0; i < notices; i++) {
                Thread.sleep(1000 + random.nextInt(15_000));
                var shown = badge(first);
                long sent = System.nanoTime();
                notifications.sendAbout(NotificationKind.AWAITING_YOU, Set.of(recipient), "Benchmark",
                        "Live updates " + i, "A notice to time", "desk");
                long deadline = sent + 60_000_000_000L;
                while (badge(first).equals(shown) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                delays.add((System.nanoTime() - sent) / 1_000_000);
            }
            // the portal's own background with no tab open (the tabs closed, their sessions left), to take off the
            // window's figure
            for (var browser : browsers) {
                browser.close();
            }
            browsers.clear();
            long idleCpuStart = os.getProcessCpuTime();
            long idleStart = System.nanoTime();
            Thread.sleep(30_000);
            double idleCpuPerSecond = (os.getProcessCpuTime() - idleCpuStart) / (double) (System.nanoTime() - idleStart);
            return new Result(mode, tabs, (after - before) / 1024.0 / tabs, uidl, all, window, cpu / 1e9,
                    idleCpuPerSecond, delays, loadBefore, loadAfter);
        } finally {
            for (var browser : browsers) {
                browser.close();
            }
            pk.gov.mashwara.bench.SearchBenchmark.deleteTree(data);
        }
    }

    private static ConfigurableApplicationContext start(String mode, Path data) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath() + ";CACHE_SIZE=2048"
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--mashwara.data-dir=" + data, "--mashwara.store.dir=" + data.resolve("files"),
                "--mashwara.index.dir=" + data.resolve("index"), "--mashwara.demo.enabled=true",
                "--mashwara.extraction.ocr.enabled=false", "--vaadin.launch-browser=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--mashwara.ui.updates=" + mode,
                "--vaadin.productionMode=" + Boolean.parseBoolean(System.getProperty("bench.production", "true")));
    }

    /** The bell's badge as the browser shows it ("0" when hidden). */
    private static String badge(BrowserSupport browser) {
        return String.valueOf(browser.js("var c = document.querySelector('.notification-count');"
                + "return c && c.offsetParent !== null ? c.textContent.trim() : '0';"));
    }

    private static double load() throws java.io.IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    static String report(List<Result> results) {
        var out = new StringBuilder(String.format(Locale.ROOT, "# Live updates: polling against push%n%n"
                + "Run at %s on %d cores. Each row: the portal started with `mashwara.ui.updates` so, %d open tabs "
                + "(one headless Chromium each) left on a submitted draft's text, then an idle window of %.0f s.%n%n"
                + "| Mode | heap per open tab, KB | UIDL requests per tab per minute | requests per tab per minute "
                + "| portal CPU ms per tab per minute (above idle) | notice shown after, ms: median | max | load average before → after |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---|%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                results.getFirst().tabs(), results.getFirst().windowSeconds()));
        for (var r : results) {
            double minutes = r.windowSeconds() / 60;
            var sorted = r.noticeMillis().stream().sorted().toList();
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.1f | %d | %d | %.2f → %.2f |%n",
                    r.mode(), r.kbPerTab(), r.uidlRequests() / (double) r.tabs() / minutes,
                    r.allRequests() / (double) r.tabs() / minutes, (r.portalCpuSeconds() - r.idleCpuPerSecond() * r.windowSeconds()) * 1000 / r.tabs() / minutes,
                    sorted.get(sorted.size() / 2), sorted.getLast(), r.loadBefore(), r.loadAfter()));
        }
        out.append("\nThe portal's CPU is its whole process over the window, less what it used in 30 s with no tab open "
                + "just after (the tabs closed: its schedulers), divided by the tabs and the minutes.\n");
        return out.toString();
    }
}
