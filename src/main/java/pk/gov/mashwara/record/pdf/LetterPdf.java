package pk.gov.mashwara.record.pdf;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import pk.gov.mashwara.record.Letter;
import pk.gov.mashwara.record.pdf.Texts.Style;

/**
 * Prints a {@link Letter} on A4: the letterhead, the number and date, the addressee and subject, the covering note,
 * the body (headings, paragraphs, bulleted and numbered items with their emphasis), the approval, the signature
 * block and a small footer. Urdu runs are set in Noto Naskh Arabic and shaped like the review record's.
 */
public final class LetterPdf {

    private static final float MARGIN = 64;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;

    private final RecordFonts fonts = RecordFonts.load();
    private final Texts texts = new Texts(fonts);
    /** Whether the letter is written right to left (Urdu). */
    private boolean rtl;

    private LetterPdf() {
    }

    public static byte[] write(Letter letter) {
        try {
            return new LetterPdf().print(letter);
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be written", e);
        }
    }

    private byte[] print(Letter letter) throws DocumentException {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, 56, 56);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        document.addTitle(letter.subject());
        document.addSubject(letter.reference());
        document.addCreator("Mashwara, the NSMCWG draft-review portal");
        document.open();
        var frame = letter.frame();
        rtl = frame.rightToLeft();
        center(document, frame.government(), Style.BOLD, 11, RecordFonts.ACCENT, 2);
        center(document, letter.from(), Style.BOLD, 11, RecordFonts.INK, 10);
        document.add(rule());
        var head = new PdfPTable(new float[] { 50, 50 });
        head.setWidthPercentage(100);
        head.setSpacingAfter(14);
        // the number stands where the reader starts (the left in English, the right in Urdu), the date opposite
        var number = plain(texts.paragraph(frame.number(), Style.BOLD, 10, RecordFonts.INK), start());
        var dated = plain(texts.paragraph(frame.dated(), Style.REGULAR, 10, RecordFonts.INK), end());
        head.addCell(rtl ? dated : number);
        head.addCell(rtl ? number : dated);
        document.add(head);
        line(document, frame.toLabel(), letter.to(), Style.REGULAR);
        var subject = line(document, frame.subjectLabel(), letter.subject(), Style.BOLD);
        subject.setSpacingBefore(8);
        subject.setSpacingAfter(12);
        for (var paragraph : letter.coveringNote().split("\\n\\s*\\n|\\n")) {
            if (!paragraph.isBlank()) {
                var p = texts.paragraph(paragraph.strip(), Style.REGULAR, 10.5f, RecordFonts.INK, WIDTH);
                p.setSpacingAfter(8);
                document.add(p);
            }
        }
        for (var block : letter.body()) {
            document.add(block(block));
        }
        var approval = texts.paragraph(letter.approval(), Style.ITALIC, 10.5f, RecordFonts.INK, WIDTH);
        approval.setSpacingBefore(14);
        document.add(approval);
        // the signature block stands at the end of the line: the right in English, the left in Urdu
        var sign = texts.paragraph(letter.signatory(), Style.BOLD, 10.5f, RecordFonts.INK);
        sign.setAlignment(end());
        sign.setSpacingBefore(36);
        document.add(sign);
        var office = texts.paragraph(letter.office(), Style.REGULAR, 10, RecordFonts.INK);
        office.setAlignment(end());
        document.add(office);
        var footer = texts.paragraph(letter.footer(), Style.REGULAR, 7.5f, RecordFonts.MUTED, WIDTH);
        footer.setSpacingBefore(28);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private Paragraph block(Letter.Block block) {
        float size = switch (block.kind()) {
            case HEADING -> block.level() <= 2 ? 12 : 11;
            default -> 10.5f;
        };
        var paragraph = texts.empty(Texts.leading(block.text(), size));
        var indent = switch (block.kind()) {
            case BULLET, NUMBERED -> 14f * block.level();
            default -> 0f;
        };
        if (block.kind() == Letter.Kind.BULLET || block.kind() == Letter.Kind.NUMBERED) {
            var marker = block.kind() == Letter.Kind.BULLET ? "•" : block.marker() + ".";
            texts.append(paragraph, marker + "  ", Style.REGULAR, size, RecordFonts.INK);
            paragraph.setIndentationLeft(indent);
            paragraph.setFirstLineIndent(-10);
        }
        for (var run : block.runs()) {
            var style = block.kind() == Letter.Kind.HEADING || run.bold() ? Style.BOLD
                    : run.italic() ? Style.ITALIC : Style.REGULAR;
            texts.append(paragraph, run.text(), style, size, block.kind() == Letter.Kind.HEADING ? RecordFonts.ACCENT
                    : RecordFonts.INK);
        }
        if (Texts.rightToLeft(block.text())) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
            texts.fitRight(paragraph, block.text(), Style.REGULAR, size, WIDTH - indent);
        }
        paragraph.setSpacingBefore(block.kind() == Letter.Kind.HEADING ? 10 : 2);
        paragraph.setSpacingAfter(block.kind() == Letter.Kind.HEADING ? 4 : 4);
        return paragraph;
    }

    private Paragraph line(Document document, String label, String value, Style style) throws DocumentException {
        if (rtl) {
            // one line ordered by the bidirectional algorithm as a whole, so that the label stands on the right
            var p = texts.paragraph(label + ":  " + value, style, 10.5f, RecordFonts.INK, WIDTH);
            p.setAlignment(Element.ALIGN_RIGHT);
            document.add(p);
            return p;
        }
        var p = texts.empty(Texts.leading(value, 10.5f));
        texts.append(p, label + ":  ", Style.BOLD, 10.5f, RecordFonts.INK);
        texts.append(p, value, style, 10.5f, RecordFonts.INK);
        document.add(p);
        return p;
    }

    private int start() {
        return rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private int end() {
        return rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
    }

    private void center(Document document, String text, Style style, float size, java.awt.Color color, float after)
            throws DocumentException {
        var p = texts.paragraph(text, style, size, color);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    private static PdfPCell plain(Paragraph content, int alignment) {
        content.setAlignment(alignment);
        var cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPTable rule() {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(1.2f);
        cell.setBorderColor(RecordFonts.ACCENT);
        cell.setFixedHeight(4);
        cell.setPadding(0);
        table.addCell(cell);
        return table;
    }
}
