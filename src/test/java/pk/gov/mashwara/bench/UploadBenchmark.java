package pk.gov.mashwara.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.search.IndexUnavailableException;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;

/**
 * Upload-to-searchable time through the real portal, started in this JVM (H2 in memory, a temporary data
 * directory, a random port): a drafter creates a draft with a 50-page text PDF whose last page holds a word
 * found nowhere else, and searches for it until it is found. Part of {@link SearchBenchmark}'s run.
 */
final class UploadBenchmark {

    static final int PAGES = 50;

    private UploadBenchmark() {
    }

    record Result(int pages, int bytes, double coldSeconds, double[] seconds) {
        double median() {
            var sorted = seconds.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    static Result run(List<String> passages, int runs) throws Exception {
        var dataDir = Files.createTempDirectory("mashwara-bench-portal");
        // The extractor processes are started with this JVM's class path; under exec:java that is Maven's
        var previousClassPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", IngestBenchmark.classPath());
        try (var context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:mashwara-bench-" + UUID.randomUUID()
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--mashwara.data-dir=" + dataDir, "--mashwara.store.dir=" + dataDir.resolve("files"),
                "--mashwara.index.dir=" + dataDir.resolve("index"), "--mashwara.demo.enabled=false",
                // as the portal starts by default (the test resources turn it off for the tests' contexts)
                "--mashwara.extraction.warm-at-start=true",
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            var directory = context.getBean(DirectoryService.class);
            var drafts = context.getBean(DraftService.class);
            var search = context.getBean(SearchService.class);
            var users = context.getBean(UserDetailsService.class);
            var username = "bench.drafter";
            RunAs.user(RunAs.systemAdministrator(), () -> directory.createUser(new UserForm(username,
                    "Benchmark drafter", null, directory.committeeByCode("PTA").orElseThrow().id(),
                    EnumSet.of(Role.COMMITTEE_DRAFTER), true, "Bench-password-1")));
            var drafter = (MashwaraUser) users.loadUserByUsername(username);
            waitUntilReady(search);

            var random = new Random(11);
            int pages = 0;
            int bytes = 0;
            double cold = 0;
            var seconds = new double[runs];
            for (int run = -1; run < runs; run++) {
                var word = "benchword" + randomLetters(random, 8);
                var pdf = DemoDocuments.pdf("Upload benchmark " + word, paragraphs(passages, random, word));
                try (var document = Loader.loadPDF(pdf)) {
                    pages = document.getNumberOfPages();
                }
                bytes = pdf.length;
                double s = uploadToSearchable(drafts, search, drafter, pdf, word);
                if (run < 0) {
                    cold = s;
                } else {
                    seconds[run] = s;
                }
            }
            return new Result(pages, bytes, cold, seconds);
        } finally {
            System.setProperty("java.class.path", previousClassPath);
            SearchBenchmark.deleteTree(dataDir);
        }
    }

    private static double uploadToSearchable(DraftService drafts, SearchService search, MashwaraUser drafter, byte[] pdf,
            String word) throws InterruptedException {
        long start = System.nanoTime();
        RunAs.user(drafter, () -> drafts.create(new NewDraft("Upload benchmark", drafter.committeeId(), DraftKind.POLICY,
                "Rules of Business 1973", false, Classification.UNCLASSIFIED), "upload-benchmark.pdf",
                new ByteArrayInputStream(pdf)));
        long deadline = start + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (RunAs.user(drafter, () -> search.search(SearchQuery.of(word)).total()) > 0) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("Not searchable within 120 s: " + word);
    }

    private static void waitUntilReady(SearchService search) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (RunAs.user(RunAs.systemAdministrator(), search::status).ready()) {
                    return;
                }
            } catch (IndexUnavailableException e) {
                // still opening
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The search index did not become ready");
    }

    /** Fifty pages of corpus text (a page break after each), the word on the last one. */
    private static List<String> paragraphs(List<String> passages, Random random, String word) {
        var english = passages.stream().filter(p -> p.chars().filter(c -> c < 128).count() > p.length() * 0.95).toList();
        var out = new ArrayList<String>();
        for (int page = 0; page < PAGES; page++) {
            var text = english.get(random.nextInt(english.size())).replaceAll("\\s+", " ").strip();
            text = text.substring(0, Math.min(text.length(), 2200));
            if (page == PAGES - 1) {
                text = text + " The word " + word + " appears on this page only.";
            }
            out.add(text);
            if (page < PAGES - 1) {
                out.add("---");
            }
        }
        return out;
    }

    private static String randomLetters(Random random, int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    static void report(StringBuilder out, Result r) {
        out.append(String.format(Locale.ROOT,
                "- A %d-page text PDF (%d KB) made with DemoDocuments.pdf, a word found only on its last page; "
                        + "DraftService.create as a PTA drafter, then SearchService.search as that drafter every 10 ms%n",
                r.pages(), r.bytes() / 1024));
        out.append("- The portal runs in this JVM (H2 in memory, temporary data directory, random port), with its "
                + "default extraction settings (1 extractor process)\n\n");
        out.append("| Upload to searchable | s |\n|---|---:|\n");
        out.append(String.format(Locale.ROOT, "| first upload after the start | %.2f |%n", r.coldSeconds()));
        for (int i = 0; i < r.seconds().length; i++) {
            out.append(String.format(Locale.ROOT, "| run %d | %.2f |%n", i + 1, r.seconds()[i]));
        }
        out.append(String.format(Locale.ROOT, "| **median of %d** | **%.2f** |%n", r.seconds().length, r.median()));
        double slowest = Math.max(r.coldSeconds(), java.util.Arrays.stream(r.seconds()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%nTarget ≤ 2 s for every upload, the first after the start included "
                + "(the slowest: %.2f s): %s%n", slowest, slowest <= 2 ? "met" : "missed"));
    }
}
