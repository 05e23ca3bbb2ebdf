package pk.gov.mashwara.search.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchQuery;

/**
 * The snippets of a page of 20 hits, two ways in one run on the same hits: with the passage boundaries of each head
 * worked out whole as soon as it is given (before) and only as far as the highlighter asks (now). The snippets must
 * come out the same both ways, and the run says so. The documents are what the load benchmark imports: the text and
 * HTML files of {@code ../shared/corpus}, each cut to 200,000 characters (package lists, control files and licence
 * terms: long stretches without a sentence's end, frequent words), several times over; the queries are what its
 * users search: a word of the texts, one in five {@code a AND b}, one in ten a four-letter {@code prefix*}. The two
 * ways alternate query by query, so that the machine's other work falls on both alike. Writes
 * {@code target/benchmarks/snippets.md}.
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=pk.gov.mashwara.search.index.SnippetsBenchmark \
 *     -Dexec.classpathScope=test [-Dbench.corpus=../shared/corpus -Dbench.queries=1000 -Dbench.copies=5]
 * </pre>
 */
public final class SnippetsBenchmark {

    private static final Pattern WORD = Pattern.compile("\\p{IsAlphabetic}{5,}");

    /** The boundaries worked out whole on every text, as before. */
    static final class EagerBreaks extends PassageBreaks {
        @Override
        public void setText(String newText) {
            super.setText(newText);
            last();
            first();
        }
    }

    private SnippetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        int queries = Integer.getInteger("bench.queries", 1000);
        int copies = Integer.getInteger("bench.copies", 5);
        var texts = texts(corpus);
        var source = new InMemorySource();
        long id = 1;
        for (int c = 0; c < copies; c++) {
            for (var text : texts) {
                source.draft(id, "Document " + id, 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED, text);
                id++;
            }
        }
        var queryTexts = queries(texts, queries, new Random(7));
        var dir = Files.createTempDirectory("mashwara-snippets-bench");
        try (var support = new IndexTestSupport(dir, source).started()) {
            var analyzer = support.index.analyzer();
            var before = new Snippets(analyzer, Snippets.DEEP_BUDGET_CHARS, EagerBreaks::new);
            var now = new Snippets(analyzer, Snippets.DEEP_BUDGET_CHARS, PassageBreaks::new);
            var timesBefore = new ArrayList<Double>();
            var timesNow = new ArrayList<Double>();
            var same = new int[2];
            for (int round = 0; round < 2; round++) {
                timesBefore.clear();
                timesNow.clear();
                Arrays.fill(same, 0);
                for (int i = 0; i < queryTexts.size(); i++) {
                    var text = queryTexts.get(i);
                    var beforeFirst = i % 2 == 0;
                    support.index.withSearcher(searcher -> {
                        var query = UserQueries.parse(text, analyzer);
                        var filtered = IndexSearch.filtered(query, SearchQuery.of(""), IndexSearchTest.EVERYTHING,
                                null);
                        var ids = Arrays.stream(searcher.search(filtered, 20).scoreDocs).mapToInt(d -> d.doc)
                                .toArray();
                        var heads = new String[ids.length];
                        for (int h = 0; h < ids.length; h++) {
                            heads[h] = StoredBody.read(searcher, ids[h], 0, IndexSchema.HEAD_CHARS).text();
                        }
                        String[] a;
                        String[] b;
                        if (beforeFirst) {
                            a = time(before, searcher, query, ids, heads, timesBefore);
                            b = time(now, searcher, query, ids, heads, timesNow);
                        } else {
                            b = time(now, searcher, query, ids, heads, timesNow);
                            a = time(before, searcher, query, ids, heads, timesBefore);
                        }
                        for (int h = 0; h < ids.length; h++) {
                            same[1]++;
                            if (Objects.equals(a[h], b[h])) {
                                same[0]++;
                            }
                        }
                        return null;
                    });
                }
            }
            var report = new StringBuilder("# Snippets of a page of 20 hits: passage boundaries whole or as "
                    + "needed, in one run\n\n");
            report.append(String.format(Locale.ROOT, "%d documents (%d files of %s, cut to 200,000 characters, "
                    + "%d times over), %d queries (a word; one in five `a AND b`; one in ten `abcd*`), each way "
                    + "timed on the same hits, alternating; the second of two rounds. Load average at the end: "
                    + "%.1f on %d cores.%n%n", id - 1, texts.size(), corpus, copies, queries,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            report.append("| Snippets of 20 hits (ms) | p50 | p95 | p99 | mean |\n|---|---:|---:|---:|---:|\n");
            row(report, "before: each head's boundaries worked out whole", timesBefore);
            row(report, "now: only as far as the highlighter asks", timesNow);
            report.append(String.format(Locale.ROOT, "%nRatio before ÷ now: p50 %.2f×, p95 %.2f×, mean %.2f×. "
                    + "Snippets the same both ways: %d of %d.%n", p(timesBefore, 50) / p(timesNow, 50),
                    p(timesBefore, 95) / p(timesNow, 95), mean(timesBefore) / mean(timesNow), same[0], same[1]));
            var out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("snippets.md"), report);
            System.out.println(report);
            if (same[0] != same[1]) {
                throw new IllegalStateException("the two ways gave different snippets");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static List<String> texts(Path corpus) throws Exception {
        var tika = new org.apache.tika.Tika();
        tika.setMaxStringLength(200_000);
        var texts = new ArrayList<String>();
        try (var files = Files.walk(corpus)) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                    .sorted().toList()) {
                var text = tika.parseToString(file);
                if (text.length() > 1000) {
                    texts.add(text.length() > 200_000 ? text.substring(0, 200_000) : text);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no text or HTML files under " + corpus.toAbsolutePath());
        }
        return texts;
    }

    private static List<String> queries(List<String> texts, int count, Random random) {
        var words = new ArrayList<String>();
        for (var text : texts) {
            var m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        var out = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var a = words.get(random.nextInt(words.size()));
            var roll = random.nextInt(10);
            out.add(roll < 2 ? a + " AND " + words.get(random.nextInt(words.size()))
                    : roll < 3 ? a.substring(0, 4) + "*" : a);
        }
        return out;
    }

    private static String[] time(Snippets snippets, IndexSearcher searcher, Query query, int[] ids, String[] heads,
            List<Double> times) throws java.io.IOException {
        long start = System.nanoTime();
        var html = snippets.of(searcher, query, ids, heads);
        times.add((System.nanoTime() - start) / 1e6);
        return html;
    }

    private static void row(StringBuilder report, String name, List<Double> times) {
        report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", name, p(times, 50),
                p(times, 95), p(times, 99), mean(times)));
    }

    private static double p(List<Double> times, int percentile) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double mean(List<Double> times) {
        return times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
