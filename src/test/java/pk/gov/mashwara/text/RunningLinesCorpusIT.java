package pk.gov.mashwara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pk.gov.mashwara.text.extraction.worker.Extractor;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * The running lines of the shared corpus's real PDFs ({@code ../shared/corpus}, see its MANIFEST.tsv), as the
 * extraction gives their text and page starts. Skipped where the corpus is not present.
 */
class RunningLinesCorpusIT {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "debian/maint-guide.en.pdf", "debian/developers-reference.pdf",
            "debian/debian-reference.en.pdf" })
    void a_real_pdf_s_running_lines_are_found_at_the_edges_of_its_pages(String file) throws Exception {
        var input = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(input), "not in this corpus: " + file);
        var output = dir.resolve("text.txt");
        var result = new Extractor().extract(new WorkerProtocol.Request(input.toAbsolutePath().toString(),
                output.toString(), 20_000_000, 1000, 10, 100, "", 120), p -> { });
        var text = Files.readString(output);

        var pages = RunningLines.find(text, result.pageStarts());

        // each of these manuals repeats its title (with the page number, in two of them) at the top of its pages
        assertThat(pages.starts()).hasSizeGreaterThan(50);
        assertThat(pages.running()).isNotEmpty();
        assertThat(pages.running().getFirst().place()).isEqualTo(TextPages.Place.HEADER);
        assertThat(pages.running().getFirst().text()).startsWith("Debian");
        assertThat(pages.running().getFirst().pages()).isGreaterThan(pages.starts().size() * 3 / 4);
        // every occurrence left out is one of the first or last lines of its page, never the body
        for (var hidden : pages.hidden()) {
            var page = pages.pageAt(hidden.start()) - 1;
            var pageStart = pages.starts().get(page);
            var pageEnd = page + 1 < pages.starts().size() ? pages.starts().get(page + 1) : text.length();
            var before = text.substring(pageStart, hidden.start()).lines().filter(l -> !l.isBlank()).count();
            var after = text.substring(hidden.end(), pageEnd).lines().filter(l -> !l.isBlank()).count();
            assertThat(Math.min(before, after)).isLessThan(RunningLines.EDGE_LINES);
        }
        assertThat(pages.hidden().size()).isLessThanOrEqualTo(pages.starts().size() * pages.running().size());
    }
}
