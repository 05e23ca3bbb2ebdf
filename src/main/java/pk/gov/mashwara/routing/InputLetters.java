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
import pk.gov.mashwara.shared.Messages;

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
     * @param committee the committee's name in the letter's language, the addressee
     * @param secretary who composed the input and signs the letter; null when not known
     * @param locale    the language the letter is written in (the reader's): its frame, not the input's text,
     *                  which is the NSMCWG's as cleared
     */
    static Letter letter(InputDocument doc, String committee, String secretary, Locale locale) {
        var cleared = doc.clearance();
        var reference = doc.diaryNumber() == null ? "—" : doc.diaryNumber();
        var date = DATE.format(cleared.signedAt());
        var frame = new Letter.Frame(Messages.get(locale, "letter.government"),
                Messages.get(locale, "letter.number", reference), Messages.get(locale, "letter.dated", date),
                Messages.get(locale, "letter.to"), Messages.get(locale, "letter.subject"),
                Messages.isRightToLeft(locale));
        var signatory = secretary == null ? Messages.get(locale, "letter.office") : secretary;
        return new Letter(reference, date, Messages.get(locale, "letter.from"), committee,
                Messages.get(locale, "letter.subject.text", doc.draftTitle()), doc.coveringNote(), blocks(doc.html()),
                Messages.get(locale, "letter.approval", cleared.signerName()), "(" + signatory + ")",
                Messages.get(locale, "letter.office"),
                Messages.get(locale, "letter.footer", cleared.signerName(), date,
                        Integer.toString(cleared.versionNumber()), cleared.hash()),
                frame);
    }

    static byte[] pdf(Letter letter) {
        return Letters.pdf(letter);
    }

    static byte[] docx(Letter letter) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(letter.subject());
            document.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            var frame = letter.frame();
            var rtl = frame.rightToLeft();
            text(document.createParagraph(), frame.government(), true, false, 11, ParagraphAlignment.CENTER);
            text(document.createParagraph(), letter.from(), true, false, 11, ParagraphAlignment.CENTER);
            var head = document.createParagraph();
            rightToLeft(head, rtl);
            run(head, frame.number(), true, false, 10);
            run(head, "\t\t\t" + frame.dated(), false, false, 10);
            var to = document.createParagraph();
            rightToLeft(to, rtl);
            run(to, frame.toLabel() + ":  ", true, false, 11);
            run(to, letter.to(), false, false, 11);
            var subject = document.createParagraph();
            rightToLeft(subject, rtl);
            run(subject, frame.subjectLabel() + ":  " + letter.subject(), true, false, 11);
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
            // the signature block at the end of the line: the right in English, the left of an Urdu letter
            var end = rtl ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT;
            signature(document.createParagraph(), letter.signatory(), true, end, rtl);
            signature(document.createParagraph(), letter.office(), false, end, rtl);
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

    private static void signature(XWPFParagraph p, String text, boolean bold, ParagraphAlignment end, boolean rtl) {
        rightToLeft(p, rtl);
        // set after the direction: in a right-to-left paragraph Word reads "left" as the line's end
        p.setAlignment(end);
        run(p, text, bold, false, 11);
    }

    private static void rightToLeftIfUrdu(XWPFParagraph p, String text) {
        rightToLeft(p, text != null
                && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight());
    }

    /** A right-to-left paragraph (w:bidi), set from the right edge, as Word writes an Urdu one. */
    private static void rightToLeft(XWPFParagraph p, boolean rtl) {
        if (rtl) {
            p.setAlignment(ParagraphAlignment.RIGHT);
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
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
