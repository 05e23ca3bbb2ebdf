package pk.gov.mashwara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.index.IndexHealth;
import pk.gov.mashwara.search.index.IndexSchema;
import pk.gov.mashwara.search.index.IndexSearch;
import pk.gov.mashwara.search.index.IndexedText;
import pk.gov.mashwara.search.index.LuceneIndex;
import pk.gov.mashwara.search.index.UserQueries;
import pk.gov.mashwara.text.ExtractionStatus;

/**
 * The benchmark of issue 3, in one run: ingest throughput of the portal's extraction pipeline against raw Tika
 * ({@link IngestBenchmark}), search latency of the portal's Lucene index against MariaDB FULLTEXT on the same
 * texts and queries, upload-to-searchable time through the running portal ({@link UploadBenchmark}), and charts
 * ({@link BenchmarkCharts}). Not a test: run it as docs/benchmarks/search.md says. Settings (system
 * properties): {@code bench.docs} (10000), {@code bench.queries} (1000), {@code bench.corpus}
 * (../shared/corpus), {@code bench.ingest.docs} (300), {@code bench.upload.runs} (5), {@code bench.parts}
 * (ingest,search,upload), {@code bench.db.url}, {@code bench.db.user}, {@code bench.db.password} (or
 * MASHWARA_BENCH_DB_URL / _USER / _PASSWORD), {@code bench.reuse} (false: true keeps the search part's Lucene index
 * under target/benchmarks and its MariaDB table, and uses them again in the next run with as many documents).
 */
public final class SearchBenchmark {

    private static final String[] COMMITTEES = { "MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET" };
    /** The searching user: an NSMCWG member, who sees submitted drafts; the permission filter is always on. */
    private static final DraftVisibility MEMBER = new DraftVisibility(false, Set.of(), true);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 10_000);
        int queries = Integer.getInteger("bench.queries", 1000);
        int ingestDocs = Integer.getInteger("bench.ingest.docs", 300);
        int uploadRuns = Integer.getInteger("bench.upload.runs", 5);
        var parts = Set.of(System.getProperty("bench.parts", "ingest,search,upload").split(","));
        var corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);

        var report = new StringBuilder();
        report.append("# Benchmark: ingest, search, upload to searchable\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(", ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB; load average at the start ")
                .append(load()).append(".\n\n");

        if (parts.contains("ingest")) {
            var ingest = IngestBenchmark.run(corpus, ingestDocs);
            report.append("## (a) Ingest throughput\n\n");
            IngestBenchmark.report(report, ingest);
            var chart = new java.util.LinkedHashMap<String, Map<String, Double>>();
            chart.put("Mashwara pipeline + Lucene", Map.of("documents/s", ingest.pipeline().docsPerSecond(ingest.documents())));
            chart.put("raw Tika + Lucene", Map.of("documents/s", ingest.raw().docsPerSecond(ingest.documents())));
            BenchmarkCharts.bars(out.resolve("ingest.png"), "Ingest: " + ingest.documents() + " documents, "
                    + String.format(Locale.ROOT, "%.0f MB", ingest.bytes() / 1e6), "documents per second", chart);
            report.append("\n![Ingest documents/s](ingest.png)\n\n");
            System.out.println(report);
        }
        if (parts.contains("search")) {
            search(report, out, docs, queries, corpus);
            System.out.println(report);
        }
        if (parts.contains("upload")) {
            var passages = Corpus.chunks(corpus).texts();
            var upload = UploadBenchmark.run(passages, uploadRuns);
            report.append("## (c) Upload to searchable\n\n");
            UploadBenchmark.report(report, upload);
        }
        var file = out.resolve("search.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + file.toAbsolutePath() + " (charts beside it)");
    }

    private static void search(StringBuilder report, Path out, int docs, int queries, Path corpus) throws Exception {
        var random = new Random(42);
        var chunks = Corpus.chunks(corpus);
        var texts = Corpus.documents(chunks, docs, random);
        var querySet = Corpus.queries(texts, queries, random);
        report.append("## (b) Search latency at ").append(String.format(Locale.ROOT, "%,d", texts.size()))
                .append(" documents\n\n")
                .append("- Documents: ").append(texts.size()).append(" (").append(chunks.source()).append("), ")
                .append(texts.stream().mapToLong(String::length).sum() / 1_000_000).append(" M characters; ")
                .append(Corpus.LARGE).append(" of them large (~").append(Corpus.LARGE_CHARS / 1000).append(" k characters)\n")
                .append("- Queries: ").append(querySet.size()).append(" (").append(Corpus.describe(querySet)).append(")\n")
                .append("- Every search runs as an NSMCWG member: the permission filter (submitted drafts) is on in both\n\n");

        // bench.reuse keeps the index (and the MariaDB table) for the next run with as many documents
        var reuse = Boolean.getBoolean("bench.reuse");
        var dir = reuse ? out.resolve("index-" + texts.size()) : Files.createTempDirectory("mashwara-bench-index");
        try (var index = new LuceneIndex(dir)) {
            var built = openOrBuild(index, texts);
            report.append(built == null ? "Lucene index of an earlier run reused (bench.reuse)\n"
                    : String.format(Locale.ROOT, "Lucene indexing: %.1f s%n", built));

            var search = new IndexSearch(index);
            var full = measure(querySet, q -> search.search(SearchQuery.of(q.lucene()), MEMBER).total());
            var phases = new SearchPhases(index, search, MEMBER);
            var collect = measure(querySet, q -> phases.collect(q.lucene()), true);
            var hits = measure(querySet, q -> phases.hits(q.lucene()), true);
            var top10 = measure(querySet, q -> luceneTop10(index, q.lucene()));

            Timings maria = null;
            String mariaNote;
            try (var db = Mariadb.connect(reuse ? "bench_fulltext_" + texts.size() : null)) {
                if (db == null) {
                    mariaNote = "MariaDB not configured (bench.db.url): not measured.";
                } else {
                    var seconds = db.load(texts, i -> snapshot(i).submitted());
                    mariaNote = seconds == null ? "MariaDB " + db.version() + ", InnoDB FULLTEXT; table of an earlier run reused"
                            : String.format(Locale.ROOT, "MariaDB %s, InnoDB FULLTEXT; loading and indexing: %.1f s",
                                    db.version(), seconds);
                    maria = measure(querySet, db::top10);
                }
            }
            report.append(mariaNote).append("\n\n");
            report.append("| Search (latency per query, ms) | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
            row(report, "Lucene, as the portal searches: total, 20 hits, facets, snippets", full);
            row(report, "… the same, CPU time of the searching thread", full.cpu());
            row(report, "… of which matching, exact total and facet counts", collect);
            row(report, "… of which the 20 hits: stored fields and snippets", hits);
            row(report, "Lucene, top 10 only", top10);
            if (maria != null) {
                row(report, "MariaDB FULLTEXT, top 10 only (natural language for words, boolean mode otherwise)", maria);
            }
            report.append("\n| Full portal search by kind of query (ms: elapsed, CPU, and the two phases elapsed) | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
            for (var kind : Corpus.Kind.values()) {
                var ofKind = full.of(querySet, q -> q.kind() == kind);
                row(report, kind.name().toLowerCase(Locale.ROOT), ofKind);
                row(report, kind.name().toLowerCase(Locale.ROOT) + ", CPU", ofKind.cpu());
                row(report, kind.name().toLowerCase(Locale.ROOT) + ": matching, total, facets", collect.of(querySet, q -> q.kind() == kind));
                row(report, kind.name().toLowerCase(Locale.ROOT) + ": the 20 hits", hits.of(querySet, q -> q.kind() == kind));
            }
            if (maria != null) {
                report.append(String.format(Locale.ROOT,
                        "%nRatios (MariaDB ÷ Lucene): top 10 only p50 %.1f×, p95 %.1f×; MariaDB top 10 ÷ Lucene full search p50 %.1f×, p95 %.1f×.%n",
                        maria.p(50) / top10.p(50), maria.p(95) / top10.p(95), maria.p(50) / full.p(50), maria.p(95) / full.p(95)));
            }
            report.append("\nLoad average after the searches: ").append(load()).append(" (on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores).\n");
            report.append(String.format(Locale.ROOT,
                    "%nTarget p95 ≤ 20 ms for the portal's full search at %,d documents: %s (elapsed), %s (CPU time)%n",
                    texts.size(), full.p(95) <= 20 ? "met" : "missed", full.cpu().p(95) <= 20 ? "met" : "missed"));
            var chart = new java.util.LinkedHashMap<String, Map<String, Double>>();
            chart.put("Lucene, top 10", BenchmarkCharts.percentiles(top10));
            chart.put("Lucene, full portal search", BenchmarkCharts.percentiles(full));
            if (maria != null) {
                chart.put("MariaDB FULLTEXT, top 10", BenchmarkCharts.percentiles(maria));
            }
            var name = "search-" + (texts.size() % 1000 == 0 ? texts.size() / 1000 + "k" : texts.size()) + ".png";
            BenchmarkCharts.bars(out.resolve(name), String.format(Locale.ROOT, "Search latency, %,d documents, %d queries",
                    texts.size(), querySet.size()), "milliseconds per query", chart);
            report.append("\n![Search latency](").append(name).append(")\n\n");
        } finally {
            if (!reuse) {
                deleteTree(dir);
            }
        }
    }

    /** The system's load average over the last minute: how much else wanted the cores meanwhile. */
    static String load() {
        return String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Opens an index of an earlier run when it is sound and as large; otherwise builds it. Seconds taken, or null. */
    private static Double openOrBuild(LuceneIndex index, List<String> texts) throws IOException {
        if (index.inspect() == IndexHealth.OK) {
            index.open();
            if (index.numDocs() == texts.size()) {
                return null;
            }
        }
        long start = System.nanoTime();
        try (var generation = index.newGeneration()) {
            for (int i = 0; i < texts.size(); i++) {
                generation.replaceDraft(i + 1, List.of(IndexSchema.document(snapshot(i), snapshot(i).versions().getFirst(),
                        new IndexedText(texts.get(i), ExtractionStatus.DONE, false))));
            }
            index.switchTo(generation);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A draft per document: committees, kinds and statuses spread evenly, two in three submitted. */
    static DraftSnapshot snapshot(int i) {
        var status = i % 3 == 0 ? DraftStatus.DRAFT : DraftStatus.UNDER_REVIEW;
        var created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * (i % 900));
        return new DraftSnapshot(i + 1, "Benchmark draft " + (i + 1), 1 + i % COMMITTEES.length,
                COMMITTEES[i % COMMITTEES.length], DraftKind.values()[i % DraftKind.values().length],
                Classification.UNCLASSIFIED, status, status != DraftStatus.DRAFT, created, created,
                List.of(new VersionInfo(1, "d.txt", "text/plain", 1, "sha" + i, "bench", created)));
    }

    private static long luceneTop10(LuceneIndex index, String text) {
        try {
            var query = new BooleanQuery.Builder().add(UserQueries.parse(text, index.analyzer()), Occur.MUST)
                    .add(IndexSearch.visibilityFilter(MEMBER), Occur.FILTER)
                    .add(IndexSchema.latestOnly(), Occur.FILTER).build();
            return index.withSearcher(s -> (long) s.search(query, 10).scoreDocs.length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Milliseconds per query, in the order of the queries: elapsed, and the CPU time of the searching thread (the
     * search runs in the caller's thread). On a machine shared with other work the CPU time is what one search
     * costs; the elapsed time also holds the waits for a core.
     */
    record Timings(double[] millis, double[] cpuMillis) {
        double p(int percentile) {
            var sorted = millis.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.clamp(i, 0, sorted.length - 1)];
        }

        Timings cpu() {
            return new Timings(cpuMillis, cpuMillis);
        }

        /** The timings of the queries that pass the filter. */
        Timings of(List<Corpus.Query> queries, java.util.function.Predicate<Corpus.Query> filter) {
            var kept = java.util.stream.IntStream.range(0, millis.length).filter(i -> filter.test(queries.get(i))).toArray();
            return new Timings(Arrays.stream(kept).mapToDouble(i -> millis[i]).toArray(),
                    Arrays.stream(kept).mapToDouble(i -> cpuMillis[i]).toArray());
        }
    }

    private static Timings measure(List<Corpus.Query> queries, Function<Corpus.Query, Long> run) throws Exception {
        return measure(queries, run, false);
    }

    /** One warm-up pass, then one measured pass; {@code selfTimed} runs return their own nanoseconds. */
    private static Timings measure(List<Corpus.Query> queries, Function<Corpus.Query, Long> run, boolean selfTimed) {
        queries.forEach(run::apply);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var millis = new double[queries.size()];
        var cpu = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long value = run.apply(queries.get(i));
            millis[i] = (selfTimed ? value : System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        return new Timings(millis, cpu);
    }

    private static void row(StringBuilder report, String name, Timings t) {
        report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", name, t.p(50), t.p(95), t.p(99)));
    }

    public static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (var f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Texts and queries from the shared corpus (or generated text without it). */
    static final class Corpus {

        static final int LARGE = 50;
        static final int LARGE_CHARS = 400_000;

        record Chunks(List<String> texts, String source) {
        }

        enum Kind { WORD, AND, PHRASE, PREFIX, NOT }

        /** The same query for both engines, in each one's syntax. */
        record Query(Kind kind, String lucene, String mariadb, boolean booleanMode) {
        }

        static Chunks chunks(Path corpus) throws IOException {
            var chunks = new ArrayList<String>();
            if (Files.isDirectory(corpus)) {
                try (var files = Files.walk(corpus)) {
                    for (var file : files.filter(f -> f.toString().matches(".*\\.(txt|html)$")).sorted().toList()) {
                        var text = Files.readString(file, StandardCharsets.UTF_8);
                        if (file.toString().endsWith(".html")) {
                            text = text.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                                    .replaceAll("&[a-z#0-9]+;", " ");
                        }
                        var paragraphs = text.split("\\n\\s*\\n");
                        var current = new StringBuilder();
                        for (var p : paragraphs) {
                            current.append(p.strip()).append("\n\n");
                            if (current.length() > 3000) {
                                chunks.add(current.toString());
                                current.setLength(0);
                            }
                        }
                    }
                }
            }
            if (chunks.size() >= 100) {
                return new Chunks(chunks, chunks.size() + " passages of " + corpus.normalize());
            }
            var random = new Random(7);
            var vocabulary = new ArrayList<String>();
            for (int i = 0; i < 5000; i++) {
                vocabulary.add(Long.toString(Math.abs(random.nextLong()) % 10_000_000L, 36));
            }
            for (int i = 0; i < 2000; i++) {
                var text = new StringBuilder();
                for (int w = 0; w < 500; w++) {
                    text.append(vocabulary.get((int) Math.min(4999, Math.abs(random.nextGaussian()) * 800))).append(' ');
                }
                chunks.add(text.toString());
            }
            return new Chunks(chunks, "generated text, no corpus at " + corpus);
        }

        /** Documents of two or three passages each (new combinations, so no two are the same); a few very long. */
        static List<String> documents(Chunks chunks, int count, Random random) {
            var all = chunks.texts();
            var docs = new ArrayList<String>(count);
            for (int i = 0; i < count; i++) {
                var text = new StringBuilder();
                int target = i < LARGE ? LARGE_CHARS : 2 + random.nextInt(2);
                for (int n = 0; i < LARGE ? text.length() < target : n < target; n++) {
                    text.append(all.get(random.nextInt(all.size())));
                }
                docs.add(text.toString());
            }
            return docs;
        }

        static List<Query> queries(List<String> docs, int count, Random random) {
            var frequency = new HashMap<String, Integer>();
            var pairs = new ArrayList<String[]>();
            for (int d = LARGE; d < Math.min(docs.size(), LARGE + 2000); d++) {
                var words = Arrays.stream(docs.get(d).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                        .filter(w -> w.length() >= 4 && w.length() <= 15).toList();
                words.forEach(w -> frequency.merge(w, 1, Integer::sum));
                for (int i = 0; i + 1 < words.size(); i += 97) {
                    pairs.add(new String[] { words.get(i), words.get(i + 1) });
                }
            }
            // Words neither rare nor everywhere: what people search for
            var words = frequency.entrySet().stream().filter(e -> e.getValue() >= 5 && e.getValue() <= 2000)
                    .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
            var queries = new ArrayList<Query>();
            for (int i = 0; i < count; i++) {
                var a = words.get(random.nextInt(words.size()));
                var b = words.get(random.nextInt(words.size()));
                queries.add(switch (Kind.values()[i % Kind.values().length]) {
                    case WORD -> new Query(Kind.WORD, a, a, false);
                    case AND -> new Query(Kind.AND, a + " AND " + b, "+" + a + " +" + b, true);
                    case PHRASE -> {
                        var p = pairs.get(random.nextInt(pairs.size()));
                        yield new Query(Kind.PHRASE, "\"" + p[0] + " " + p[1] + "\"", "\"" + p[0] + " " + p[1] + "\"", true);
                    }
                    case PREFIX -> {
                        var stem = a.substring(0, 4);
                        yield new Query(Kind.PREFIX, stem + "*", stem + "*", true);
                    }
                    case NOT -> new Query(Kind.NOT, a + " NOT " + b, "+" + a + " -" + b, true);
                });
            }
            return queries;
        }

        static String describe(List<Query> queries) {
            return queries.stream().collect(Collectors.groupingBy(q -> q.kind().name().toLowerCase(Locale.ROOT),
                    java.util.TreeMap::new, Collectors.counting())).toString();
        }
    }

    /** A FULLTEXT table of its own in the database given, dropped at the end. */
    static final class Mariadb implements AutoCloseable {

        private final Connection connection;
        private final String table;
        /** A table kept for the next run (bench.reuse) rather than dropped. */
        private final boolean kept;

        private Mariadb(Connection connection, String keptTable) {
            this.connection = connection;
            this.kept = keptTable != null;
            this.table = kept ? keptTable : "bench_fulltext_" + Long.toString(System.nanoTime(), 36);
        }

        /** The database configured, or null; {@code keptTable} names a table to reuse and keep (or null). */
        static Mariadb connect(String keptTable) throws SQLException {
            var url = setting("bench.db.url", "MASHWARA_BENCH_DB_URL");
            if (url == null) {
                return null;
            }
            return new Mariadb(DriverManager.getConnection(url, setting("bench.db.user", "MASHWARA_BENCH_DB_USER"),
                    setting("bench.db.password", "MASHWARA_BENCH_DB_PASSWORD")), keptTable);
        }

        private static String setting(String property, String env) {
            var value = System.getProperty(property);
            return value != null ? value : System.getenv(env);
        }

        String version() throws SQLException {
            return connection.getMetaData().getDatabaseProductVersion();
        }

        /** Seconds taken to load and index the texts, or null when a kept table already holds them all. */
        Double load(List<String> texts, java.util.function.IntPredicate submitted) throws SQLException {
            if (kept && rows() == texts.size()) {
                return null;
            }
            long start = System.nanoTime();
            try (var st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
                st.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, committee_id BIGINT NOT NULL, "
                        + "submitted BOOLEAN NOT NULL, latest BOOLEAN NOT NULL, body LONGTEXT NOT NULL) "
                        + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, TRUE, ?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    insert.setLong(1, i + 1);
                    insert.setLong(2, 1 + i % COMMITTEES.length);
                    insert.setBoolean(3, submitted.test(i));
                    insert.setString(4, texts.get(i));
                    insert.addBatch();
                    if (i % 100 == 99) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (var st = connection.createStatement()) {
                st.execute("ALTER TABLE " + table + " ADD FULLTEXT INDEX ft_body (body)");
                st.execute("ANALYZE TABLE " + table);
            }
            return (System.nanoTime() - start) / 1e9;
        }

        private long rows() {
            try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                return -1; // no such table yet
            }
        }

        long top10(Corpus.Query query) {
            var mode = query.booleanMode() ? "IN BOOLEAN MODE" : "IN NATURAL LANGUAGE MODE";
            var sql = "SELECT id, MATCH(body) AGAINST(? " + mode + ") AS score FROM " + table
                    + " WHERE MATCH(body) AGAINST(? " + mode + ") AND submitted = TRUE AND latest = TRUE"
                    + " ORDER BY score DESC LIMIT 10";
            try (var st = connection.prepareStatement(sql)) {
                st.setString(1, query.mariadb());
                st.setString(2, query.mariadb());
                long n = 0;
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            try (var st = connection.createStatement()) {
                if (!kept) {
                    st.execute("DROP TABLE IF EXISTS " + table);
                }
            } finally {
                connection.close();
            }
        }
    }
}
