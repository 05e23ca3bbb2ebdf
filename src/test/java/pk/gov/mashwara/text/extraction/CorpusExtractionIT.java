package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pk.gov.mashwara.text.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.text.extraction.worker.ExtractionWorker;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * Real documents from the shared corpus ({@code ../shared/corpus}, see its MANIFEST.tsv) through a forked
 * extractor: words come out of each format. Skipped where the corpus is not present.
 */
class CorpusExtractionIT {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    static Path dir;

    private static WorkerPool pool;

    @BeforeAll
    static void startPool() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")), "no corpus at " + CORPUS.toAbsolutePath());
        pool = new WorkerPool(new WorkerLauncher(ExtractionWorker.class.getName(), "512m",
                System.getProperty("java.class.path"), dir), 1);
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.close();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "debian/maint-guide.en.pdf|Debian|maintainer",
            "debian/developers-reference.epub|Debian|developer",
            "debian/handbook-apt.html|APT|packages",
            "debian/policy-ch-archive.html|archive|package",
            "urdu/pakistan-39049260.txt|پاکستان|کے" })
    void words_come_out_of_each_format(String file, String word, String another) throws Exception {
        var input = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(input), "not in this corpus: " + file);
        var output = dir.resolve(input.getFileName() + ".txt");
        var outcome = pool.run(new WorkerProtocol.Request(input.toAbsolutePath().toString(), output.toString(),
                20_000_000, 1000, 10, 100, "", 60), Duration.ofSeconds(120), p -> { });
        assertThat(outcome).isInstanceOfSatisfying(Answered.class, answered -> {
            assertThat(answered.result().status()).isEqualTo("DONE");
            assertThat(answered.result().characters()).isGreaterThan(1000);
        });
        assertThat(Files.readString(output)).contains(word, another);
    }

    /**
     * The corpus's PDFs come out broken into lines; the reader shows them in paragraphs, each exactly as long as
     * what it is shown for, so that offsets still point into the stored text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "debian/maint-guide.en.pdf", "debian/developers-reference.pdf" })
    void a_real_pdf_s_lines_join_into_paragraphs_that_keep_their_offsets(String file) throws Exception {
        var input = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(input), "not in this corpus: " + file);
        var output = dir.resolve(input.getFileName() + ".reflow.txt");
        var outcome = pool.run(new WorkerProtocol.Request(input.toAbsolutePath().toString(), output.toString(),
                20_000_000, 1000, 10, 100, "", 60), Duration.ofSeconds(120), p -> { });
        assertThat(outcome).isInstanceOf(Answered.class);
        var text = Files.readString(output);
        var lines = text.lines().filter(l -> !l.isBlank()).count();
        var spans = pk.gov.mashwara.shared.TextParagraphs.spans(text);

        assertThat(spans.stream().filter(pk.gov.mashwara.shared.TextParagraphs.Span::reflowed).count())
                .as("paragraphs joined from lines").isGreaterThan(lines / 10);
        assertThat(spans.size()).isLessThan((int) (lines * 0.9));
        int previousEnd = 0;
        for (var span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            var stored = text.substring(span.start(), span.end());
            var shown = span.reflowed() ? pk.gov.mashwara.shared.TextParagraphs.shown(stored) : stored;
            assertThat(shown).hasSameSizeAs(stored);
            if (span.reflowed()) {
                assertThat(shown).doesNotContain("\n");
            }
            previousEnd = span.end();
        }
    }
}
