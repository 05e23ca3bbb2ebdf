package pk.gov.mashwara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
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
        // a word that opens a box in the body ("Note", "Warning") is never taken for a running line
        assertThat(pages.running()).extracting(TextPages.Running::text).doesNotContain("Note", "Warning");
        if (file.startsWith("debian/developers-reference")) {
            // its footers name the chapter: each found over its chapter's pages
            assertThat(pages.running()).extracting(TextPages.Running::text)
                    .contains("# Chapter 5. Managing Packages", "# Chapter 6. Best Packaging Practices");
        }
    }

    /**
     * A generated manual of twenty-four pages in three chapters: the book's title on even pages, the chapter's on odd
     * ones, a page number at the foot. Each chapter's title is on four pages of twenty-four, too few for the whole
     * text, but on every other page of its chapter: found as the chapter's running header, and hidden there.
     */
    @Test
    void a_generated_pdf_s_per_chapter_headers_are_found_through_the_extraction() throws Exception {
        var chapters = java.util.List.of("Chapter 1. Preliminary", "Chapter 2. Registration of platforms",
                "Chapter 3. Complaints and appeals");
        var input = dir.resolve("manual.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 24; p++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    text(content, font, 230, 800, p % 2 == 0 ? "Social Media Rules Manual" : chapters.get((p - 1) / 8));
                    for (int line = 0; line < 6; line++) {
                        // words, not only numbers, differ from line to line: numbers are left out when lines are compared
                        var words = new StringBuilder("Clause");
                        for (int w = 0; w < 11; w++) {
                            words.append(' ').append(WORDS[(p * 7 + line * 13 + w * w * 3 + w) % WORDS.length]);
                        }
                        text(content, font, 60, 740 - 14 * line, words.append('.').toString());
                    }
                    text(content, font, 290, 40, Integer.toString(p));
                }
            }
            document.save(input.toFile());
        }
        var output = dir.resolve("manual.txt");
        var result = new Extractor().extract(new WorkerProtocol.Request(input.toAbsolutePath().toString(),
                output.toString(), 20_000_000, 1000, 10, 100, "", 120), p -> { });
        var text = Files.readString(output);

        var pages = RunningLines.find(text, result.pageStarts());

        assertThat(pages.starts()).hasSize(24);
        assertThat(pages.running()).extracting(TextPages.Running::text).contains("Social Media Rules Manual",
                chapters.get(0), chapters.get(1), chapters.get(2));
        var hidden = pages.hidden().stream().map(h -> text.substring(h.start(), h.end())).toList();
        assertThat(hidden).filteredOn(chapters.get(2)::equals).hasSize(4);
        assertThat(hidden).noneMatch(line -> line.startsWith("Clause"));
    }

    private static final String[] WORDS = ("authority platform rules publish gazette website thirty days making "
            + "clause applies every users million registration office complaint officer remove content hours "
            + "order appeal tribunal record notice period shall may within under section").split(" ");

    private static void text(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDType1Font font, float x, float y, String line) throws java.io.IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }
}
