package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.shared.Messages;

/**
 * The letter of the cleared input is written in the reader's language: on Urdu pages its frame is Urdu, set right
 * to left and shaped in the PDF, with right-to-left paragraphs in the DOCX; the English letter is unchanged.
 */
class InputLettersTest {

    static final Instant SIGNED = Instant.parse("2026-12-05T07:30:00Z");

    static InputDocument cleared() {
        return new InputDocument(7, "Social Media (Registration) Rules, 2026", "NSMCWG/2026/0005", DraftStatus.INPUT_ISSUED,
                InputDocument.Status.CLEARED, "The working group's input follows.",
                "<h2>Rule 4</h2><p>Six hours is <strong>too short</strong>.</p>", 2, List.of(), List.of(),
                new InputDocument.Cleared("focal.person", "Ayesha Siddiqui", SIGNED, "ab".repeat(32), 1, true), false);
    }

    @Test
    void the_english_letter_keeps_its_english_frame() throws IOException {
        var letter = InputLetters.letter(cleared(), "Pakistan Telecommunication Authority", "Kamran Akhtar",
                Locale.ENGLISH);
        var text = text(InputLetters.pdf(letter));
        assertThat(text).contains("GOVERNMENT OF PAKISTAN", "No. NSMCWG/2026/0005", "Islamabad, the 05/12/2026",
                "To:", "Pakistan Telecommunication Authority",
                "This issues with the approval of the focal person (Ayesha Siddiqui).");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(InputLetters.docx(letter)))) {
            assertThat(docx.getParagraphs()).noneSatisfy(p -> assertThat(rightToLeft(p)).isTrue());
        }
    }

    /**
     * Read back with PDFBox glyph by glyph, left to right as they stand on the page: the Urdu letterhead is there in
     * the visual order ICU gives it, drawn with joined (shaped) letter forms, not as isolated letters in typed order.
     */
    @Test
    void the_urdu_letter_is_urdu_shaped_and_right_to_left() throws IOException {
        var letter = InputLetters.letter(cleared(), "پاکستان ٹیلی کمیونیکیشن اتھارٹی", "کامران اختر", Messages.URDU);
        assertThat(letter.frame().rightToLeft()).isTrue();
        var pdf = InputLetters.pdf(letter);

        var lines = visualLines(pdf);
        var government = Messages.get(Messages.URDU, "letter.government");
        assertThat(government).isEqualTo("حکومتِ پاکستان");
        var visual = new com.ibm.icu.text.Bidi(government, com.ibm.icu.text.Bidi.RTL)
                .writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
        assertThat(lines).as("the letterhead in Urdu, read left to right as printed")
                .anySatisfy(line -> assertThat(comparable(line)).isEqualTo(comparable(visual)));
        assertThat(lines).as("not in the order it was typed")
                .noneSatisfy(line -> assertThat(comparable(line)).isEqualTo(comparable(government)));
        var glyphs = String.join("", lines);
        assertThat(glyphs.codePoints().anyMatch(InputLettersTest::joinedForm))
                .as("letters drawn in their joined forms (Arabic presentation forms), i.e. shaped").isTrue();
        var all = text(pdf);
        assertThat(all).as("no English frame left").doesNotContain("GOVERNMENT OF PAKISTAN", "Islamabad", "Subject:",
                "This issues with");
        assertThat(all).contains("NSMCWG/2026/0005", "05/12/2026");

        try (var docx = new XWPFDocument(new ByteArrayInputStream(InputLetters.docx(letter)))) {
            var paragraphs = docx.getParagraphs();
            assertThat(paragraphs.getFirst().getText()).isEqualTo("حکومتِ پاکستان");
            var to = paragraphs.stream().filter(p -> p.getText().startsWith("بنام")).findFirst().orElseThrow();
            assertThat(rightToLeft(to)).as("the addressee's line runs right to left").isTrue();
            var subject = paragraphs.stream().filter(p -> p.getText().startsWith("موضوع")).findFirst().orElseThrow();
            assertThat(rightToLeft(subject)).isTrue();
            assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).contains("اسلام آباد، مورخہ"));
            assertThat(paragraphs).noneSatisfy(p -> assertThat(p.getText()).contains("GOVERNMENT"));
        }
    }

    private static boolean rightToLeft(XWPFParagraph p) {
        return p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetBidi();
    }

    private static boolean joinedForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The first page's lines as laid out, left to right, each glyph as PDFBox maps it back to text. */
    static List<String> visualLines(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var positions = new ArrayList<TextPosition>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.setEndPage(1);
            stripper.getText(document);
            var byBaseline = new TreeMap<Long, List<TextPosition>>();
            for (var p : positions) {
                byBaseline.computeIfAbsent((long) Math.round(p.getYDirAdj()), y -> new ArrayList<>()).add(p);
            }
            var lines = new ArrayList<String>();
            for (var glyphs : byBaseline.values()) {
                glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                var line = new StringBuilder();
                glyphs.forEach(g -> line.append(g.getUnicode()));
                lines.add(line.toString());
            }
            return lines;
        }
    }

    /**
     * Letters in their base forms, without spaces, direction marks and vowel marks (a zer is placed above or below
     * its letter, so PDFBox reads it on a baseline of its own), for comparing orders.
     */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u200c-\\u200f\\u2066-\\u2069\\p{Mn}]+", "");
    }
}
