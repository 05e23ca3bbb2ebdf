package pk.gov.mashwara.record.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

import pk.gov.mashwara.record.redline.Redline;
import pk.gov.mashwara.record.pdf.Texts.Style;
import pk.gov.mashwara.review.Comparison.RowKind;

/**
 * Prints a redline as an A4 PDF: the newer version's paragraphs in order, what was removed struck through in red
 * and what was added underlined in blue, and a bar in the left margin beside every paragraph that changed; every
 * page stamped with the diary number, the classification and "page X of Y". Urdu is shaped and ordered as in the
 * review record (the same fonts and the same bidirectional machinery).
 */
public final class RedlinePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float BAR_GAP = 10;
    private static final float SIZE = 10;

    private final Redline redline;
    private final RecordFonts fonts = RecordFonts.load();
    private final Texts texts = new Texts(fonts);

    private RedlinePdf(Redline redline) {
        this.redline = redline;
    }

    public static RecordPdf.Rendered write(Redline redline) {
        try {
            var pdf = new RedlinePdf(redline);
            return pdf.stamp(pdf.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The redline could not be written", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The redline could not be written", e);
        }
    }

    private byte[] body() throws DocumentException {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, 80, 70);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        document.addTitle("Redline: " + redline.title());
        document.addSubject("Version " + redline.from() + " compared with version " + redline.to());
        document.addAuthor(redline.generatedBy());
        document.addCreator("Mashwara, the NSMCWG draft-review portal");
        document.open();
        center(document, "REDLINE", Style.BOLD, 16, RecordFonts.INK, 6);
        var title = texts.paragraph(redline.title(), Style.BOLD, 13, RecordFonts.INK, WIDTH);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(4);
        document.add(title);
        center(document, "Version " + redline.from() + " compared with version " + redline.to(), Style.REGULAR, 10,
                RecordFonts.ACCENT, 8);
        var about = texts.paragraph("Struck through: in version " + redline.from() + ", not in version " + redline.to()
                + ". Underlined: new in version " + redline.to() + ". A bar in the margin marks a paragraph that changed."
                + " Changes by " + redline.author() + ", " + RecordPdf.time(redline.changedAt()) + ". Generated "
                + RecordPdf.time(redline.generatedAt()) + " by " + redline.generatedBy() + ".", Style.ITALIC, 8.5f,
                RecordFonts.MUTED, WIDTH);
        about.setSpacingAfter(4);
        document.add(about);
        for (var note : redline.notes()) {
            var p = texts.paragraph(note, Style.ITALIC, 8.5f, Texts.REMOVED, WIDTH);
            p.setSpacingAfter(2);
            document.add(p);
        }
        var rule = texts.empty(6);
        rule.setSpacingAfter(8);
        document.add(rule);
        for (var paragraph : redline.paragraphs()) {
            document.add(paragraph(paragraph));
        }
        if (redline.paragraphs().isEmpty()) {
            document.add(texts.paragraph("Neither version has any text.", Style.ITALIC, SIZE, RecordFonts.MUTED));
        }
        document.close();
        return out.toByteArray();
    }

    /** One paragraph in a one-cell table whose left border is the change bar. */
    private PdfPTable paragraph(Redline.Paragraph paragraph) {
        var pieces = new ArrayList<Texts.Marked>();
        for (var piece : paragraph.pieces()) {
            pieces.add(new Texts.Marked(piece.text(), switch (piece.change()) {
                case SAME -> Texts.Mark.SAME;
                case REMOVED -> Texts.Mark.REMOVED;
                case ADDED -> Texts.Mark.ADDED;
            }));
        }
        var cell = new PdfPCell();
        cell.addElement(texts.marked(pieces, SIZE, WIDTH - BAR_GAP - 6));
        cell.setBorder(Rectangle.NO_BORDER);
        if (paragraph.kind() != RowKind.UNCHANGED) {
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(2.5f);
            cell.setBorderColorLeft(paragraph.kind() == RowKind.ADDED ? Texts.ADDED
                    : paragraph.kind() == RowKind.REMOVED ? Texts.REMOVED : RecordFonts.ACCENT);
        }
        cell.setPaddingLeft(BAR_GAP);
        cell.setPaddingRight(0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(5);
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.addCell(cell);
        return table;
    }

    private void center(Document document, String text, Style style, float size, java.awt.Color color, float after)
            throws DocumentException {
        var p = texts.paragraph(text, style, size, color);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    /** The running header and footer of every page, now that the number of pages is known. */
    private RecordPdf.Rendered stamp(byte[] body) throws IOException, DocumentException {
        var reader = new PdfReader(body);
        var out = new ByteArrayOutputStream();
        var stamper = new PdfStamper(reader, out).setGlyphLayoutManager(fonts.layout);
        var pages = reader.getNumberOfPages();
        var diary = redline.diaryNumber() == null ? "No diary number" : "Diary No. " + redline.diaryNumber();
        var classification = redline.classification().toUpperCase(Locale.ENGLISH);
        var what = "NSMCWG · Redline v" + redline.from() + " → v" + redline.to();
        for (int page = 1; page <= pages; page++) {
            var size = reader.getPageSize(page);
            var canvas = stamper.getOverContent(page);
            var top = size.getTop() - 40;
            show(canvas, what, Style.BOLD, Element.ALIGN_LEFT, MARGIN, top);
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, top);
            show(canvas, diary, Style.BOLD, Element.ALIGN_RIGHT, size.getWidth() - MARGIN, top);
            canvas.setColorStroke(RecordPdf.RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(MARGIN, top - 6);
            canvas.lineTo(size.getWidth() - MARGIN, top - 6);
            canvas.moveTo(MARGIN, 48);
            canvas.lineTo(size.getWidth() - MARGIN, 48);
            canvas.stroke();
            show(canvas, "Generated " + RecordPdf.time(redline.generatedAt()), Style.REGULAR, Element.ALIGN_LEFT, MARGIN, 36);
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, 36);
            show(canvas, "Page " + page + " of " + pages, Style.REGULAR, Element.ALIGN_RIGHT, size.getWidth() - MARGIN, 36);
        }
        stamper.close();
        reader.close();
        return new RecordPdf.Rendered(out.toByteArray(), pages);
    }

    private void show(org.openpdf.text.pdf.PdfContentByte canvas, String text, Style style, int alignment, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, texts.phrase(text, style, 8, RecordFonts.MUTED), x, y, 0);
    }
}
