package pk.gov.mashwara.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import pk.gov.mashwara.record.Letter;
import pk.gov.mashwara.record.Letters;

/**
 * The cleared input as a letter from the NSMCWG to the committee: its parts from the document, and the letter
 * printed as PDF (through the record module's fonts) or written as DOCX (Apache POI).
 */
final class InputLetters {

    /** Dates on letters: dd/MM/yyyy, Pakistan Standard Time. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));

    private InputLetters() {
    }

    /**
     * @param committee the committee's name, the addressee
     * @param secretary who composed the input and signs the letter
     */
    static Letter letter(InputDocument doc, String committee, String secretary) {
        var cleared = doc.clearance();
        return new Letter(doc.diaryNumber() == null ? "—" : doc.diaryNumber(), DATE.format(cleared.signedAt()),
                "National Social Media Coordination Working Group (NSMCWG)", committee,
                "Input of the NSMCWG on the draft “" + doc.draftTitle() + "”", doc.coveringNote(), blocks(doc.html()),
                "This issues with the approval of the focal person (" + cleared.signerName() + ").",
                "(" + secretary + ")", "Secretary, NSMCWG",
                "Cleared by " + cleared.signerName() + " on " + DATE.format(cleared.signedAt()) + " (version "
                        + cleared.versionNumber() + " of the draft). Clearance SHA-256: " + cleared.hash());
    }

    static byte[] pdf(Letter letter) {
        return Letters.pdf(letter);
    }

    static byte[] docx(Letter letter) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(letter.subject());
            document.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            text(document.createParagraph(), "GOVERNMENT OF PAKISTAN", true, false, 11, ParagraphAlignment.CENTER);
            text(document.createParagraph(), letter.from(), true, false, 11, ParagraphAlignment.CENTER);
            var head = document.createParagraph();
            run(head, "No. " + letter.reference(), true, false, 10);
            run(head, "\t\t\tIslamabad, the " + letter.date(), false, false, 10);
            var to = document.createParagraph();
            run(to, "To:  ", true, false, 11);
            run(to, letter.to(), false, false, 11);
            var subject = document.createParagraph();
            run(subject, "Subject:  " + letter.subject(), true, false, 11);
            for (var paragraph : letter.coveringNote().split("\\n\\s*\\n|\\n")) {
                if (!paragraph.isBlank()) {
                    text(document.createParagraph(), paragraph.strip(), false, false, 11, null);
                }
            }
            for (var block : letter.body()) {
                var p = document.createParagraph();
                rightToLeftIfUrdu(p, block.text());
                var size = block.kind() == Letter.Kind.HEADING ? (block.level() <= 2 ? 13 : 12) : 11;
                switch (block.kind()) {
                    case BULLET -> {
                        p.setIndentationLeft(360 * block.level());
                        run(p, "•  ", false, false, size);
                    }
                    case NUMBERED -> {
                        p.setIndentationLeft(360 * block.level());
                        run(p, block.marker() + ".  ", false, false, size);
                    }
                    default -> {
                    }
                }
                for (var r : block.runs()) {
                    run(p, r.text(), r.bold() || block.kind() == Letter.Kind.HEADING, r.italic(), size);
                }
            }
            text(document.createParagraph(), letter.approval(), false, true, 11, null);
            text(document.createParagraph(), letter.signatory(), true, false, 11, ParagraphAlignment.RIGHT);
            text(document.createParagraph(), letter.office(), false, false, 11, ParagraphAlignment.RIGHT);
            text(document.createParagraph(), letter.footer(), false, false, 8, null);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be written", e);
        }
    }

    private static void text(XWPFParagraph p, String text, boolean bold, boolean italic, int size,
            ParagraphAlignment alignment) {
        if (alignment != null) {
            p.setAlignment(alignment);
        }
        rightToLeftIfUrdu(p, text);
        run(p, text, bold, italic, size);
    }

    private static void rightToLeftIfUrdu(XWPFParagraph p, String text) {
        if (text != null && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()) {
            p.setAlignment(ParagraphAlignment.RIGHT);
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewBidi();
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        var lines = text.split("\n", -1);
        var run = p.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        run.setFontFamily("Noto Sans");
        // Urdu in a font that has it, wherever the letter is opened
        run.getCTR().addNewRPr();
        var fonts = run.getCTR().getRPr().sizeOfRFontsArray() > 0 ? run.getCTR().getRPr().getRFontsArray(0)
                : run.getCTR().getRPr().addNewRFonts();
        fonts.setCs("Noto Naskh Arabic");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** The blocks of the sanitised text: headings, paragraphs and list items (nested lists one level deeper). */
    static List<Letter.Block> blocks(String html) {
        var body = Jsoup.parseBodyFragment(InputHtml.clean(html)).body();
        var blocks = new ArrayList<Letter.Block>();
        var loose = new ArrayList<Letter.Run>();
        for (var child : body.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                flush(loose, blocks);
                block(e, 1, blocks);
            } else {
                runs(child, false, false, loose);
            }
        }
        flush(loose, blocks);
        return blocks;
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "h2", "h3", "h4", "p", "ul", "ol", "li" -> true;
            default -> false;
        };
    }

    private static void flush(List<Letter.Run> loose, List<Letter.Block> blocks) {
        if (loose.stream().anyMatch(r -> !r.text().isBlank())) {
            blocks.add(new Letter.Block(Letter.Kind.PARAGRAPH, 0, null, List.copyOf(loose)));
        }
        loose.clear();
    }

    private static void block(Element e, int depth, List<Letter.Block> blocks) {
        switch (e.normalName()) {
            case "h2", "h3", "h4" -> blocks.add(new Letter.Block(Letter.Kind.HEADING, e.normalName().charAt(1) - '0',
                    null, inline(e)));
            case "p" -> blocks.add(new Letter.Block(Letter.Kind.PARAGRAPH, 0, null, inline(e)));
            case "ul", "ol" -> {
                int number = 0;
                for (var item : e.children()) {
                    number++;
                    var runs = new ArrayList<Letter.Run>();
                    var nested = new ArrayList<Element>();
                    for (var node : item.childNodes()) {
                        if (node instanceof Element child && (child.normalName().equals("ul")
                                || child.normalName().equals("ol"))) {
                            nested.add(child);
                        } else {
                            runs(node, false, false, runs);
                        }
                    }
                    blocks.add(e.normalName().equals("ol")
                            ? new Letter.Block(Letter.Kind.NUMBERED, depth, Integer.toString(number), runs)
                            : new Letter.Block(Letter.Kind.BULLET, depth, null, runs));
                    nested.forEach(n -> block(n, depth + 1, blocks));
                }
            }
            default -> blocks.add(new Letter.Block(Letter.Kind.PARAGRAPH, 0, null, inline(e)));
        }
    }

    private static List<Letter.Run> inline(Element e) {
        var runs = new ArrayList<Letter.Run>();
        for (var node : e.childNodes()) {
            runs(node, false, false, runs);
        }
        return runs;
    }

    private static void runs(Node node, boolean bold, boolean italic, List<Letter.Run> out) {
        if (node instanceof TextNode text) {
            if (!text.text().isEmpty()) {
                out.add(new Letter.Run(text.text(), bold, italic));
            }
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                out.add(new Letter.Run("\n", bold, italic));
                return;
            }
            var b = bold || e.normalName().equals("strong") || e.normalName().equals("b");
            var i = italic || e.normalName().equals("em") || e.normalName().equals("i");
            for (var child : e.childNodes()) {
                runs(child, b, i, out);
            }
        }
    }

    static Instant signedAt(InputDocument doc) {
        return doc.clearance().signedAt();
    }
}
