package pk.gov.mashwara.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import pk.gov.mashwara.bench.LoadRecorder.Outcome;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Credentials;
import pk.gov.mashwara.support.ApiClient.Part;

/**
 * Load benchmark: virtual users (virtual threads, each signed in as a demo user through HTTP Basic) search, open
 * drafts, read and write comments, upload and take routing actions through the API of a running portal, with think
 * time between their steps, in phases of 10, 100 and 200 users; per action it reports throughput, p50/p95/p99,
 * refusals that another user's action explains, and errors.
 *
 * <p>By default it starts the portal itself, as a process of its own on a MariaDB database of its own which it drops
 * and creates afresh ({@code load.db.url}, {@code load.db.user}, {@code load.db.password}, or
 * MASHWARA_BENCH_DB_URL / _USER / _PASSWORD; the database's name must contain {@code load} or {@code bench}), with
 * the demo data, and imports a few hundred documents through {@code POST /api/import} before it measures. With
 * {@code load.url=http://127.0.0.1:8080} it drives a portal already running on this machine instead (loopback
 * only; that portal must have the demo users with the demo password).
 *
 * <p>Run it with {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=pk.gov.mashwara.bench.LoadBenchmark
 * -Dexec.classpathScope=test}; options: {@code load.users} (10,100,200), {@code load.warmup} (20 s),
 * {@code load.measure} (60 s), {@code load.think} (mean think time, 1.5 s, exponential), {@code load.docs} (300),
 * {@code load.heap} (1g), {@code load.quick=true} (a smoke run of a few seconds per phase), {@code load.keep} (keep
 * the portal's data directory and log), {@code load.password} (the demo password), {@code bench.corpus},
 * {@code load.ui} (how many real browsers the {@link UiProbe} drives through the views alongside the API users to
 * measure the UI round-trip; 1 by default, 0 turns it off; without Chromium and ChromeDriver the run goes on
 * without it and says so). Writes {@code target/benchmarks/load.md}, {@code load-p95.png},
 * {@code load-throughput.png} and, with the probe, a screenshot of its browser per phase ({@code load-ui-N.png}).
 */
public final class LoadBenchmark {

    static final String PASSWORD = System.getProperty("load.password", "Mashwara#2026");
    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(600);
    private static final List<String> COMMITTEES = List.of("MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET");
    /**
     * Passwords of users whose password is not the demo's {@link #PASSWORD}: the CI smoke form runs on a test
     * database where some of the demo's users may have been made by other tests first.
     */
    static final Map<String, String> OTHER_PASSWORDS = new ConcurrentHashMap<>();
    static final Credentials AUDITOR = as("auditor");
    private static final String SECRETARY = "nsmcwg.secretary";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,14}");

    static final String SEARCH = "search";
    static final String OPEN = "open draft";
    static final String TEXT = "read text";
    static final String THREADS = "list threads";
    static final String COMMENT = "comment";
    static final String NEW_DRAFT = "upload new draft";
    static final String NEW_VERSION = "upload new version";
    static final String LIST = "list drafts";
    static final String ROUTING = "routing view";
    static final String ACT = "routing action";

    /** Settings of a run. */
    record Settings(List<Integer> users, Duration warmup, Duration measure, double thinkSeconds, int documents,
            String heap, int uiBrowsers) {

        static Settings fromSystemProperties() {
            boolean quick = Boolean.getBoolean("load.quick");
            var users = List.of(System.getProperty("load.users", "10,100,200").split(",")).stream().map(String::strip)
                    .map(Integer::parseInt).toList();
            if (users.isEmpty() || users.stream().anyMatch(u -> u < 1)) {
                throw new IllegalArgumentException("load.users: one or more numbers of users above 0, e.g. 10,100,200");
            }
            int ui = Integer.getInteger("load.ui", 1);
            if (ui < 0 || ui > 4) {
                throw new IllegalArgumentException("load.ui: how many browsers measure the UI, 0 (none) to 4; "
                        + "the machine's cores are shared with the portal, so 1 or 2");
            }
            return new Settings(users, Duration.ofSeconds(Long.getLong("load.warmup", quick ? 3 : 20)),
                    Duration.ofSeconds(Long.getLong("load.measure", quick ? 6 : 60)),
                    Double.parseDouble(System.getProperty("load.think", "1.5")),
                    Integer.getInteger("load.docs", quick ? 30 : 300), System.getProperty("load.heap", "1g"), ui);
        }
    }

    /**
     * One phase: how many users, and what each action did in the measured window; {@code ui}: what the UI probe's
     * browsers measured (empty without the probe), kept apart from the API's requests.
     */
    record Phase(int users, double seconds, Map<String, LoadRecorder.Summary> actions, LoadRecorder.Summary overall,
            double loadAverage, Map<String, LoadRecorder.Summary> ui, Server server) {

        Phase(int users, double seconds, Map<String, LoadRecorder.Summary> actions, LoadRecorder.Summary overall,
                double loadAverage, Map<String, LoadRecorder.Summary> ui) {
            this(users, seconds, actions, overall, loadAverage, ui, Server.NONE);
        }

        Phase(int users, double seconds, Map<String, LoadRecorder.Summary> actions, LoadRecorder.Summary overall,
                double loadAverage) {
            this(users, seconds, actions, overall, loadAverage, Map.of());
        }
    }

    /**
     * What the portal itself measured over the phase's window ({@code /actuator/prometheus} scraped at its start and
     * end): p50/p95 per action, per view's UIDL requests, per search phase and of the pool's waits; and the CPU share
     * of each tenant of the machine from {@code /proc}. Empty when the scrape or {@code /proc} was not available.
     */
    record Server(Map<String, ServerMetrics.Latency> actions, Map<String, ServerMetrics.Latency> uidl,
            Map<String, ServerMetrics.Latency> inside, List<ProcessCpu.Share> cpu, FlightProfile.Profile profile) {

        static final Server NONE = new Server(Map.of(), Map.of(), Map.of(), List.of(), FlightProfile.Profile.NONE);

        Server(Map<String, ServerMetrics.Latency> actions, Map<String, ServerMetrics.Latency> uidl,
                Map<String, ServerMetrics.Latency> inside, List<ProcessCpu.Share> cpu) {
            this(actions, uidl, inside, cpu, FlightProfile.Profile.NONE);
        }
    }

    private final Settings settings;
    private final ApiClient api;
    /** Search terms: words of the imported documents. */
    private final List<String> terms = new ArrayList<>();
    /** Draft ids by committee code, as known to the driver (imported, seeded and created during the run). */
    private final Map<String, List<Long>> draftsByCommittee = new ConcurrentHashMap<>();
    /** Drafts submitted or under review at the start of the phase: what members read and comment on. */
    private final List<Long> forMembers = new CopyOnWriteArrayList<>();
    /** The drafts the driver imported or created itself; with {@link #onlyOwn} set, the only ones it works on. */
    private final java.util.Set<Long> made = ConcurrentHashMap.newKeySet();
    /**
     * Whether the driver leaves alone drafts it did not make: on a database other tests share (the smoke form in
     * CI), their drafts are in states and of classifications the driver's steps do not expect.
     */
    private volatile boolean onlyOwn;
    private final AtomicLong uploads = new AtomicLong();
    private final StringBuilder notes = new StringBuilder();
    /** The browsers measuring the UI round-trip, or null when {@code load.ui=0} or Chromium is missing. */
    private UiProbe probe;
    /** Who reads {@code /actuator/prometheus} (an administrator); null: the server's side is not read. */
    private Credentials metricsReader = new Credentials(System.getProperty("load.admin", "admin"),
            System.getProperty("load.admin.password", PASSWORD));
    /** The CPU of the machine's tenants, or null without {@code /proc}. */
    private ProcessCpu cpu = ProcessCpu.available() ? new ProcessCpu(Long.getLong("load.portal.pid")) : null;
    /** The portal's process, for its flight recordings (none with {@code -Dload.jfr=false}); null when unknown. */
    private Long portalPid = Boolean.parseBoolean(System.getProperty("load.jfr", "true"))
            ? Long.getLong("load.portal.pid") : null;
    private boolean scrapeFailedNoted;

    LoadBenchmark(Settings settings, ApiClient api) {
        this.settings = settings;
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        var settings = Settings.fromSystemProperties();
        double loadBefore = loadAverage();
        var url = System.getProperty("load.url");
        LoadPortal portal = null;
        ApiClient api;
        String where;
        int port;
        if (url != null && !url.isBlank()) {
            port = loopbackPort(url);
            api = new ApiClient(port);
            where = "a portal already running at " + url;
        } else {
            var db = LoadPortal.Database.fromSettings();
            db.recreate();
            portal = LoadPortal.start(db, settings.heap());
            api = portal.api;
            port = portal.port;
            where = String.format(Locale.ROOT, "the portal started by the benchmark (heap %s, MariaDB %s, database %s, "
                    + "ready in %.1f s)", settings.heap(), db.version(), db.name(), portal.startSeconds);
        }
        int status = 1;
        LoadBenchmark bench = null;
        try {
            bench = new LoadBenchmark(settings, api);
            if (portal != null && ProcessCpu.available()) {
                bench.cpu = new ProcessCpu(portal.process.pid());
            }
            if (portal != null && Boolean.parseBoolean(System.getProperty("load.jfr", "true"))) {
                bench.portalPid = portal.process.pid();
            }
            var started = Instant.now();
            double setupSeconds = bench.prepare(portal != null);
            bench.startProbe(port);
            var phases = new ArrayList<Phase>();
            for (int users : settings.users()) {
                phases.add(bench.phase(users));
            }
            var out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            bench.charts(out, phases);
            var report = bench.report(started, loadBefore, where, setupSeconds, phases);
            Files.writeString(out.resolve("load.md"), report);
            System.out.println(report);
            System.out.println("Written to " + out.resolve("load.md").toAbsolutePath());
            status = 0;
        } finally {
            if (bench != null && bench.probe != null) {
                bench.probe.close();
            }
            if (portal != null) {
                portal.stop();
            }
        }
        System.exit(status);
    }

    // ---------------------------------------------------------------- preparation

    /**
     * Before measuring: imports the documents (when the benchmark started the portal), moves most of them to the
     * NSMCWG's review the way the rules say (put up, submitted, review opened), waits until their text is extracted,
     * and takes the search terms from their words. Returns the seconds it took.
     */
    /** From now on the driver works only on drafts it imported or created itself (see {@link #onlyOwn}). */
    void onlyOwnDrafts() {
        onlyOwn = true;
    }

    double prepare(boolean importDocuments) throws Exception {
        long start = System.nanoTime();
        var documents = documents(settings.documents());
        for (var d : documents) {
            var matcher = WORD.matcher(d.text());
            int taken = 0;
            while (matcher.find() && taken < 12) {
                if (ThreadLocalRandom.current().nextInt(8) == 0) {
                    terms.add(matcher.group().toLowerCase(Locale.ROOT));
                    taken++;
                }
            }
        }
        if (terms.isEmpty()) {
            terms.addAll(List.of("policy", "rules", "social", "media", "authority"));
        }
        if (importDocuments) {
            var imported = importAll(documents);
            made.addAll(imported.keySet());
            note("%d documents imported through POST /api/import (%d per request), spread over %d committees",
                    imported.size(), 5, COMMITTEES.size());
            advance(imported);
            waitForExtraction(imported.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
        }
        refreshPools();
        note("%d drafts submitted or under review, %d drafts in all known to the driver, %d search terms", forMembers.size(),
                draftsByCommittee.values().stream().mapToInt(List::size).sum(), terms.size());
        return (System.nanoTime() - start) / 1e9;
    }

    private record Document(String name, String text, byte[] bytes) {
    }

    /** Texts and HTML of ../shared/corpus where it is present (cut to at most 200,000 characters), and PDFs. */
    private static List<Document> documents(int count) throws IOException {
        var corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        var real = new ArrayList<Path>();
        if (Files.isDirectory(corpus)) {
            try (var walk = Files.walk(corpus)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                        .sorted().forEach(real::add);
            }
        }
        var out = new ArrayList<Document>();
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0 && !real.isEmpty()) {
                var source = real.get((i / 2) % real.size());
                var text = Files.readString(source, StandardCharsets.UTF_8);
                if (text.length() > 200_000) {
                    text = text.substring(0, 200_000);
                }
                text += "\nload document " + i + "\n";
                out.add(new Document("load-%04d-%s".formatted(i, source.getFileName()), text,
                        text.getBytes(StandardCharsets.UTF_8)));
            } else {
                var paragraphs = generated(i);
                out.add(new Document("load-%04d.pdf".formatted(i), String.join("\n", paragraphs),
                        DemoDocuments.pdf("Draft regulation " + i, paragraphs)));
            }
        }
        return out;
    }

    private static final List<String> VOCABULARY = List.of("social", "media", "platform", "content", "authority",
            "regulation", "registration", "complaint", "grievance", "takedown", "privacy", "license", "broadcast",
            "telecommunication", "citizen", "officer", "committee", "appeal", "tribunal", "penalty", "transparency",
            "report", "harm", "misinformation", "security", "federal", "provincial", "schedule", "section", "notice");

    private static List<String> generated(int seed) {
        var random = new java.util.Random(seed);
        var paragraphs = new ArrayList<String>();
        for (int p = 0; p < 8; p++) {
            var words = new ArrayList<String>();
            for (int w = 0; w < 60; w++) {
                words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
            }
            paragraphs.add((p + 1) + ". " + String.join(" ", words) + ".");
        }
        return paragraphs;
    }

    /** Imports every document as the drafter of a committee (in turn); returns the draft ids with their committee. */
    private Map<Long, String> importAll(List<Document> documents) {
        var imported = new LinkedHashMap<Long, String>();
        int batch = 5;
        for (int from = 0; from < documents.size(); from += batch) {
            var committee = COMMITTEES.get((from / batch) % COMMITTEES.size());
            var parts = new ArrayList<Part>();
            for (var d : documents.subList(from, Math.min(documents.size(), from + batch))) {
                parts.add(new Part("files", d.name(), "application/octet-stream", d.bytes()));
            }
            parts.add(Part.field("committee", committee));
            parts.add(Part.field("kind", "RULES_UNDER_STATUTE"));
            parts.add(Part.field("legalBasis", "Section 37 of PECA 2016"));
            var response = api.postMultipart("/api/import", parts, drafter(committee));
            if (response.status() != 200) {
                throw new IllegalStateException("import answered " + response.status() + ": " + response.text());
            }
            List<Map<String, Object>> items = response.json("$.items");
            for (var item : items) {
                if ("CREATED".equals(item.get("outcome"))) {
                    imported.put(((Number) item.get("draftId")).longValue(), committee);
                }
            }
        }
        return imported;
    }

    /** Four in five imported drafts go to the NSMCWG's review (put up, submitted, review opened); a few only put up. */
    private void advance(Map<Long, String> imported) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        var ids = new ArrayList<>(imported.keySet());
        var failures = new CopyOnWriteArrayList<String>();
        for (int t = 0; t < 4; t++) {
            int worker = t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = worker; i < ids.size(); i += 4) {
                    long id = ids.get(i);
                    var committee = imported.get(id);
                    try {
                        if (i % 10 == 9) {
                            continue; // stays a draft with its drafter
                        }
                        act(id, "put-up", drafter(committee));
                        if (i % 10 == 8) {
                            continue; // waits for its officer
                        }
                        act(id, "submit", officer(committee));
                        act(id, "open-review", as(SECRETARY));
                    } catch (RuntimeException e) {
                        failures.add("draft " + id + ": " + e.getMessage());
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("moving the imported drafts failed: " + failures.subList(0, Math.min(3, failures.size())));
        }
    }

    private void act(long id, String action, Credentials who) {
        var routing = api.get("/api/drafts/" + id + "/routing", who);
        if (routing.status() != 200) {
            throw new IllegalStateException("routing answered " + routing.status());
        }
        long version = ((Number) routing.json("$.version")).longValue();
        var response = api.postJson("/api/drafts/" + id + "/actions/" + action, "{\"version\":" + version + "}", who);
        if (response.status() != 200) {
            throw new IllegalStateException(action + " answered " + response.status() + ": " + response.text());
        }
    }

    /**
     * Until the text of the last imported draft is extracted (the extractor takes versions in the order they came),
     * or ten minutes.
     */
    private void waitForExtraction(long lastImported) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + EXTRACTED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            var version = api.get("/api/drafts/" + lastImported + "/versions/1", as("auditor"));
            String status = version.status() == 200 ? version.json("$.extraction") : "unknown";
            if (!"PENDING".equals(status) && !"EXTRACTING".equals(status) && !"unknown".equals(status)) {
                note("the imported documents' texts extracted and indexed %.0f s after the import (last one: %s)",
                        (System.nanoTime() - start) / 1e9, status);
                return;
            }
            Thread.sleep(2000);
        }
        note("extraction had not caught up after %s; measured anyway", EXTRACTED_WITHIN);
    }

    /** The drafts the driver knows, by committee, and those under review: listed as the auditor (not measured). */
    private void refreshPools() {
        var byCommittee = new ConcurrentHashMap<String, List<Long>>();
        var review = new ArrayList<Long>();
        for (int page = 0;; page++) {
            var response = api.get("/api/drafts?size=100&page=" + page, as("auditor"));
            if (response.status() != 200) {
                throw new IllegalStateException("listing drafts answered " + response.status() + ": " + response.text());
            }
            List<Map<String, Object>> items = response.json("$.items");
            for (var item : items) {
                long id = ((Number) item.get("id")).longValue();
                if (onlyOwn && !made.contains(id)) {
                    continue;
                }
                var committee = String.valueOf(item.get("committeeCode"));
                byCommittee.computeIfAbsent(committee, k -> new CopyOnWriteArrayList<>()).add(id);
                // members read and comment on drafts submitted to the NSMCWG, before and during the review
                if ("UNDER_REVIEW".equals(item.get("status")) || "SUBMITTED".equals(item.get("status"))) {
                    review.add(id);
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        draftsByCommittee.clear();
        draftsByCommittee.putAll(byCommittee);
        forMembers.clear();
        forMembers.addAll(review);
    }

    /**
     * Starts the UI probe's browsers (signed in, before the first warm-up) unless {@code load.ui=0}; without
     * Chromium or when the browsers cannot start, the run goes on without it and the report says why.
     */
    void startProbe(int port) {
        if (settings.uiBrowsers() == 0) {
            note("UI probe off (load.ui=0): the UI round-trip is not measured");
            return;
        }
        var chromium = pk.gov.mashwara.support.Chromium.find();
        if (chromium.isEmpty()) {
            note("UI probe off: %s; the UI round-trip is not measured", pk.gov.mashwara.support.Chromium.MISSING);
            return;
        }
        try {
            probe = UiProbe.start(chromium.get(), settings.uiBrowsers(), port, settings.thinkSeconds(), terms);
            note("UI probe: %s, headless Chromium on the same %d cores as the portal and the API users, going through "
                    + "the views with the same think time", probe, Runtime.getRuntime().availableProcessors());
        } catch (IOException | RuntimeException e) {
            note("UI probe off: the browsers could not start or sign in (%s; the views need the front-end bundle that "
                    + "`./mvnw -B -DskipTests package` builds); the UI round-trip is not measured",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    // ---------------------------------------------------------------- phases

    /** Runs {@code users} virtual users through warm-up and the measured window. */
    Phase phase(int users) throws Exception {
        refreshPools();
        var recorder = new LoadRecorder();
        long start = System.nanoTime();
        long measureFrom = start + settings.warmup().toNanos();
        long end = measureFrom + settings.measure().toNanos();
        var threads = new ArrayList<Thread>();
        System.out.printf(Locale.ROOT, "[load] %d users: %s warm-up, %s measured%n", users, settings.warmup(), settings.measure());
        var uiRecorder = new LoadRecorder();
        if (probe != null) {
            threads.addAll(probe.run(uiRecorder, measureFrom, end));
        }
        for (int i = 0; i < users; i++) {
            var user = VirtualUser.of(i);
            threads.add(Thread.ofVirtual().name("user-" + i).start(() -> run(user, recorder, measureFrom, end)));
        }
        // the server's figures and the machine's CPU from the start of the measured window to its end
        Thread.sleep(Duration.ofNanos(Math.max(0, measureFrom - System.nanoTime())));
        var metricsBefore = scrape();
        var cpuBefore = cpu == null ? null : cpu.read();
        var recording = portalPid == null ? null : FlightProfile.start(portalPid, "load-" + users);
        Thread.sleep(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        var cpuAfter = cpu == null ? null : cpu.read();
        var metricsAfter = scrape();
        var profile = recording == null ? FlightProfile.Profile.NONE
                : recording.stop(Path.of("target", "benchmarks", "load-" + users + ".jfr"));
        for (var thread : threads) {
            thread.join(Duration.ofSeconds(120));
        }
        var server = new Server(
                metricsBefore == null || metricsAfter == null ? Map.of() : ServerMetrics.perAction(metricsBefore, metricsAfter),
                metricsBefore == null || metricsAfter == null ? Map.of() : ServerMetrics.uidlPerView(metricsBefore, metricsAfter),
                metricsBefore == null || metricsAfter == null ? Map.of() : ServerMetrics.searchPhases(metricsBefore, metricsAfter),
                cpuBefore == null ? List.of() : ProcessCpu.shares(cpuBefore, cpuAfter, 100), profile);
        double seconds = settings.measure().toMillis() / 1000.0;
        var actions = recorder.summary(seconds);
        var overall = recorder.overall(seconds);
        double load = loadAverage();
        System.out.printf(Locale.ROOT, "[load] %d users: %d requests, %.1f/s, p95 %.1f ms, %d refused, %d errors, load average %.2f%n",
                users, overall.requests(), overall.perSecond(), overall.p95(), overall.refused(), overall.errors(), load);
        Map<String, LoadRecorder.Summary> ui = Map.of();
        if (probe != null) {
            ui = uiRecorder.summary(seconds);
            var uidl = ui.get(UiTimings.UIDL);
            System.out.printf(Locale.ROOT, "[load] %d users: UI round-trips (UIDL) %d, p95 %s ms%n", users,
                    uidl == null ? 0 : uidl.requests(), uidl == null ? "–" : String.format(Locale.ROOT, "%.1f", uidl.p95()));
            try {
                probe.screenshot(Path.of("target", "benchmarks", "load-ui-" + users + ".png"));
            } catch (IOException | RuntimeException e) {
                System.out.println("[load] no screenshot of the UI probe: " + e.getMessage());
            }
        }
        return new Phase(users, seconds, actions, overall, load, ui, server);
    }

    /** The portal's metrics now, or null (said once in the report) when they cannot be read. */
    ServerMetrics scrape() {
        if (metricsReader == null) {
            return null;
        }
        try {
            var response = api.get("/actuator/prometheus", metricsReader);
            if (response.status() == 200) {
                return ServerMetrics.parse(response.text());
            }
            noteScrapeFailed("/actuator/prometheus answered " + response.status() + " to " + metricsReader.username());
        } catch (RuntimeException e) {
            noteScrapeFailed(String.valueOf(e));
        }
        return null;
    }

    private synchronized void noteScrapeFailed(String why) {
        if (!scrapeFailedNoted) {
            scrapeFailedNoted = true;
            note("the portal's own figures are not in this report: %s (an administrator's name and password: "
                    + "-Dload.admin, -Dload.admin.password)", why);
        }
    }

    /** Who reads the portal's metrics (an administrator), instead of the demo's {@code admin}. */
    void metricsReader(Credentials administrator) {
        this.metricsReader = administrator;
    }

    /** A user's kind: what they do. */
    enum Kind {
        MEMBER, DRAFTER, OFFICER, SECRETARY
    }

    /** A virtual user: a demo account and what it does. */
    record VirtualUser(int index, Kind kind, Credentials credentials, String committee) {

        /**
         * Of every ten users eight are NSMCWG members (searching, reading, commenting), one a committee's drafter
         * (uploading) and one takes routing actions: the NSMCWG secretary or a committee's officer, in turn.
         */
        static VirtualUser of(int i) {
            var committee = COMMITTEES.get((i / 10) % COMMITTEES.size());
            return switch (i % 10) {
                case 8 -> new VirtualUser(i, Kind.DRAFTER, drafter(committee), committee);
                case 9 -> (i / 10) % 2 == 0 ? new VirtualUser(i, Kind.SECRETARY, as(SECRETARY), null)
                        : new VirtualUser(i, Kind.OFFICER, officer(committee), committee);
                default -> new VirtualUser(i, Kind.MEMBER, as(i % 2 == 0 ? "nsmcwg.member" : "nsmcwg.member2"), null);
            };
        }
    }

    private void run(VirtualUser user, LoadRecorder recorder, long measureFrom, long end) {
        var random = ThreadLocalRandom.current();
        while (true) {
            long think = (long) (-Math.log(1 - random.nextDouble()) * settings.thinkSeconds() * 1e9);
            long wakeAt = System.nanoTime() + think;
            if (wakeAt >= end) {
                return;
            }
            try {
                Thread.sleep(Duration.ofNanos(think));
            } catch (InterruptedException e) {
                return;
            }
            var step = new Step(user, recorder, measureFrom, end);
            try {
                switch (user.kind()) {
                    case MEMBER -> member(step, random);
                    case DRAFTER -> drafter(step, random);
                    case OFFICER, SECRETARY -> router(step, random);
                }
            } catch (StepEnded e) {
                // the step could not go on (a request failed or was refused): the user thinks again
            } catch (RuntimeException e) {
                // an answer the driver could not read (e.g. not the JSON expected): an error of the step, not a lost user
                step.record(System.nanoTime(), "unreadable answer", 0, Outcome.ERROR, String.valueOf(e));
            }
        }
    }

    /** Reads dominate: half the steps a search, a quarter opening a draft (and its text), a quarter a comment. */
    private void member(Step step, ThreadLocalRandom random) {
        int dice = random.nextInt(100);
        if (dice < 50) {
            var term = terms.get(random.nextInt(terms.size()));
            int form = random.nextInt(10);
            var q = form < 2 ? term + " AND " + terms.get(random.nextInt(terms.size()))
                    : form < 3 ? term.substring(0, Math.min(4, term.length())) + "*" : term;
            step.call(SEARCH, () -> api.get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8),
                    step.user.credentials()), false);
        } else if (dice < 75) {
            long id = pick(forMembers, random);
            var draft = step.call(OPEN, () -> api.get("/api/drafts/" + id, step.user.credentials()), false);
            List<Number> versions = draft.json("$.versions[*].number");
            int latest = versions.stream().mapToInt(Number::intValue).max().orElse(1);
            step.call(TEXT, () -> api.get("/api/drafts/" + id + "/versions/" + latest + "/text", step.user.credentials()), false);
        } else {
            long id = pick(forMembers, random);
            var draft = step.call(OPEN, () -> api.get("/api/drafts/" + id, step.user.credentials()), false);
            List<Number> versions = draft.json("$.versions[*].number");
            int latest = versions.stream().mapToInt(Number::intValue).max().orElse(1);
            var threads = step.call(THREADS, () -> api.get("/api/drafts/" + id + "/versions/" + latest + "/threads",
                    step.user.credentials()), true);
            List<Number> open = threads.json("$[?(@.status == 'OPEN')].id");
            var body = "Comment of user " + step.user.index() + ": section " + (1 + random.nextInt(30))
                    + " should say who hears an appeal, and within how many days.";
            if (!open.isEmpty() && random.nextBoolean()) {
                long thread = open.get(random.nextInt(open.size())).longValue();
                step.call(COMMENT, () -> api.postJson("/api/threads/" + thread + "/comments", "{\"body\":" + json(body) + "}",
                        step.user.credentials()), true);
            } else {
                step.call(COMMENT, () -> api.postJson("/api/drafts/" + id + "/versions/" + latest + "/threads",
                        "{\"body\":" + json(body) + "}", step.user.credentials()), true);
            }
        }
    }

    /**
     * A committee's drafter: the committee's drafts returned for revision (or else those still being drafted), then
     * a new version of one of them, which is then put up to the officer (a routing action); one step in five, or
     * when there is none, a new draft.
     */
    private void drafter(Step step, ThreadLocalRandom random) {
        long n = uploads.incrementAndGet();
        var paragraphs = generated((int) (n % 100_000) + 1000);
        var file = Part.file("load-upload-" + n + ".pdf", "application/pdf", DemoDocuments.pdf("Revised draft " + n, paragraphs));
        var committee = step.user.committee();
        List<Number> own = List.of();
        if (random.nextInt(5) != 0) {
            for (var status : List.of("RETURNED_FOR_REVISION", "DRAFT")) {
                var list = step.call(LIST, () -> api.get("/api/drafts?size=20&committee=" + committee + "&status=" + status,
                        step.user.credentials()), false);
                own = list.json("$.items[*].id");
                if (!own.isEmpty()) {
                    break;
                }
            }
        }
        if (own.isEmpty()) {
            var created = step.call(NEW_DRAFT, () -> api.postMultipart("/api/drafts", ApiClient.newDraft(
                    "Load test draft " + n, committee, "RULES_UNDER_STATUTE", file), step.user.credentials()), false);
            long createdId = ((Number) created.json("$.id")).longValue();
            made.add(createdId);
            draftsByCommittee.computeIfAbsent(committee, k -> new CopyOnWriteArrayList<>()).add(createdId);
            return;
        }
        long id = own.get(random.nextInt(own.size())).longValue();
        step.call(NEW_VERSION, () -> api.postMultipart("/api/drafts/" + id + "/versions", List.of(file),
                step.user.credentials()), true);
        var routing = step.call(ROUTING, () -> api.get("/api/drafts/" + id + "/routing", step.user.credentials()), false);
        actOn(step, id, routing, random, Set.of("put-up"));
    }

    /**
     * The secretary and the committees' officers: the drafts waiting for them (the list of the state they act on),
     * then one draft's routing, then an action it allows now; a refusal because someone acted first is expected.
     */
    private void router(Step step, ThreadLocalRandom random) {
        String status;
        Set<String> wanted;
        if (step.user.kind() == Kind.SECRETARY) {
            // mostly opening the review of submitted drafts; now and then returning one under review for revision
            boolean returning = random.nextInt(4) == 0;
            status = returning ? "UNDER_REVIEW" : "SUBMITTED";
            wanted = returning ? Set.of("return-for-revision") : Set.of("open-review");
        } else {
            status = "COMMITTEE_APPROVAL";
            wanted = random.nextInt(5) == 0 ? Set.of("return-to-drafter") : Set.of("submit");
        }
        var list = step.call(LIST, () -> api.get("/api/drafts?size=20&status=" + status
                + (step.user.committee() != null ? "&committee=" + step.user.committee() : ""), step.user.credentials()), false);
        List<Number> ids = list.json("$.items[*].id");
        if (ids.isEmpty()) {
            return;
        }
        long id = ids.get(random.nextInt(ids.size())).longValue();
        var routing = step.call(ROUTING, () -> api.get("/api/drafts/" + id + "/routing", step.user.credentials()), false);
        actOn(step, id, routing, random, wanted);
    }

    /** Takes one of {@code wanted} if the routing read says it is possible now (with a reason when one is asked). */
    private void actOn(Step step, long id, ApiClient.Response routing, ThreadLocalRandom random, Set<String> wanted) {
        List<Map<String, Object>> actions = routing.json("$.actions");
        var possible = actions.stream().filter(a -> Boolean.TRUE.equals(a.get("possibleNow")))
                .filter(a -> wanted.contains(String.valueOf(a.get("name")))).toList();
        if (possible.isEmpty()) {
            return;
        }
        var action = possible.get(random.nextInt(possible.size()));
        long version = ((Number) routing.json("$.version")).longValue();
        @SuppressWarnings("unchecked")
        var asks = (List<String>) action.get("asks");
        var reason = asks.contains("REASON") ? ",\"reason\":" + json("Please revise section " + (1 + random.nextInt(20))
                + " in the light of the comments.") : "";
        step.call(ACT, () -> api.postJson("/api/drafts/" + id + "/actions/" + action.get("name"),
                "{\"version\":" + version + reason + "}", step.user.credentials()), true);
        if ("submit".equals(action.get("name"))) {
            forMembers.add(id);
        }
    }

    private static long pick(List<Long> ids, ThreadLocalRandom random) {
        if (ids.isEmpty()) {
            throw new StepEnded();
        }
        return ids.get(random.nextInt(ids.size()));
    }

    /** A step that cannot go on. */
    private static final class StepEnded extends RuntimeException {
        StepEnded() {
            super(null, null, false, false);
        }
    }

    /** One step of a user: times its requests and records those that start in the measured window. */
    private static final class Step {
        final VirtualUser user;
        final LoadRecorder recorder;
        final long measureFrom;
        final long end;

        Step(VirtualUser user, LoadRecorder recorder, long measureFrom, long end) {
            this.user = user;
            this.recorder = recorder;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        /**
         * Sends one request and records it. {@code mayBeRefused}: 409 (someone acted first, the text not extracted
         * yet) and 403 (the draft moved on: returned, review closed) are expected outcomes of this request, counted
         * apart from errors. Ends the step unless the answer is a success.
         */
        ApiClient.Response call(String action, Supplier<ApiClient.Response> request, boolean mayBeRefused) {
            long start = System.nanoTime();
            ApiClient.Response response;
            try {
                response = request.get();
            } catch (UncheckedIOException e) {
                long took = System.nanoTime() - start;
                boolean timeout = e.getCause() instanceof HttpTimeoutException;
                record(start, action, took, Outcome.ERROR, (timeout ? "timeout after " : "I/O error after ")
                        + took / 1_000_000 + " ms: " + e.getCause());
                throw new StepEnded();
            }
            long took = System.nanoTime() - start;
            int status = response.status();
            if (status >= 200 && status < 300) {
                record(start, action, took, Outcome.OK, null);
                return response;
            }
            boolean expected = status == 409 || (mayBeRefused && status == 403);
            record(start, action, took, expected ? Outcome.REFUSED : Outcome.ERROR,
                    status + " as " + user.credentials().username() + ": " + abbreviate(response.text()));
            throw new StepEnded();
        }

        private void record(long start, String action, long took, Outcome outcome, String detail) {
            if (start >= measureFrom && start < end) {
                recorder.record(action, took, outcome, detail);
            }
        }
    }

    // ---------------------------------------------------------------- report

    void charts(Path out, List<Phase> phases) throws IOException {
        var p95 = new LinkedHashMap<String, Map<String, Double>>();
        for (var phase : phases) {
            var byAction = new LinkedHashMap<String, Double>();
            phase.actions().forEach((name, s) -> {
                if (!Double.isNaN(s.p95())) {
                    byAction.put(name, s.p95());
                }
            });
            var uidl = phase.ui().get(UiTimings.UIDL);
            if (uidl != null && !Double.isNaN(uidl.p95())) {
                byAction.put(UiTimings.UIDL, uidl.p95());
            }
            p95.put(phase.users() + " users", byAction);
        }
        BenchmarkCharts.bars(out.resolve("load-p95.png"), "p95 latency per action by number of users", "ms", p95, 1200);
        var throughput = new LinkedHashMap<String, Map<String, Double>>();
        var perSecond = new LinkedHashMap<String, Double>();
        for (var phase : phases) {
            perSecond.put(phase.users() + " users", phase.overall().perSecond());
        }
        throughput.put("requests per second", perSecond);
        BenchmarkCharts.bars(out.resolve("load-throughput.png"), "Throughput by number of users", "requests/s", throughput);
    }

    String report(Instant started, double loadBefore, String where, double setupSeconds, List<Phase> phases) {
        var out = new StringBuilder();
        out.append("# Load benchmark\n\n");
        out.append(String.format(Locale.ROOT, "Run %s on %d cores, Java %s, %s %s; load average (1 min) before the portal started %.2f.%n%n",
                started, Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loadBefore));
        out.append("- Against ").append(where).append('\n');
        out.append(String.format(Locale.ROOT, "- Each phase: %d s warm-up, then %d s measured; think time between a "
                + "user's steps exponential with mean %.1f s; every request through HTTP Basic on loopback%n",
                settings.warmup().toSeconds(), settings.measure().toSeconds(), settings.thinkSeconds()));
        out.append("- Users: of every ten, eight NSMCWG members (half their steps a search, a quarter opening a draft "
                + "and reading its text, a quarter reading a draft's threads and commenting), one committee drafter "
                + "(the committee's drafts returned for revision or being drafted, a new version of one, then putting "
                + "it up; one step in five a new draft), "
                + "one routing user (the NSMCWG secretary or a committee officer: the list of drafts waiting for them, "
                + "a draft's routing, an action it allows now)\n");
        out.append(String.format(Locale.ROOT, "- Preparation (import, routing to review, extraction): %.0f s%n", setupSeconds));
        out.append(notes);
        out.append("\n*refused (expected)*: 409 or, where another user's action explains it, 403 — someone acted first, "
                + "the draft moved on, or its new version's text is not extracted yet. *errors*: 5xx, timeouts, any "
                + "other 4xx. Latencies are of the requests that got an answer, from sending to the whole body read.\n");
        if (phases.stream().anyMatch(p -> !p.ui().isEmpty())) {
            out.append("\n*UI rows* come from the probe's browsers, not from the API users, and are not in **all** nor in "
                    + "the summary's requests: *" + UiTimings.UIDL + "* is every Vaadin UIDL request (each event sent "
                    + "to the server and the changes answered), `responseEnd - startTime` of the browser's Resource "
                    + "Timing entry; *" + UiProbe.STEP + "…* is the time from the click to the view rendered (the "
                    + "Vaadin client idle, the view's element there), measured in the browser. The browsers run on "
                    + "the same cores as the portal, so their own work slows the portal a little and is part of what "
                    + "they measure.\n");
        }
        out.append("\n## Summary\n\n| Users | requests | per second | p50 ms | p95 ms | p99 ms | refused | errors | "
                + "search p95 ms | UI round-trip p95 ms | load average at the end |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var phase : phases) {
            var o = phase.overall();
            var search = phase.actions().get(SEARCH);
            var uidl = phase.ui().get(UiTimings.UIDL);
            out.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %s | %s | %.2f |%n",
                    phase.users(), o.requests(), o.perSecond(), o.p50(), o.p95(), o.p99(), o.refused(), o.errors(),
                    search == null ? "–" : String.format(Locale.ROOT, "%.1f", search.p95()),
                    uidl == null ? "–" : String.format(Locale.ROOT, "%.1f", uidl.p95()), phase.loadAverage()));
        }
        phases.stream().filter(p -> p.users() == 100).findFirst().ifPresent(p -> out.append(targets(p)));
        phases.stream().filter(p -> p.users() == 200).findFirst().ifPresent(p -> out.append(targetsAt200(p)));
        out.append("\n![p95 per action by users](load-p95.png)\n\n![Throughput by users](load-throughput.png)\n");
        for (var phase : phases) {
            out.append(String.format(Locale.ROOT, "%n## %d users%n%n", phase.users()));
            out.append(LoadRecorder.Summary.header()).append('\n');
            phase.actions().values().forEach(s -> out.append(s.row()).append('\n'));
            out.append(phase.overall().row().replaceFirst("\\| all \\|", "| **all** |")).append('\n');
            phase.ui().values().forEach(s -> out.append(s.row()).append('\n'));
            out.append(serverSide(phase));
            var refusals = phase.actions().values().stream().filter(s -> !s.refusalSamples().isEmpty()).toList();
            if (!refusals.isEmpty()) {
                out.append("\nRefusals (first samples):\n\n");
                refusals.forEach(s -> s.refusalSamples().forEach(e -> out.append("- ").append(s.action()).append(": ")
                        .append(e.replace('\n', ' ')).append('\n')));
            }
            var samples = java.util.stream.Stream.concat(phase.actions().values().stream(), phase.ui().values().stream())
                    .filter(s -> !s.errorSamples().isEmpty()).toList();
            if (!samples.isEmpty()) {
                out.append("\nErrors (first samples):\n\n");
                samples.forEach(s -> s.errorSamples().forEach(e -> out.append("- ").append(s.action()).append(": ")
                        .append(e.replace('\n', ' ')).append('\n')));
            }
        }
        return out.toString();
    }

    /**
     * The phase as the portal measured it (its own timers, between two scrapes of {@code /actuator/prometheus}) beside
     * what the driver and the browsers measured, then the CPU share of each tenant of the machine. The server's time
     * is from the request's arrival to the answer written; the rest of the client's time is the network, the queue
     * before the server took the request, and the client's own reading.
     */
    static String serverSide(Phase phase) {
        var server = phase.server();
        var out = new StringBuilder();
        if (!server.actions().isEmpty() || !server.uidl().isEmpty()) {
            out.append("\nAs the portal measured it (its own timers; server p50/p95 interpolated in the histogram's "
                    + "buckets), beside the client's figures:\n\n").append(ServerMetrics.header()).append('\n');
            server.actions().forEach((action, latency) -> {
                var client = phase.actions().get(action);
                out.append(ServerMetrics.row(latency, client == null ? Double.NaN : client.p50(),
                        client == null ? Double.NaN : client.p95())).append('\n');
            });
            var uidl = phase.ui().get(UiTimings.UIDL);
            server.uidl().forEach((view, latency) -> {
                boolean all = view.equals("UIDL, every view");
                out.append(ServerMetrics.row(latency, all && uidl != null ? uidl.p50() : Double.NaN,
                        all && uidl != null ? uidl.p95() : Double.NaN)).append('\n');
            });
            server.inside().values().forEach(latency -> out.append(ServerMetrics.row(latency, Double.NaN, Double.NaN))
                    .append('\n'));
        }
        if (!server.cpu().isEmpty()) {
            out.append("\nCPU over the measured window (`/proc`; shares of the whole machine, all cores):\n\n")
                    .append(ProcessCpu.table(server.cpu()));
            server.cpu().stream().filter(share -> share.tenant().equals(ProcessCpu.PORTAL)).findFirst()
                    .filter(share -> phase.overall().requests() > 0)
                    .ifPresent(share -> out.append(String.format(Locale.ROOT, "%nThe portal's CPU per API request: "
                            + "**%.1f ms** (its CPU seconds over the window ÷ the %d API requests answered; the "
                            + "probe's UI requests and the background work they cause are in it too).%n",
                            1000 * share.seconds() / phase.overall().requests(), phase.overall().requests())));
        }
        out.append(server.profile().table());
        return out.toString();
    }

    /**
     * The targets at 100 users: round-trip p95 ≤ 100 ms (the API's requests, and the UI's UIDL requests
     * where the probe measured them), search p95 ≤ 50 ms through the API, no errors.
     */
    /** The targets at 200 users: no errors, and round-trip p95 ≤ 250 ms. */
    static String targetsAt200(Phase phase) {
        return String.format(Locale.ROOT, "%n| Target at 200 users | measured | |%n|---|---:|---|%n"
                + "| round-trip p95 ≤ 250 ms (every action) | %.1f ms | %s |%n| no errors | %d | %s |%n",
                phase.overall().p95(), phase.overall().p95() <= 250 ? "met" : "**missed**", phase.overall().errors(),
                phase.overall().errors() == 0 ? "met" : "**missed**");
    }

    static String targets(Phase phase) {
        var search = phase.actions().get(SEARCH);
        double searchP95 = search == null ? Double.NaN : search.p95();
        var out = new StringBuilder("\n| Target at 100 users | measured | |\n|---|---:|---|\n");
        out.append(String.format(Locale.ROOT, "| round-trip p95 ≤ 100 ms (every action) | %.1f ms | %s |%n",
                phase.overall().p95(), phase.overall().p95() <= 100 ? "met" : "**missed**"));
        var uidl = phase.ui().get(UiTimings.UIDL);
        if (uidl == null) {
            out.append("| UI round-trip (UIDL) p95 ≤ 100 ms | not measured (no UI probe) | |\n");
        } else {
            out.append(String.format(Locale.ROOT, "| UI round-trip (UIDL) p95 ≤ 100 ms (%d requests from the probe's "
                    + "browsers) | %.1f ms | %s |%n", uidl.requests(), uidl.p95(), uidl.p95() <= 100 ? "met" : "**missed**"));
        }
        out.append(String.format(Locale.ROOT, "| search p95 ≤ 50 ms (through the API) | %.1f ms | %s |%n", searchP95,
                searchP95 <= 50 ? "met" : "**missed**"));
        out.append(String.format(Locale.ROOT, "| no errors | %d | %s |%n", phase.overall().errors(),
                phase.overall().errors() == 0 ? "met" : "**missed**"));
        return out.toString();
    }

    private void note(String format, Object... args) {
        var line = String.format(Locale.ROOT, format, args);
        notes.append("- ").append(line).append('\n');
        System.out.println("[load] " + line);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private static String abbreviate(String text) {
        var flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static Credentials as(String username) {
        return new Credentials(username, OTHER_PASSWORDS.getOrDefault(username, PASSWORD));
    }

    private static Credentials drafter(String committee) {
        return as(committee.toLowerCase(Locale.ROOT) + ".drafter");
    }

    private static Credentials officer(String committee) {
        return as(committee.toLowerCase(Locale.ROOT) + ".officer");
    }

    /** The port of a portal URL on this machine; anything but loopback is refused. */
    static int loopbackPort(String url) throws IOException {
        var uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("load.url: an http:// address on this machine, e.g. http://127.0.0.1:8080");
        }
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("load.url: the load runs on loopback only, not against " + uri.getHost());
        }
        return uri.getPort() == -1 ? 80 : uri.getPort();
    }
}
