package pk.gov.mashwara.search.index;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchQuery;

/**
 * What one change to a draft costs the index, the whole draft written again (as every change did before decision
 * 036, and as a change of particulars still does) against the change written in place, in one run on the same
 * drafts: a new status, and a new version. Each draft has {@code bench.versions} versions of
 * {@code bench.chars} characters (the text and HTML files of {@code ../shared/corpus} when present, else generated
 * words); the two ways alternate draft by draft, so that the machine's other work falls on both alike. Each change is
 * committed on its own (no shared commits), so that only the writing differs. Times are the CPU of this process per
 * change (the writer, the commit and the merges it causes) and the elapsed time. Writes
 * {@code target/benchmarks/index-writes.md}.
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=pk.gov.mashwara.search.index.IndexWritesBenchmark \
 *     -Dexec.classpathScope=test [-Dbench.drafts=40 -Dbench.versions=3 -Dbench.chars=200000]
 * </pre>
 */
public final class IndexWritesBenchmark {

    private IndexWritesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int drafts = Integer.getInteger("bench.drafts", 40);
        int versions = Integer.getInteger("bench.versions", 3);
        int chars = Integer.getInteger("bench.chars", 200_000);
        var corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        var texts = texts(corpus, chars, drafts * (versions + 1));
        var source = new InMemorySource();
        for (int d = 0; d < drafts; d++) {
            source.draft(d + 1, "Draft " + (d + 1), 1 + d % 6, "C" + d % 6, DraftKind.POLICY, DraftStatus.DRAFT,
                    versionTexts(texts, d, versions));
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var dir = Files.createTempDirectory("mashwara-index-writes");
        var wholeStatus = new ArrayList<double[]>();
        var inPlaceStatus = new ArrayList<double[]>();
        var wholeVersion = new ArrayList<double[]>();
        var inPlaceVersion = new ArrayList<double[]>();
        long reads = 0;
        long readsInPlace = 0;
        try (var index = new LuceneIndex(dir, Duration.ZERO); var maintenance = new IndexMaintenance(index, source)) {
            maintenance.startUp().get();
            for (int round = 0; round < 2; round++) {
                var statuses = new DraftStatus[] { DraftStatus.SUBMITTED, DraftStatus.UNDER_REVIEW };
                for (int d = 0; d < drafts; d++) {
                    long id = d + 1;
                    // a new status, each way (the order alternating draft by draft)
                    boolean wholeFirst = d % 2 == 0;
                    for (int way = 0; way < 2; way++) {
                        boolean whole = (way == 0) == wholeFirst;
                        var current = source.draft(id).orElseThrow();
                        var next = current.status() == statuses[0] ? statuses[1] : statuses[0];
                        source.draft(id, current.title(), current.committeeId(), current.committeeCode(),
                                current.kind(), next, versionTexts(texts, d, current.versions().size()));
                        long readsBefore = source.textReads.get();
                        var times = time(os, () -> {
                            if (whole) {
                                maintenance.reindexDraft(id);
                            } else {
                                maintenance.draftStateChanged(id);
                            }
                        });
                        if (round == 1) {
                            (whole ? wholeStatus : inPlaceStatus).add(times);
                            if (whole) {
                                reads += source.textReads.get() - readsBefore;
                            } else {
                                readsInPlace += source.textReads.get() - readsBefore;
                            }
                        }
                    }
                }
                // a new version, for half the drafts each way
                for (int d = 0; d < drafts; d++) {
                    long id = d + 1;
                    boolean whole = (d + round) % 2 == 0;
                    var current = source.draft(id).orElseThrow();
                    int n = current.versions().size() + 1;
                    source.draft(id, current.title(), current.committeeId(), current.committeeCode(), current.kind(),
                            current.status(), versionTexts(texts, d, n));
                    var times = time(os, () -> {
                        if (whole) {
                            maintenance.reindexDraft(id);
                        } else {
                            maintenance.versionAdded(id, n);
                        }
                    });
                    if (round == 1) {
                        (whole ? wholeVersion : inPlaceVersion).add(times);
                    }
                }
            }
            // both ways leave the same index: the search answers alike
            var member = new pk.gov.mashwara.draft.DraftVisibility(false, java.util.Set.of(), true);
            long found = new IndexSearch(index).search(SearchQuery.of("the"), member).total();
            var report = new StringBuilder("# Index writes: the whole draft written again, or the change in place\n\n");
            report.append(String.format(Locale.ROOT, "%d drafts of %d versions (growing by one a round) of up to %,d "
                    + "characters (%s); two rounds, the second measured. Each change committed on its own. Load average "
                    + "at the end: %.1f on %d cores.%n%n", drafts, versions, chars,
                    Files.isDirectory(corpus) ? "texts of " + corpus : "generated words", os.getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            report.append("| Change | way | changes | CPU ms p50 | CPU ms mean | elapsed ms p50 | elapsed ms p95 |\n"
                    + "|---|---|---:|---:|---:|---:|---:|\n");
            row(report, "new status", "whole draft again", wholeStatus);
            row(report, "new status", "in place", inPlaceStatus);
            row(report, "new version", "whole draft again", wholeVersion);
            row(report, "new version", "in place", inPlaceVersion);
            report.append(String.format(Locale.ROOT, "%nRatios whole ÷ in place (CPU, mean): new status %.1f×, new "
                    + "version %.1f×. Texts read for the measured status changes: %d whole, %d in place. Latest "
                    + "versions a member finds for \"the\" at the end: %d.%n", mean(wholeStatus, 0) / mean(inPlaceStatus, 0),
                    mean(wholeVersion, 0) / mean(inPlaceVersion, 0), reads, readsInPlace, found));
            var out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("index-writes.md"), report);
            System.out.println(report);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** CPU of this process and elapsed time of one change, in ms. */
    private static double[] time(com.sun.management.OperatingSystemMXBean os, Runnable change) {
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        change.run();
        return new double[] { (os.getProcessCpuTime() - cpu) / 1e6, (System.nanoTime() - start) / 1e6 };
    }

    private static String[] versionTexts(List<String> texts, int draft, int versions) {
        var out = new String[versions];
        for (int v = 0; v < versions; v++) {
            out[v] = texts.get((draft * 7 + v) % texts.size());
        }
        return out;
    }

    private static List<String> texts(Path corpus, int chars, int wanted) throws Exception {
        var out = new ArrayList<String>();
        if (Files.isDirectory(corpus)) {
            try (var files = Files.walk(corpus)) {
                for (var file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                        .sorted().toList()) {
                    var tika = new org.apache.tika.Tika();
                    tika.setMaxStringLength(chars);
                    var text = tika.parseToString(file);
                    if (text.length() > 10_000) {
                        out.add(text);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            var words = new String[] { "the", "rules", "registration", "social", "media", "committee", "draft",
                    "section", "authority", "content", "policy", "ministry" };
            var random = new java.util.Random(11);
            for (int t = 0; t < Math.min(wanted, 20); t++) {
                var text = new StringBuilder(chars);
                while (text.length() < chars) {
                    text.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
                }
                out.add(text.toString());
            }
        }
        return out;
    }

    private static void row(StringBuilder out, String change, String way, List<double[]> times) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f |%n", change, way,
                times.size(), percentile(times, 0, 50), mean(times, 0), percentile(times, 1, 50),
                percentile(times, 1, 95)));
    }

    private static double percentile(List<double[]> times, int column, int p) {
        var values = times.stream().mapToDouble(t -> t[column]).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values[Math.min(values.length - 1, (int) Math.ceil(p / 100.0 * values.length) - 1)];
    }

    private static double mean(List<double[]> times, int column) {
        return times.stream().mapToDouble(t -> t[column]).average().orElse(Double.NaN);
    }
}
