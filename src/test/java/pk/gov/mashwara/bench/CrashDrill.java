package pk.gov.mashwara.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Credentials;
import pk.gov.mashwara.support.ApiClient.Part;

/**
 * Crash drill: the portal, a real process on the embedded database, takes a bulk import through its API
 * ({@code POST /api/import}, a few files per request) and is killed with SIGKILL at a random moment, several rounds
 * over; after each restart, and at the end, it is checked from outside, through the API, as its users would see it:
 *
 * <ul>
 * <li>every file whose import was acknowledged is there, with identical bytes (SHA-256 of the download);</li>
 * <li>no orphan: every draft anyone can list has its version and its file;</li>
 * <li>every version is extracted or still queued, and once the portal has caught up, every one is extracted;</li>
 * <li>the search index holds as many versions as the database (a match-all search over all versions);</li>
 * <li>the audit chain verifies intact.</li>
 * </ul>
 *
 * Run it with {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=pk.gov.mashwara.bench.CrashDrill
 * -Dexec.classpathScope=test} (options: {@code drill.rounds} 5, {@code drill.files} 300, {@code drill.batch} 5,
 * {@code drill.seed}); it writes {@code target/benchmarks/crash.md}. {@code CrashRecoveryIT} runs a short form.
 */
public final class CrashDrill {

    private static final String DEMO_PASSWORD = "Mashwara#2026";
    private static final Credentials DRAFTER = new Credentials("pta.drafter", DEMO_PASSWORD);
    private static final Credentials AUDITOR = new Credentials("auditor", DEMO_PASSWORD);
    private static final Duration READY_WITHIN = Duration.ofSeconds(240);
    private static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(600);

    /** What one round did and found. */
    public record Round(int number, int sentBefore, int acknowledgedInRound, long killedAfterMillis, double startSeconds,
            List<String> problems) {
    }

    /** The whole drill: its rounds, the final check, and whether everything held. */
    public record Outcome(List<Round> rounds, int files, int acknowledged, int drafts, double catchUpSeconds,
            List<String> finalProblems) {

        public boolean passed() {
            return finalProblems.isEmpty() && rounds.stream().allMatch(r -> r.problems().isEmpty());
        }
    }

    private final Path data;
    private final int rounds;
    private final int files;
    private final int batch;
    private final Random random;
    private final StringBuilder log = new StringBuilder();

    public CrashDrill(Path data, int rounds, int files, int batch, long seed) {
        this.data = data;
        this.rounds = rounds;
        this.files = files;
        this.batch = batch;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        var data = Files.createTempDirectory("mashwara-crash-drill");
        var drill = new CrashDrill(data, Integer.getInteger("drill.rounds", 5), Integer.getInteger("drill.files", 300),
                Integer.getInteger("drill.batch", 5), Long.getLong("drill.seed", 20261129L));
        var outcome = drill.run();
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("crash.md"), drill.report(outcome));
        System.out.println(drill.report(outcome));
        System.out.println("Written to " + out.resolve("crash.md").toAbsolutePath());
        SearchBenchmark.deleteTree(data);
        System.exit(outcome.passed() ? 0 : 1);
    }

    public Outcome run() throws Exception {
        var documents = documents();
        var acknowledged = new ConcurrentHashMap<Long, String>(); // draft id -> SHA-256 of its file
        var sent = new AtomicInteger();
        var roundResults = new ArrayList<Round>();
        for (int round = 1; round <= rounds; round++) {
            var portal = Portal.start(data, round);
            var problems = new ArrayList<String>();
            double startSeconds = portal.startSeconds;
            try {
                // what was acknowledged before the last kill is all there, straight after the restart
                problems.addAll(check(portal.api, acknowledged, false));
                int before = sent.get();
                int ackBefore = acknowledged.size();
                var uploader = Thread.ofVirtual().start(() -> upload(portal.api, documents, sent, acknowledged));
                // killed in the middle of the import: once this round's first batch is acknowledged, after a random
                // further 0 to 1.5 seconds (so that every round is killed while files are arriving)
                while (acknowledged.size() == ackBefore && uploader.isAlive()) {
                    Thread.sleep(20);
                }
                long killAfter = random.nextInt(1500);
                uploader.join(killAfter);
                portal.kill();
                uploader.join();
                roundResults.add(new Round(round, before, acknowledged.size() - ackBefore, killAfter, startSeconds, problems));
                note("round %d: killed %d ms after the round's first acknowledged batch; %d files acknowledged in the round", round, killAfter,
                        acknowledged.size() - ackBefore);
            } finally {
                portal.kill();
            }
            if (sent.get() >= documents.size()) {
                note("every file sent by round %d", round);
            }
        }
        // the last start: the rest of the files, then everything is checked once the portal has caught up
        var portal = Portal.start(data, rounds + 1);
        try {
            var problems = new ArrayList<>(check(portal.api, acknowledged, false));
            upload(portal.api, documents, sent, acknowledged);
            long caughtUpStart = System.nanoTime();
            var deadline = caughtUpStart + CAUGHT_UP_WITHIN.toNanos();
            List<String> last = check(portal.api, acknowledged, true);
            while (!last.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                last = check(portal.api, acknowledged, true);
            }
            double catchUp = (System.nanoTime() - caughtUpStart) / 1e9;
            problems.addAll(last);
            int drafts = drafts(portal.api).size();
            return new Outcome(roundResults, documents.size(), acknowledged.size(), drafts, catchUp, problems);
        } finally {
            portal.kill();
        }
    }

    /** Sends the documents not yet sent, a few per request, until all are sent or the portal is gone. */
    private void upload(ApiClient api, List<Document> documents, AtomicInteger sent, Map<Long, String> acknowledged) {
        while (sent.get() < documents.size()) {
            int from = sent.get();
            int to = Math.min(documents.size(), from + batch);
            var parts = new ArrayList<Part>();
            for (var document : documents.subList(from, to)) {
                parts.add(new Part("files", document.name(), "application/octet-stream", document.bytes()));
            }
            parts.add(Part.field("committee", "PTA"));
            parts.add(Part.field("kind", "POLICY"));
            parts.add(Part.field("legalBasis", "Section 37 of PECA 2016"));
            ApiClient.Response response;
            try {
                response = api.postMultipart("/api/import", parts, DRAFTER);
            } catch (RuntimeException e) {
                return; // the portal is gone: this batch was not acknowledged, and is sent again after the restart
            }
            if (response.status() != 200) {
                throw new IllegalStateException("import answered " + response.status() + ": " + response.text());
            }
            List<Map<String, Object>> items = response.json("$.items");
            for (var item : items) {
                if ("CREATED".equals(item.get("outcome"))) {
                    acknowledged.put(((Number) item.get("draftId")).longValue(), (String) item.get("sha256"));
                }
            }
            sent.set(to);
        }
    }

    /**
     * What users would see wrong, in plain words; empty when all holds. {@code complete}: every version must be
     * extracted by now and the index must count every version (otherwise queued is enough).
     */
    private List<String> check(ApiClient api, Map<Long, String> acknowledged, boolean complete) throws Exception {
        var problems = new ArrayList<String>();
        var drafts = drafts(api);
        for (var entry : acknowledged.entrySet()) {
            var file = api.get("/api/drafts/" + entry.getKey() + "/versions/1/file", AUDITOR);
            if (file.status() != 200) {
                problems.add("acknowledged draft " + entry.getKey() + ": its file answers " + file.status());
            } else if (!sha256(file.body()).equals(entry.getValue())) {
                problems.add("acknowledged draft " + entry.getKey() + ": its file's bytes changed");
            }
        }
        int versions = 0;
        for (var id : drafts) {
            var draft = api.get("/api/drafts/" + id, AUDITOR);
            List<Map<String, Object>> list = draft.status() == 200 ? draft.json("$.versions") : List.of();
            if (list.isEmpty()) {
                problems.add("draft " + id + " is listed without a version");
                continue;
            }
            for (var version : list) {
                versions++;
                int number = ((Number) version.get("number")).intValue();
                var file = api.get("/api/drafts/" + id + "/versions/" + number + "/file", AUDITOR);
                if (file.status() != 200 || !sha256(file.body()).equals(version.get("sha256"))) {
                    problems.add("draft " + id + " version " + number + ": file missing or different (" + file.status() + ")");
                }
                var status = api.get("/api/drafts/" + id + "/versions/" + number, AUDITOR);
                String extraction = status.status() == 200 ? status.json("$.extraction") : "unknown";
                // queued, or finished (as any other status a file can end in, short of a failure)
                boolean queued = "PENDING".equals(extraction) || "EXTRACTING".equals(extraction);
                boolean bad = "FAILED".equals(extraction) || "unknown".equals(extraction);
                if (bad || (complete && queued)) {
                    problems.add("draft " + id + " version " + number + ": extraction " + extraction);
                }
            }
        }
        if (complete) {
            var all = api.get("/api/search?q=&allVersions=true&size=1", AUDITOR);
            long indexed = all.status() == 200 ? ((Number) all.json("$.total")).longValue() : -1;
            if (indexed != versions) {
                problems.add("the index counts " + indexed + " versions, the database " + versions);
            }
        }
        var audit = api.get("/api/audit/verify", AUDITOR);
        if (audit.status() != 200 || !"INTACT".equals(audit.json("$.status"))) {
            problems.add("audit chain: " + audit.status() + " " + audit.text());
        }
        return problems;
    }

    /** The ids of every draft the auditor can list (all of them). */
    private static List<Long> drafts(ApiClient api) {
        var ids = new ArrayList<Long>();
        for (int page = 0;; page++) {
            var response = api.get("/api/drafts?size=100&page=" + page, AUDITOR);
            if (response.status() != 200) {
                throw new IllegalStateException("listing drafts answered " + response.status());
            }
            List<Number> items = response.json("$.items[*].id");
            items.forEach(n -> ids.add(n.longValue()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private record Document(String name, byte[] bytes) {
    }

    /**
     * The files to import: PDFs with a text layer and plain texts, each with a word of its own; texts and HTML from
     * ../shared/corpus where it is present, so that some files are real documents of some size.
     */
    private List<Document> documents() throws IOException {
        var corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        var real = new ArrayList<Path>();
        if (Files.isDirectory(corpus)) {
            try (var walk = Files.walk(corpus)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                        .filter(p -> sizeOf(p) < 2_000_000).sorted().forEach(real::add);
            }
        }
        var out = new ArrayList<Document>();
        for (int i = 0; i < files; i++) {
            var word = "drillword" + i;
            if (i % 3 == 2 && !real.isEmpty()) {
                var source = real.get(i % real.size());
                var name = source.getFileName().toString();
                var bytes = Files.readAllBytes(source);
                var marked = name.endsWith(".html") ? new String(bytes, StandardCharsets.UTF_8).replace("</body>", "<p>" + word + "</p></body>")
                        : new String(bytes, StandardCharsets.UTF_8) + "\n" + word + "\n";
                out.add(new Document("drill-%04d-%s".formatted(i, name), marked.getBytes(StandardCharsets.UTF_8)));
            } else if (i % 3 == 1) {
                out.add(new Document("drill-%04d.txt".formatted(i), ("Crash drill text " + i + ". The word " + word
                        + " is in this file only.\n").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8)));
            } else {
                out.add(new Document("drill-%04d.pdf".formatted(i), DemoDocuments.pdf("Crash drill " + i,
                        List.of("A draft of the crash drill with the word " + word + ".", "More text " + "x".repeat(i % 200)))));
            }
        }
        return out;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(String format, Object... args) {
        var line = String.format(Locale.ROOT, format, args);
        log.append("- ").append(line).append('\n');
        System.out.println("[drill] " + line);
    }

    public String report(Outcome outcome) {
        var out = new StringBuilder();
        out.append("# Crash drill\n\nRun ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(".\n\n");
        out.append(String.format(Locale.ROOT, "- %d files (PDF, text, HTML), imported through `POST /api/import`, %d per "
                + "request, as `pta.drafter`, into the portal on its embedded database%n", outcome.files(), batch));
        out.append(String.format(Locale.ROOT, "- %d rounds, each: start, check, import until SIGKILL at a random moment; "
                + "then a last start that imports the rest and checks everything%n%n", outcome.rounds().size()));
        out.append("| Round | files sent before | acknowledged in the round | killed (ms after the first acknowledgement) | start to ready (s) | problems after the restart |\n");
        out.append("|---:|---:|---:|---:|---:|---|\n");
        for (var r : outcome.rounds()) {
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %s |%n", r.number(), r.sentBefore(),
                    r.acknowledgedInRound(), r.killedAfterMillis(), r.startSeconds(),
                    r.problems().isEmpty() ? "none" : String.join("; ", r.problems())));
        }
        out.append(String.format(Locale.ROOT, "%nFinal check: %d imports acknowledged, %d drafts listed (a batch cut off by "
                + "a kill is sent again, so a file stored but not acknowledged shows as a second draft), every version "
                + "extracted and indexed %.1f s after the last import: %s%n", outcome.acknowledged(), outcome.drafts(),
                outcome.catchUpSeconds(), outcome.finalProblems().isEmpty() ? "**all held**"
                        : "**problems:** " + String.join("; ", outcome.finalProblems())));
        out.append("\n").append(log);
        return out.toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The portal as a process of its own, on the drill's data directory. */
    private static final class Portal {
        final Process process;
        final ApiClient api;
        final double startSeconds;

        private Portal(Process process, ApiClient api, double startSeconds) {
            this.process = process;
            this.api = api;
            this.startSeconds = startSeconds;
        }

        static Portal start(Path data, int run) throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            // the portal's own classes and dependencies only: not the tests' configuration
            var classPath = List.of(IngestBenchmark.classPath().split(java.io.File.pathSeparator)).stream()
                    .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", classPath, Application.class.getName(), "--server.port=" + port,
                    "--mashwara.data-dir=" + data, "--mashwara.demo.enabled=true", "--mashwara.extraction.ocr.enabled=false",
                    "--vaadin.launch-browser=false", "--spring.main.banner-mode=off", "--logging.level.root=warn");
            long start = System.nanoTime();
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(data.resolve("portal-" + run + ".log").toFile()).start();
            var api = new ApiClient(port);
            var deadline = start + READY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the portal stopped while starting; see " + data.resolve("portal-" + run + ".log"));
                }
                try {
                    if (api.get("/actuator/health/readiness", null).status() == 200) {
                        return new Portal(process, api, (System.nanoTime() - start) / 1e9);
                    }
                } catch (RuntimeException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the portal was not ready within " + READY_WITHIN);
        }

        /** SIGKILL: no shutdown hook, no flush, no goodbye. */
        void kill() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }
}
