package pk.gov.mashwara.text.extraction.worker;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import pk.gov.mashwara.demo.documents.DemoDocuments;

/** Files the extraction tests make themselves: ordinary, scanned, protected and hostile ones. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf(String title, String... paragraphs) {
        return DemoDocuments.pdf(title, List.of(paragraphs));
    }

    /** A PDF with one line of text on each page, in the order given. */
    public static byte[] pagedPdf(String... pages) {
        try (var document = new PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (var line : pages) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(line);
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String title, String... paragraphs) {
        return DemoDocuments.docx(title, List.of(paragraphs));
    }

    /** A PDF that opens only with a password (the user password is not empty). */
    public static byte[] encryptedPdf(String text) {
        try (var document = Loader.loadPDF(pdf("Protected", text))) {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of text drawn as pixels, as a scanner would deliver them. */
    public static BufferedImage picture(List<String> lines) {
        var image = new BufferedImage(1700, 300 + 110 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 64));
        var y = 200;
        for (var line : lines) {
            g.drawString(line, 120, y);
            y += 110;
        }
        g.dispose();
        return image;
    }

    public static byte[] png(List<String> lines) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(lines), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF whose only page is an image of text, with no text layer. */
    public static byte[] scannedPdf(List<String> lines) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, picture(lines));
            try (var content = new PDPageContentStream(document, page)) {
                var width = PDRectangle.A4.getWidth();
                var height = width * image.getHeight() / image.getWidth();
                content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small gzip file that expands to {@code megabytes} of one repeated letter. */
    public static byte[] gzipBomb(int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            var block = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (var i = 0; i < megabytes; i++) {
                gzip.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip inside a zip inside a zip…, {@code depth} deep, with a text file at the bottom. */
    public static byte[] nestedZip(int depth) {
        var content = "The innermost words.".getBytes(StandardCharsets.UTF_8);
        var name = "inner.txt";
        for (var i = 0; i < depth; i++) {
            content = zip(name, content);
            name = "level-" + i + ".zip";
        }
        return content;
    }

    /** A zip with many small text entries. */
    public static byte[] manyEntries(int entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("entry-" + i + ".txt"));
                zip.write(("Entry number " + i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** XML whose elements nest {@code depth} deep. */
    public static byte[] deepXml(int depth) {
        var text = new StringBuilder("<?xml version=\"1.0\"?>");
        text.append("<a>".repeat(depth)).append("deep").append("</a>".repeat(depth));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a DOCX and nothing more, as a broken upload would leave it. */
    public static byte[] truncatedDocx() {
        var whole = docx("Cut short", "This document was cut off in transit.");
        return java.util.Arrays.copyOf(whole, whole.length / 3);
    }

    private static byte[] zip(String name, byte[] content) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How a PDF producer lays out a line of right-to-left text. */
    public enum RightToLeft {
        /** The whole line in one run, glyphs from left to right (visual order), spaces drawn. */
        LINE_IN_VISUAL_ORDER,
        /** Word by word from the leftmost word on, each in visual order, no space drawn between words. */
        WORDS_IN_VISUAL_ORDER
    }

    /**
     * A PDF of Urdu lines (Noto Naskh Arabic, letters in their joined forms) laid out as many producers do: glyphs in
     * visual order, set flush with the right margin. Latin words and numbers in a line keep their own direction.
     */
    public static byte[] rightToLeftPdf(RightToLeft layout, String... lines) {
        try (var document = new PDDocument();
                var naskhFile = DemoDocuments.class.getResourceAsStream("/fonts/NotoNaskhArabic-Regular.ttf");
                var sansFile = DemoDocuments.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            var naskh = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, naskhFile);
            var sans = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, sansFile);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var size = 14f;
            var y = 760f;
            try (var content = new PDPageContentStream(document, page)) {
                for (var line : lines) {
                    // the visual order of the whole line, cut into the words it shows from left to right
                    var words = visual(shaped(line)).split(" ");
                    var widths = new float[words.length];
                    var total = 0f;
                    for (int i = 0; i < words.length; i++) {
                        widths[i] = width(fontFor(words[i], naskh, sans), size, words[i]);
                        total += widths[i] + (i > 0 ? width(naskh, size, " ") : 0);
                    }
                    var x = 540f - total;
                    var run = new StringBuilder();
                    var runX = x;
                    for (int i = 0; i < words.length; i++) {
                        var font = fontFor(words[i], naskh, sans);
                        var together = layout == RightToLeft.LINE_IN_VISUAL_ORDER && i > 0
                                && font == fontFor(words[i - 1], naskh, sans);
                        if (!together && !run.isEmpty()) {
                            show(content, fontFor(run.toString(), naskh, sans), size, runX, y, run.toString());
                            run.setLength(0);
                        }
                        if (run.isEmpty()) {
                            runX = x;
                        } else {
                            run.append(' ');
                        }
                        run.append(words[i]);
                        x += widths[i] + width(naskh, size, " ");
                    }
                    show(content, fontFor(run.toString(), naskh, sans), size, runX, y, run.toString());
                    y -= 2 * size;
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Noto Naskh Arabic has no Latin letters: Latin words and numbers are set in Noto Sans. */
    private static org.apache.pdfbox.pdmodel.font.PDFont fontFor(String word, org.apache.pdfbox.pdmodel.font.PDFont naskh,
            org.apache.pdfbox.pdmodel.font.PDFont sans) {
        return word.chars().anyMatch(c -> c > 0x0600) ? naskh : sans;
    }

    private static String shaped(String text) {
        try {
            return new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE
                    | com.ibm.icu.text.ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (com.ibm.icu.text.ArabicShapingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String visual(String text) {
        return new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.RTL).writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
    }

    private static float width(org.apache.pdfbox.pdmodel.font.PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void show(PDPageContentStream content, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x,
            float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
