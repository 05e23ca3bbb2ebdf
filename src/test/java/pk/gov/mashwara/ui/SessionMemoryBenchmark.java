package pk.gov.mashwara.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.catalina.Context;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.server.VaadinService;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;

/**
 * Retained heap per idle UI session, measured as Vaadin's scalability guidance describes: real browser sessions
 * (the machine's headless Chromium), each signed in through the log-in form and left on a page, then the heap used
 * after a full collection, divided by the number of sessions.
 *
 * <p>The portal runs in this JVM (H2 in memory, demo data). Each session: cookies cleared (so the next one is a new
 * server session), sign in as one of the working group's users, open the drafts list, then a submitted draft's text
 * in the reader; the browser then moves on and the session stays behind, idle, as a user's open tab would when the
 * user goes to lunch. The heap is measured after {@code bench.sessions.warmup} sessions and again after
 * {@code bench.sessions} more; the difference divided by those sessions is the retained heap per session.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package exec:java -Dexec.mainClass=pk.gov.mashwara.ui.SessionMemoryBenchmark
 * -Dexec.classpathScope=test -Dbench.sessions=200} ({@code package} builds the production bundle; Vaadin runs in
 * production mode, as in the jar, unless {@code -Dbench.production=false}). Writes {@code target/benchmarks/sessions.md}.
 */
public final class SessionMemoryBenchmark {

    private static final List<String> USERS = List.of("nsmcwg.member", "nsmcwg.member2", "nsmcwg.secretary",
            "focal.person", "auditor");

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 200);
        int warmup = Integer.getInteger("bench.sessions.warmup", 10);
        var data = Files.createTempDirectory("mashwara-sessions");
        // The extractor processes are started with this JVM's class path; under exec:java that is Maven's
        System.setProperty("java.class.path", pk.gov.mashwara.bench.IngestBenchmark.classPath());
        String report;
        try (var portal = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                // The database on disk with a small page cache (filled during the warm-up), as MariaDB is outside the
                // portal's heap in production: every sign-in and page view adds audit rows and archived event
                // publications, which an in-memory database would keep on the heap and count as the sessions'
                "--spring.datasource.url=" + (Boolean.parseBoolean(System.getProperty("bench.db.inMemory", "false"))
                        ? "jdbc:h2:mem:mashwara-sessions-" + UUID.randomUUID()
                        : "jdbc:h2:file:" + data.resolve("db").toAbsolutePath() + ";CACHE_SIZE=2048")
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--mashwara.data-dir=" + data, "--mashwara.store.dir=" + data.resolve("files"),
                "--mashwara.index.dir=" + data.resolve("index"), "--mashwara.demo.enabled=true",
                "--mashwara.extraction.ocr.enabled=false", "--vaadin.launch-browser=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                // as users run it (the jar); the production bundle comes from `./mvnw package`
                "--vaadin.productionMode=" + Boolean.parseBoolean(System.getProperty("bench.production", "true")));
                var browser = BrowserSupport.start()) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) portal).getWebServer()).getTomcat();
            var context = (Context) tomcat.getHost().findChildren()[0];
            var drafts = portal.getBean(DraftService.class);
            var member = (MashwaraUser) portal.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername("nsmcwg.member");
            var submitted = RunAs.user(member, () -> drafts.list(new DraftFilter(null, null, null, null),
                    PageRequest.of(0, 20)).getContent());
            if (submitted.isEmpty()) {
                throw new IllegalStateException("the demo data has no draft a working-group member may open");
            }
            String password = portal.getEnvironment().getProperty("mashwara.demo.password");

            for (int i = 0; i < warmup; i++) {
                open(browser, port, USERS.get(i % USERS.size()), password, submitted.get(i % submitted.size()).id());
            }
            // the histogram is a map of every class on the heap (several MB): it is made before the heap is measured,
            // so that it is in both readings and not counted as the sessions' (runs 1 to 5 of docs/benchmarks/sessions.md
            // made it after the first reading, and so charged it to the sessions: 5–6 MB, about 57 KB a session of 100)
            var histogramBefore = histogram();
            long before = heapAfterGc();
            int sessionsBefore = context.getManager().getActiveSessions();
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                open(browser, port, USERS.get(i % USERS.size()), password, submitted.get(i % submitted.size()).id());
                if ((i + 1) % 50 == 0) {
                    System.out.printf(Locale.ROOT, "[sessions] %d opened%n", i + 1);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            browser.driver.manage().deleteAllCookies();
            long after = heapAfterGc();
            var histogramAfter = histogram();
            var grown = grown(histogramBefore, histogramAfter, sessions);
            dump("main", histogramBefore, histogramAfter, sessions);
            int sessionsAfter = context.getManager().getActiveSessions();
            boolean production = VaadinService.getCurrent() == null
                    ? Boolean.parseBoolean(portal.getEnvironment().getProperty("vaadin.productionMode", "false"))
                    : VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode();
            report = report(sessions, warmup, before, after, sessionsBefore, sessionsAfter, seconds, production)
                    .replace("- Active HTTP sessions", "- Database: " + (Boolean.parseBoolean(System.getProperty(
                            "bench.db.inMemory", "false")) ? "H2 in memory (its growth counted with the sessions)"
                                    : "H2 on disk, 2 MB page cache (as MariaDB, outside the portal's heap)")
                            + "\n- Active HTTP sessions") + grown;
            var views = System.getProperty("bench.views", "").trim();
            if (!views.isEmpty()) {
                report += perView(browser, port, password, submitted.get(0).id(), List.of(views.split(",")),
                        Integer.getInteger("bench.sessions.perView", 40));
            }
        } finally {
            pk.gov.mashwara.bench.SearchBenchmark.deleteTree(data);
        }
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("sessions.md"), report);
        System.out.println(report);
        System.exit(0);
    }

    /** A new session: sign in, the drafts list, a draft's text in the reader. */
    private static void open(BrowserSupport browser, int port, String user, String password, long draftId) {
        signIn(browser, port, user, password);
        browser.driver.get("http://localhost:" + port + "/drafts");
        browser.find(By.tagName("vaadin-grid"));
        browser.settle();
        browser.driver.get("http://localhost:" + port + "/drafts/" + draftId + "/versions/1/text");
        browser.find(By.cssSelector(".reader-column"));
        browser.settle();
    }

    /**
     * What each page keeps when a session is left on it: more sessions, each signed in and left on that page only
     * (after the desk, where signing in lands), measured as above, page after page.
     */
    private static String perView(BrowserSupport browser, int port, String password, long draftId, List<String> views,
            int sessions) throws Exception {
        var out = new StringBuilder(String.format(Locale.ROOT, "%n## What each page keeps%n%n%d more sessions per page, "
                + "each signed in (the desk) and then left on that page alone.%n%n"
                + "| Page left open | KB per session | state nodes per session | Vaadin UIs per session |%n|---|---:|---:|---:|%n", sessions));
        int measured = 0;
        for (var view : views) {
            measured++;
            var path = switch (view.trim()) {
                case "reader" -> "/drafts/" + draftId + "/versions/1/text";
                case "draft" -> "/drafts/" + draftId;
                case "search" -> "/search?q=platform";
                default -> "/" + view.trim();
            };
            // measured again here, after this page's histogram is made (see the main run)
            var histogramBefore = histogram();
            long before = heapAfterGc();
            for (int i = 0; i < sessions; i++) {
                signIn(browser, port, USERS.get(i % USERS.size()), password);
                browser.driver.get("http://localhost:" + port + path);
                browser.find(By.cssSelector("main.view"));
                browser.settle();
            }
            browser.driver.manage().deleteAllCookies();
            long after = heapAfterGc();
            var histogramAfter = histogram();
            dump(measured + "-" + view.trim(), histogramBefore, histogramAfter, sessions);
            var nodes = histogramAfter.getOrDefault(INSTANCES + com.vaadin.flow.internal.StateNode.class.getName(), 0L)
                    - histogramBefore.getOrDefault(INSTANCES + com.vaadin.flow.internal.StateNode.class.getName(), 0L);
            var uis = histogramAfter.getOrDefault(INSTANCES + UI_CLASS, 0L) - histogramBefore.getOrDefault(INSTANCES + UI_CLASS, 0L);
            out.append(String.format(Locale.ROOT, "| `%s` | %.1f | %d | %.2f |%n", path.replace(Long.toString(draftId), "{id}"),
                    (after - before) / 1024.0 / sessions, nodes / sessions, uis / (double) sessions));
            System.out.printf(Locale.ROOT, "[sessions] %s: %.1f KB%n", path, (after - before) / 1024.0 / sessions);
        }
        return out.toString();
    }

    /**
     * Every class that grew, per session (bytes and instances), to {@code target/benchmarks/sessions-<page>.tsv}: for
     * those who look for what a page keeps.
     */
    private static void dump(String page, java.util.Map<String, Long> before, java.util.Map<String, Long> after,
            int sessions) throws java.io.IOException {
        var out = new StringBuilder("class\tbytes per session\tinstances per session\n");
        after.entrySet().stream().filter(e -> !e.getKey().startsWith(INSTANCES))
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "%s\t%d\t%.1f%n", e.getKey(), e.getValue() / sessions,
                        (after.getOrDefault(INSTANCES + e.getKey(), 0L) - before.getOrDefault(INSTANCES + e.getKey(), 0L))
                                / (double) sessions)));
        var dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("sessions-" + page.replaceAll("[^a-z0-9]+", "-") + ".tsv"), out);
    }

    static void signIn(BrowserSupport browser, int port, String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get("http://localhost:" + port + "/login");
        browser.type("#vaadinLoginUsername", user);
        browser.type("#vaadinLoginPassword", password);
        browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
        browser.find(By.id("desk"));
    }

    private static final String INSTANCES = "#";
    private static final String UI_CLASS = com.vaadin.flow.component.UI.class.getName();

    /** Bytes (and, under "#" + name, instances) per class of the live objects on the heap (the {@code GC.class_histogram} diagnostic command, in-process). */
    private static java.util.Map<String, Long> histogram() throws Exception {
        var out = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] { new String[0] }, new String[] { String[].class.getName() });
        var bytes = new java.util.HashMap<String, Long>();
        for (var line : out.split("\\n")) {
            var cols = line.trim().split("\\s+");
            if (cols.length >= 4 && cols[0].endsWith(":")) {
                bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
                bytes.merge(INSTANCES + cols[3], Long.parseLong(cols[1]), Long::sum);
            }
        }
        return bytes;
    }

    /** The classes whose live bytes grew most while the sessions were opened, per session. */
    private static String grown(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int sessions) {
        var out = new StringBuilder(String.format(Locale.ROOT, "%n- Vaadin UIs alive (one per page the browser "
                + "loaded and has not closed): %d before, %d after%n",
                before.getOrDefault(INSTANCES + UI_CLASS, 0L), after.getOrDefault(INSTANCES + UI_CLASS, 0L)));
        out.append("\n| Class (live bytes grown the most, per session) | bytes per session |\n|---|---:|\n");
        after.entrySet().stream().filter(e -> !e.getKey().startsWith(INSTANCES)).map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %,d |%n", e.getKey(), e.getValue() / sessions)));
        return out.toString();
    }

    /** Heap used after full collections, once it has settled. */
    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        if (Boolean.getBoolean("bench.heapDumps")) {
            // for those who look for what grew and what holds it: live objects only, numbered in the order taken
            var dir = Path.of("target", "benchmarks").toAbsolutePath();
            try {
                Files.createDirectories(dir);
                var file = dir.resolve("heap-" + (++heapDumps) + ".hprof");
                Files.deleteIfExists(file);
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                        .dumpHeap(file.toString(), true);
                System.out.println("[sessions] heap dump " + file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return used;
    }

    private static int heapDumps;

    private static String report(int sessions, int warmup, long before, long after, int sessionsBefore, int sessionsAfter,
            double seconds, boolean production) {
        double perSession = (after - before) / (double) sessions;
        long max = Runtime.getRuntime().maxMemory();
        double fiveHundred = before + 500 * perSession;
        var out = new StringBuilder();
        out.append("# Benchmark: retained heap per idle UI session\n\n");
        out.append(String.format(Locale.ROOT, "Run %s on %d cores, Java %s, max heap %d MB, Vaadin %s mode; load average at the end %.1f.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), max >> 20,
                production ? "production" : "development", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append(String.format(Locale.ROOT, "- Sessions opened with headless Chromium: %d to warm up, then %d measured "
                + "(%.1f s each), each signed in through the log-in form, on the drafts list, then a draft's text in the reader%n",
                warmup, sessions, seconds / sessions));
        out.append(String.format(Locale.ROOT, "- Active HTTP sessions in the servlet container: %d before, %d after%n%n",
                sessionsBefore, sessionsAfter));
        out.append("| Heap used after full GC | MB |\n|---|---:|\n");
        out.append(String.format(Locale.ROOT, "| after %d warm-up sessions | %.1f |%n", warmup, before / 1048576.0));
        out.append(String.format(Locale.ROOT, "| after %d more sessions | %.1f |%n", sessions, after / 1048576.0));
        out.append(String.format(Locale.ROOT, "| **per session** | **%.1f KB** |%n", perSession / 1024));
        out.append(String.format(Locale.ROOT, "%nTarget ≤ 150 KB per idle session: %s. 500 sessions on top of the "
                + "portal's own heap: about %.0f MB (target: fit in 1 GB): %s.%n", perSession <= 150 * 1024 ? "met" : "missed",
                fiveHundred / 1048576.0, fiveHundred <= 1024L * 1024 * 1024 ? "met" : "missed"));
        return out.toString();
    }
}
