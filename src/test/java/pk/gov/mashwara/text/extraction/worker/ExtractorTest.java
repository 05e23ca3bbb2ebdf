package pk.gov.mashwara.text.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.support.TextSamples;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol.Request;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol.Result;

/** The extractor in this JVM, on files made by the test: each ends in the status a user can act on. */
class ExtractorTest {

    private static Extractor extractor;

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private String text;

    @BeforeAll
    static void createExtractor() {
        extractor = new Extractor();
    }

    @Test
    void a_text_pdf_gives_its_words() throws IOException {
        var result = extract("draft.pdf", TestDocuments.pdf("Registration of platforms",
                "Every significant social media platform shall register with the Authority."), 1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(text).contains("Registration of platforms", "significant social media platform");
        assertThat(result.characters()).isEqualTo(text.length());
        assertThat(result.ocr()).isFalse();
    }

    @Test
    void a_pdf_says_where_each_page_begins_in_the_text() throws IOException {
        var result = extract("paged.pdf", TestDocuments.pagedPdf("Rule one on page one.", "Rule two on page two.",
                "Rule three on page three."), 1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        var starts = result.pageStarts();
        assertThat(starts).hasSize(3).isSorted();
        for (int page = 0; page < 3; page++) {
            var end = page + 1 < starts.length ? starts[page + 1] : text.length();
            assertThat(text.substring(starts[page], end)).contains(List.of("one", "two", "three").get(page) + " on page");
        }
        var parsed = Result.parse(result.toLine());
        assertThat(parsed.pageStarts()).containsExactly(starts);
    }

    @Test
    void a_document_without_pages_has_no_page_starts() throws IOException {
        var result = extract("draft.docx", TestDocuments.docx("No pages", "Word-processor files flow; they have no pages."),
                1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(result.pageStarts()).isEmpty();
        assertThat(Result.parse(result.toLine()).pageStarts()).isEmpty();
    }

    @Test
    void a_docx_gives_its_words_with_urdu_intact() throws IOException {
        var result = extract("draft.docx", TestDocuments.docx("Data sharing protocol",
                "Ministries share data with the working group when it asks.", "وزارتیں ورکنگ گروپ کے ساتھ ڈیٹا شیئر کریں گی۔"),
                1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(text).contains("Ministries share data", "وزارتیں ورکنگ گروپ");
    }

    /** Urdu lines, one with a number and an abbreviation in Latin letters, as they read. */
    static final String[] URDU_LINES = { "وفاقی حکومت کی پالیسی کے مطابق", "ہر پلیٹ فارم نوے دن میں رجسٹر ہوگا",
            "اتھارٹی 2026 میں PTA کی رپورٹ شائع کرے گی" };

    @Test
    void urdu_drawn_word_by_word_in_visual_order_reads_in_reading_order() throws IOException {
        var result = extract("urdu.pdf", TestDocuments.rightToLeftPdf(TestDocuments.RightToLeft.WORDS_IN_VISUAL_ORDER,
                URDU_LINES), 1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(lines(text)).containsExactly(URDU_LINES);
    }

    @Test
    void a_line_drawn_in_runs_where_the_font_changes_for_latin_words_reads_in_reading_order() throws IOException {
        extract("mixed.pdf", TestDocuments.rightToLeftPdf(TestDocuments.RightToLeft.LINE_IN_VISUAL_ORDER, URDU_LINES[2]),
                1000, "");
        assertThat(lines(text)).containsExactly(URDU_LINES[2]);
    }

    @Test
    void urdu_lines_drawn_whole_and_english_text_are_not_reordered() throws IOException {
        extract("urdu-lines.pdf", TestDocuments.rightToLeftPdf(TestDocuments.RightToLeft.LINE_IN_VISUAL_ORDER,
                URDU_LINES[0], URDU_LINES[1]), 1000, "");
        assertThat(lines(text)).containsExactly(URDU_LINES[0], URDU_LINES[1]);

        extract("english.pdf", TestDocuments.pdf("Registration of platforms",
                "Every significant social media platform shall register with the Authority within ninety days."), 1000, "");
        assertThat(text).contains("Registration of platforms",
                "Every significant social media platform shall register with the Authority");
    }

    /** The non-blank lines of extracted text, with letters in their joined (presentation) forms read as the letters. */
    private static List<String> lines(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void a_password_protected_pdf_is_encrypted() throws IOException {
        var result = extract("protected.pdf", TestDocuments.encryptedPdf("Secret words"), 1000, "");
        assertThat(result.status()).isEqualTo("ENCRYPTED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.PASSWORD_PROTECTED.name());
        assertThat(text).doesNotContain("Secret words");
    }

    @Test
    void text_beyond_the_write_limit_is_cut_and_marked_truncated() throws IOException {
        var words = "Clause after clause of a very long statute. ".repeat(2000);
        var result = extract("long.txt", words.getBytes(StandardCharsets.UTF_8), 1000, "", 5_000);
        assertThat(result.status()).isEqualTo("TRUNCATED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.WRITE_LIMIT.name());
        assertThat(result.truncated()).isTrue();
        assertThat(text.length()).isLessThanOrEqualTo(5_000).isGreaterThan(4_000);
    }

    @Test
    void a_gzip_bomb_is_refused_once_its_text_outgrows_the_compression_ratio() throws IOException {
        var bomb = TestDocuments.gzipBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        var result = extract("report.txt.gz", bomb, 1000, "", 100_000_000, 10);
        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.REFUSED_LIMITS.name());
        assertThat(result.detail()).containsIgnoringCase("zip bomb");
    }

    @Test
    void a_gzip_bomb_under_the_default_limits_stops_at_the_write_limit() throws IOException {
        var result = extract("report.txt.gz", TestDocuments.gzipBomb(200), 1000, "", 20_000_000, 100);
        assertThat(result.status()).isEqualTo("TRUNCATED");
        assertThat(result.characters()).isEqualTo(20_000_000);
    }

    @Test
    void archives_nested_too_deeply_are_read_only_to_the_limit() throws IOException {
        var result = extract("nested.zip", TestDocuments.nestedZip(30), 1000, "");
        assertThat(result.status()).isEqualTo("TRUNCATED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.REFUSED_LIMITS.name());
        assertThat(text).contains("level-20.zip").doesNotContain("The innermost words.");
    }

    @Test
    void archives_nested_within_the_limit_are_read() throws IOException {
        var result = extract("nested.zip", TestDocuments.nestedZip(3), 1000, "");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(text).contains("The innermost words.");
    }

    @Test
    void only_so_many_embedded_documents_are_read() throws IOException {
        var result = extract("many.zip", TestDocuments.manyEntries(50), 10, "");
        assertThat(result.status()).isEqualTo("TRUNCATED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.REFUSED_LIMITS.name());
        assertThat(text).contains("Entry number 0").doesNotContain("Entry number 40");
    }

    @Test
    void xml_nested_a_hundred_thousand_deep_ends_without_harm() throws IOException {
        var result = extract("deep.xml", TestDocuments.deepXml(100_000), 1000, "");
        assertThat(result.status()).isIn("DONE", "FAILED");
        if (result.status().equals("FAILED")) {
            assertThat(result.reason()).isIn(ExtractionReason.REFUSED_LIMITS.name(), ExtractionReason.DAMAGED.name());
        }
    }

    @Test
    void a_truncated_docx_fails_as_damaged() throws IOException {
        var result = extract("cut.docx", TestDocuments.truncatedDocx(), 1000, "");
        assertThat(result.status()).isIn("FAILED", "UNSUPPORTED");
    }

    @Test
    void an_unknown_binary_format_is_unsupported() throws IOException {
        var bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        var result = extract("blob.bin", bytes, 1000, "");
        assertThat(result.status()).isEqualTo("UNSUPPORTED");
        assertThat(result.reason()).isEqualTo(ExtractionReason.UNSUPPORTED_FORMAT.name());
    }

    @Test
    void a_text_in_an_old_windows_encoding_is_read_in_that_encoding() throws IOException {
        var english = extract("notes.txt", TextSamples.windows1252(), 1000, "");
        assertThat(english.status()).isEqualTo("DONE");
        assertThat(text).contains("a “register” of platforms – and of each licensee’s officer", "Café owners, naïve");

        var urdu = extract("urdu.txt", TextSamples.windows1256(), 1000, "");
        assertThat(urdu.status()).isEqualTo("DONE");
        assertThat(text).contains("وفاقي حکومت کي پاليسي", "اتھارٹي ہر پليٹ فارم");
    }

    @Test
    void a_text_that_looks_like_a_mail_or_a_robots_file_keeps_every_line() throws IOException {
        assertThat(extract("mail.txt", TextSamples.mailLike(), 1000, "").status()).isEqualTo("DONE");
        assertThat(text).contains("From: Section Officer (Legislation), MoIT", "Subject: Draft rules for input",
                "sent for the working group's input");
        assertThat(extract("robots.txt", TextSamples.robotsLike(), 1000, "").status()).isEqualTo("DONE");
        assertThat(text).contains("User-agent: every platform", "how the committee summarised");
    }

    @Test
    void a_scanned_pdf_without_ocr_has_no_text_and_needs_ocr() throws IOException {
        var result = extract("scan.pdf", TestDocuments.scannedPdf(List.of("Scanned notification")), 1000, "");
        assertThat(result.status()).isEqualTo("NO_TEXT");
        assertThat(result.reason()).isEqualTo(ExtractionReason.SCANNED_NEEDS_OCR.name());
    }

    @Test
    void a_scanned_pdf_is_read_by_ocr_and_marked_as_such() throws IOException {
        assumeTrue(Tesseract.installed(), "tesseract is not installed");
        var result = extract("scan.pdf", TestDocuments.scannedPdf(List.of("Gazette of Pakistan", "Notification of rules")),
                1000, "eng");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(result.ocr()).isTrue();
        assertThat(text).containsIgnoringCase("Gazette").containsIgnoringCase("Notification");
        assertThat(progress).anyMatch(p -> p.startsWith("OCR"));
    }

    @Test
    void a_picture_of_text_is_read_by_ocr() throws IOException {
        assumeTrue(Tesseract.installed(), "tesseract is not installed");
        var result = extract("photo.png", TestDocuments.png(List.of("Working Group minutes")), 1000, "eng");
        assertThat(result.status()).isEqualTo("DONE");
        assertThat(result.ocr()).isTrue();
        assertThat(text).containsIgnoringCase("Working Group");
    }

    private Result extract(String name, byte[] content, int maxEmbedded, String ocr) throws IOException {
        return extract(name, content, maxEmbedded, ocr, 20_000_000);
    }

    private Result extract(String name, byte[] content, int maxEmbedded, String ocr, int writeLimit) throws IOException {
        return extract(name, content, maxEmbedded, ocr, writeLimit, 100);
    }

    private Result extract(String name, byte[] content, int maxEmbedded, String ocr, int writeLimit, long ratio)
            throws IOException {
        var input = dir.resolve(name);
        Files.write(input, content);
        var output = dir.resolve(name + ".out.txt");
        var result = extractor.extract(new Request(input.toString(), output.toString(), writeLimit, maxEmbedded, 10, ratio,
                ocr, 120), progress::add);
        text = Files.exists(output) ? Files.readString(output) : "";
        return result;
    }
}
