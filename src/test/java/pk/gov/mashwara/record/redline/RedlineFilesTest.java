package pk.gov.mashwara.record.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import pk.gov.mashwara.record.pdf.RedlinePdf;
import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.diff.ComparisonFile;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;

/**
 * The redline files read back: the Word document with Apache POI (its tracked changes, in order, with author and
 * date, against the comparison's own rows), the PDF with PDFBox. The comparison is the review module's engine,
 * run on the texts here.
 */
class RedlineFilesTest {

    static final String V1 = "1. A platform shall register within ninety days.\n\n2. The Authority may charge a fee.\n\n"
            + "3. Repealed provisions are listed in the Schedule.\n\n4. These rules come into force at once.\n";
    static final String V2 = "1. A platform shall register within sixty days of notice.\n\n2. The Authority may charge a fee.\n\n"
            + "2A. A foreign platform shall appoint a representative.\n\n4. These rules come into force on 1 July 2027.\n";
    static final String URDU_1 = "۱۔ ہر پلیٹ فارم نوے دن کے اندر رجسٹر ہوگا۔\n\n۲۔ اتھارٹی فیس (Fee) وصول کر سکتی ہے۔\n";
    static final String URDU_2 = "۱۔ ہر پلیٹ فارم ساٹھ دن کے اندر رجسٹر ہوگا۔\n\n۲۔ اتھارٹی فیس (Fee) وصول کر سکتی ہے۔\n\n۳۔ نیا حصہ 2027۔\n";

    @TempDir
    Path dir;

    @Test
    void the_word_document_holds_each_difference_as_a_tracked_change_with_author_and_date() throws Exception {
        var comparison = compare(V1, V2);
        var redline = redline(comparison);
        var bytes = RedlineDocx.write(redline);

        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var body = document.getParagraphs();
            var written = body.subList(body.size() - redline.paragraphs().size(), body.size());
            int insertions = 0;
            int deletions = 0;
            var accepted = new ArrayList<String>();
            var rejected = new ArrayList<String>();
            for (int i = 0; i < written.size(); i++) {
                var expected = redline.paragraphs().get(i);
                var read = pieces(written.get(i).getCTP());
                assertThat(merged(read)).as("paragraph %d", i).isEqualTo(merged(expected.pieces()));
                for (var change : tracked(written.get(i).getCTP())) {
                    assertThat(change.getAuthor()).isEqualTo("Ayesha Siddiqui, Drafter (PTA)");
                    assertThat(change.getDate().toInstant()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
                    assertThat(change.getId()).isNotNull();
                }
                insertions += (int) read.stream().filter(p -> p.change() == Change.ADDED).count();
                deletions += (int) read.stream().filter(p -> p.change() == Change.REMOVED).count();
                var ctp = written.get(i).getCTP();
                var markInserted = ctp.isSetPPr() && ctp.getPPr().isSetRPr() && ctp.getPPr().getRPr().isSetIns();
                var markDeleted = ctp.isSetPPr() && ctp.getPPr().isSetRPr() && ctp.getPPr().getRPr().isSetDel();
                assertThat(markInserted).isEqualTo(expected.kind() == RowKind.ADDED);
                assertThat(markDeleted).isEqualTo(expected.kind() == RowKind.REMOVED);
                if (!markDeleted) {
                    accepted.add(text(read, Change.ADDED));
                }
                if (!markInserted) {
                    rejected.add(text(read, Change.REMOVED));
                }
            }
            assertThat(insertions).isGreaterThanOrEqualTo(4);
            assertThat(deletions).isGreaterThanOrEqualTo(3);
            // accepting every change gives the newer version, rejecting every change the older
            assertThat(accepted).containsExactly(V2.strip().split("\n\n"));
            assertThat(rejected).containsExactly(V1.strip().split("\n\n"));
            var header = document.getHeaderList().getFirst().getText();
            assertThat(header).contains("RESTRICTED", "Diary No. NSMCWG/2026/0042");
        }
    }

    @Test
    void the_pdf_strikes_and_underlines_and_numbers_its_pages() throws Exception {
        var redline = redline(compare(V1, V2));
        var rendered = RedlinePdf.write(redline);
        try (var pdf = Loader.loadPDF(rendered.content())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
            assertThat(text).contains("Page 1 of " + rendered.pages(), "Diary No. NSMCWG/2026/0042", "RESTRICTED",
                    "REDLINE", "Version 1 compared with version 2");
            assertThat(flat(text)).contains(flat("within ninety sixty days of notice."),
                    flat("2A. A foreign platform shall appoint a representative."),
                    flat("3. Repealed provisions are listed in the Schedule."));
        }
    }

    @Test
    void urdu_paragraphs_are_shaped_and_kept_in_both_files() throws Exception {
        var redline = redline(compare(URDU_1, URDU_2));
        assertThat(redline.paragraphs()).allMatch(Redline.Paragraph::rightToLeft);
        var rendered = RedlinePdf.write(redline);
        try (var pdf = Loader.loadPDF(rendered.content())) {
            var text = flat(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Page1of" + rendered.pages());
            // (PDF text extraction reads the glyph of ٹ back as ڻ, which share it: words without it are checked)
            for (var word : List.of("نوے", "نیا حصہ", "2027", "(Fee)", "وصول کر سکتی ہے")) {
                assertThat(text).as(word).contains(flat(word));
            }
        }
        try (var document = new XWPFDocument(new ByteArrayInputStream(RedlineDocx.write(redline)))) {
            var last = document.getParagraphs().getLast().getCTP();
            assertThat(last.getPPr().isSetBidi()).isTrue();
            assertThat(text(pieces(last), Change.ADDED)).isEqualTo("۳۔ نیا حصہ 2027۔");
        }
    }

    @Test
    void hostile_text_is_written_as_text_and_never_breaks_the_files() throws Exception {
        var evil = "1. <w:ins w:author=\"x\"/> ]]> &amp; \u0000\u0007 \u202Eexe.pdf \uFFFF\n\n2. =HYPERLINK(\"http://x\")\n";
        var redline = redline(compare("1. Plain.\n\n2. Plain too.\n", evil));
        try (var document = new XWPFDocument(new ByteArrayInputStream(RedlineDocx.write(redline)))) {
            var all = new StringBuilder();
            document.getParagraphs().forEach(p -> all.append(text(pieces(p.getCTP()), Change.ADDED)));
            assertThat(all.toString()).contains("<w:ins w:author=\"x\"/> ]]> &amp;", "=HYPERLINK(\"http://x\")");
        }
        try (var pdf = Loader.loadPDF(RedlinePdf.write(redline).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("=HYPERLINK");
        }
    }

    @Test
    void unrelated_texts_give_a_redline_of_bounded_size() throws Exception {
        var random = new Random(18);
        var older = words(random, 40_000);
        var newer = words(random, 40_000);
        var comparison = compare(older, newer);
        var redline = redline(comparison);
        var docx = RedlineDocx.write(redline);
        // every word of both texts at most once, plus the markup of a bounded number of changes
        assertThat(docx.length).isLessThan(3_000_000);
        var removed = redline.paragraphs().stream().flatMap(p -> p.pieces().stream())
                .filter(p -> p.change() != Change.ADDED).mapToInt(p -> p.text().length()).sum();
        assertThat(removed).isLessThanOrEqualTo(older.length());
    }

    // ---

    private Comparison compare(String older, String newer) throws Exception {
        var file = dir.resolve("c" + System.nanoTime());
        ComparisonFile.write(file, older, newer, 0);
        try (var read = ComparisonFile.open(file)) {
            var header = read.header();
            var rows = read.rows(IntStream.range(0, header.rowCount()).toArray());
            var summary1 = new ExtractionSummary(1, ExtractionStatus.DONE, null, older.length(), false, false, null);
            var summary2 = new ExtractionSummary(2, ExtractionStatus.DONE, null, newer.length(), false, false, null);
            return new Comparison(42, "Social Media Rules", summary1, summary2, header.counts(), header.precision(),
                    header.places(), header.places(), header.rowCount(), 0, null, rows);
        }
    }

    static Redline redline(Comparison comparison) {
        return new Redline("Social Media (Protection) Rules", "NSMCWG/2026/0042", "Restricted", 1, 2,
                "Ayesha Siddiqui, Drafter (PTA)", Instant.parse("2026-11-30T09:15:00Z"), "Kamran Akhtar, NSMCWG secretary",
                Instant.parse("2026-12-06T10:00:00Z"), RedlineService.notes(comparison), Redline.paragraphs(comparison));
    }

    /** The paragraph's content in document order: plain runs kept, insertions added, deletions removed. */
    static List<Redline.Piece> pieces(CTP paragraph) {
        var out = new ArrayList<Redline.Piece>();
        try (XmlCursor cursor = paragraph.newCursor()) {
            if (!cursor.toFirstChild()) {
                return out;
            }
            do {
                var object = cursor.getObject();
                if (object instanceof CTR run) {
                    out.add(new Redline.Piece(Change.SAME, runText(run, false)));
                } else if (object instanceof CTRunTrackChange change) {
                    var inserted = cursor.getName().getLocalPart().equals("ins");
                    var text = new StringBuilder();
                    for (var run : change.getRArray()) {
                        text.append(runText(run, !inserted));
                    }
                    out.add(new Redline.Piece(inserted ? Change.ADDED : Change.REMOVED, text.toString()));
                }
            } while (cursor.toNextSibling());
        }
        return out;
    }

    private static String runText(CTR run, boolean deleted) {
        var text = new StringBuilder();
        try (XmlCursor cursor = run.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    var name = cursor.getName().getLocalPart();
                    if (name.equals("br")) {
                        text.append('\n');
                    } else if (name.equals(deleted ? "delText" : "t")) {
                        text.append(cursor.getTextValue());
                    }
                } while (cursor.toNextSibling());
            }
        }
        return text.toString();
    }

    static List<CTRunTrackChange> tracked(CTP paragraph) {
        var out = new ArrayList<CTRunTrackChange>();
        out.addAll(List.of(paragraph.getInsArray()));
        out.addAll(List.of(paragraph.getDelArray()));
        if (paragraph.isSetPPr() && paragraph.getPPr().isSetRPr()) {
            var rPr = paragraph.getPPr().getRPr();
            for (var c : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange[] {
                    rPr.isSetIns() ? rPr.getIns() : null, rPr.isSetDel() ? rPr.getDel() : null }) {
                if (c != null) {
                    assertThat(c.getAuthor()).isEqualTo("Ayesha Siddiqui, Drafter (PTA)");
                    assertThat(c.getDate()).isNotNull();
                }
            }
        }
        return out;
    }

    /** Neighbouring pieces of one kind merged, empty ones left out: the same text however it was cut into runs. */
    static List<Redline.Piece> merged(List<Redline.Piece> pieces) {
        var out = new ArrayList<Redline.Piece>();
        for (var piece : pieces) {
            if (piece.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.getLast().change() == piece.change()) {
                out.set(out.size() - 1, new Redline.Piece(piece.change(), out.getLast().text() + piece.text()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** The text once the changes of the other kind are taken back: all but {@code kept}'s opposite. */
    static String text(List<Redline.Piece> pieces, Change kept) {
        var text = new StringBuilder();
        for (var piece : pieces) {
            if (piece.change() == Change.SAME || piece.change() == kept) {
                text.append(piece.text());
            }
        }
        return text.toString();
    }

    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            for (int k = 0, n = 3 + random.nextInt(6); k < n; k++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(i % 40 == 39 ? "\n\n" : " ");
        }
        return text.toString();
    }
}
