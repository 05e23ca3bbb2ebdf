package pk.gov.mashwara.record.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

import pk.gov.mashwara.record.ProgressReportDocument;
import pk.gov.mashwara.record.ProgressReportText;
import pk.gov.mashwara.record.pdf.Texts.Style;

/**
 * Prints a progress report: the covering letter on an upright A4 page, then the table of directions on landscape
 * pages (its header repeated on each), then what changed since the last report; every page stamped with the
 * letter's reference, the classification, the diary number and "page X of Y".
 */
public final class ProgressReportPdf {

    private static final float MARGIN = 48;

    private final ProgressReportDocument report;
    private final RecordFonts fonts = RecordFonts.load();
    private final Texts texts = new Texts(fonts);
    private final RecordPdfCells cells = new RecordPdfCells();

    private ProgressReportPdf(ProgressReportDocument report) {
        this.report = report;
    }

    public static byte[] write(ProgressReportDocument report) {
        try {
            var pdf = new ProgressReportPdf(report);
            return pdf.stamp(pdf.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The progress report could not be written", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The progress report could not be written", e);
        }
    }

    private byte[] body() throws DocumentException {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 64, 64, 80, 70);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        document.addTitle((report.consolidated() ? "Consolidated progress report: " : "Progress report: ") + report.subject());
        document.addSubject("Progress report on " + report.reference());
        document.addAuthor(report.generatedBy());
        document.addCreator("Mashwara, the NSMCWG draft-review portal");
        if (report.covering()) {
            document.open();
            covering(document);
            document.setPageSize(PageSize.A4.rotate());
            document.setMargins(MARGIN, MARGIN, 80, 70);
            document.newPage();
        } else {
            document.setPageSize(PageSize.A4.rotate());
            document.setMargins(MARGIN, MARGIN, 80, 70);
            document.open();
        }
        table(document);
        if (report.previous() != null) {
            heading(document, "Changes since the report of " + report.previous());
            if (report.changes().isEmpty()) {
                document.add(texts.paragraph("Nothing has changed since that report.", Style.ITALIC, 9.5f,
                        RecordFonts.MUTED));
            }
            for (var change : report.changes()) {
                var p = texts.paragraph("•  " + change, Style.REGULAR, 9.5f, RecordFonts.INK,
                        PageSize.A4.rotate().getWidth() - 2 * MARGIN);
                p.setSpacingAfter(3);
                document.add(p);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void covering(Document document) throws DocumentException {
        var width = PageSize.A4.getWidth() - 128;
        center(document, "GOVERNMENT OF PAKISTAN", Style.BOLD, 11, RecordFonts.ACCENT, 2);
        center(document, report.fromOffice(), Style.BOLD, 11, RecordFonts.INK, 12);
        var head = new PdfPTable(new float[] { 55, 45 });
        head.setWidthPercentage(100);
        head.setSpacingAfter(14);
        head.addCell(plain(texts.paragraph("No. " + (report.diaryNumber() == null ? "……………… (diary number)"
                : report.diaryNumber()), Style.BOLD, 10, RecordFonts.INK), Element.ALIGN_LEFT));
        head.addCell(plain(texts.paragraph("Dated: " + report.dated(), Style.REGULAR, 10, RecordFonts.INK),
                Element.ALIGN_RIGHT));
        document.add(head);
        line(document, "To", "The " + report.toOffice() + ", Islamabad.", Style.REGULAR);
        var subject = line(document, "Subject", "PROGRESS REPORT: " + report.subject(), Style.BOLD);
        subject.setSpacingBefore(8);
        subject.setSpacingAfter(12);
        paragraph(document, "Please refer to " + report.letterLine() + " on the subject noted above.", width);
        paragraph(document, report.consolidated()
                ? "2.  The progress recorded by each office that acts on the directions of that letter, for the period "
                        + "from " + report.period() + ", is compiled in the enclosed table: for each direction its time "
                        + "line and, one row for each office that acts on it, the office's status, its progress in the "
                        + "period, its evidence (each file named with its SHA-256), remarks and, where the time line has "
                        + "passed and the office is not done, the days overdue."
                : "2.  The progress made by the " + report.fromOffice() + " on the directions of that letter"
                        + ", for the period from " + report.period() + ", is given in the enclosed table: for each "
                        + "direction its time line, who acts on it, its status, the progress in the period, the evidence "
                        + "(each file named with its SHA-256), remarks and, where the time line has passed, the days "
                        + "overdue.", width);
        if (report.previous() != null) {
            paragraph(document, "3.  What has changed since our report of " + report.previous()
                    + " is shown in the table's last column and listed after it.", width);
        }
        paragraph(document, (report.previous() == null ? "3" : "4")
                + ".  This is submitted for information, please.", width);
        var sign = texts.paragraph(report.signatory() == null ? "(not yet signed off)" : report.signatory(),
                report.signatory() == null ? Style.ITALIC : Style.BOLD, 10.5f, RecordFonts.INK);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(36);
        document.add(sign);
        var office = texts.paragraph(report.fromOffice(), Style.REGULAR, 10, RecordFonts.INK);
        office.setAlignment(Element.ALIGN_RIGHT);
        document.add(office);
        var enclosure = texts.paragraph("Encl: " + (report.consolidated() ? "Consolidated progress" : "Progress")
                + " on the directions (" + report.directions() + " direction" + (report.directions() == 1 ? "" : "s")
                + ").", Style.REGULAR, 9.5f, RecordFonts.INK);
        enclosure.setSpacingBefore(18);
        document.add(enclosure);
    }

    private void table(Document document) throws DocumentException {
        heading(document, ProgressReportText.tableHeading(report));
        if (!report.covering()) {
            var compiled = texts.paragraph(ProgressReportText.compiledBy(report), Style.ITALIC, 9.5f,
                    RecordFonts.MUTED, PageSize.A4.rotate().getWidth() - 2 * MARGIN);
            compiled.setSpacingAfter(6);
            document.add(compiled);
        }
        var withChanges = report.previous() != null;
        var headers = new ArrayList<>(List.of("S.No", "Direction", "Time line", "Action by", "Status",
                "Progress in the period", "Evidence (SHA-256)", "Remarks", "Overdue days"));
        var widths = new ArrayList<>(List.of(4f, 20f, 10f, 9f, 8f, 17f, 14f, 11f, 6f));
        if (withChanges) {
            headers.add("Changes since " + report.previous());
            widths.add(11f);
        }
        var w = new float[widths.size()];
        var total = 0f;
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
            total += w[i];
        }
        var textWidth = PageSize.A4.rotate().getWidth() - 2 * MARGIN;
        var table = new PdfPTable(w);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : headers) {
            table.addCell(cells.header(texts, header));
        }
        for (var row : report.rows()) {
            var values = new ArrayList<>(List.of(row.number(), row.direction(), row.timeline(), row.actionBy(),
                    row.status(), row.progress()));
            for (int i = 0; i < values.size(); i++) {
                table.addCell(cells.cell(texts, values.get(i), i == 0 ? Style.BOLD : Style.REGULAR,
                        textWidth * w[i] / total));
            }
            table.addCell(evidence(row.evidence()));
            table.addCell(cells.cell(texts, row.remarks(), Style.REGULAR, textWidth * w[7] / total));
            table.addCell(cells.cell(texts, row.overdueDays() > 0 ? Long.toString(row.overdueDays()) : "—",
                    row.overdueDays() > 0 ? Style.BOLD : Style.REGULAR, 0));
            if (withChanges) {
                table.addCell(cells.cell(texts, row.changed(), Style.REGULAR, textWidth * w[9] / total));
            }
        }
        document.add(table);
    }

    private PdfPCell evidence(List<ProgressReportDocument.Evidence> files) {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RecordPdf.RULE);
        cell.setPadding(4);
        cell.setPaddingTop(0);
        if (files.isEmpty()) {
            cell.addElement(texts.paragraph("—", Style.REGULAR, 8.5f, RecordFonts.INK));
        }
        for (var file : files) {
            var name = texts.paragraph(file.fileName(), Style.BOLD, 8, RecordFonts.INK);
            cell.addElement(name);
                        // the hash in groups of sixteen, so that a narrow column breaks it between groups only
            var sha = file.sha256();
            var grouped = sha.length() == 64 ? sha.substring(0, 16) + " " + sha.substring(16, 32) + " "
                    + sha.substring(32, 48) + " " + sha.substring(48) : sha;
            var hash = texts.paragraph(grouped, Style.REGULAR, 6.5f, RecordFonts.MUTED);
            hash.setSpacingAfter(3);
            cell.addElement(hash);
        }
        return cell;
    }

    private void heading(Document document, String text) throws DocumentException {
        var heading = texts.paragraph(text, Style.BOLD, 12, RecordFonts.ACCENT,
                PageSize.A4.rotate().getWidth() - 2 * MARGIN);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private void paragraph(Document document, String text, float width) throws DocumentException {
        var p = texts.paragraph(text, Style.REGULAR, 10.5f, RecordFonts.INK, width);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(8);
        document.add(p);
    }

    private org.openpdf.text.Paragraph line(Document document, String label, String value, Style style)
            throws DocumentException {
        var p = texts.empty(Texts.leading(value, 10.5f));
        texts.append(p, label + ":  ", Style.BOLD, 10.5f, RecordFonts.INK);
        texts.append(p, value, style, 10.5f, RecordFonts.INK);
        document.add(p);
        return p;
    }

    private void center(Document document, String text, Style style, float size, java.awt.Color color, float after)
            throws DocumentException {
        var p = texts.paragraph(text, style, size, color);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    private static PdfPCell plain(org.openpdf.text.Paragraph content, int alignment) {
        content.setAlignment(alignment);
        var cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** Writes the running header and footer on every page, now that the number of pages is known. */
    private byte[] stamp(byte[] body) throws IOException, DocumentException {
        var reader = new PdfReader(body);
        var out = new ByteArrayOutputStream();
        var stamper = new PdfStamper(reader, out).setGlyphLayoutManager(fonts.layout);
        var pages = reader.getNumberOfPages();
        var classification = report.classification().toUpperCase(Locale.ENGLISH);
        var diary = report.diaryNumber() == null ? "Draft: not yet signed off" : "Diary No. " + report.diaryNumber();
        for (int page = 1; page <= pages; page++) {
            var size = reader.getPageSizeWithRotation(page);
            var canvas = stamper.getOverContent(page);
            var top = size.getTop() - 40;
            var upright = size.getWidth() < size.getHeight();
            var left = upright ? 64 : MARGIN;
            var right = size.getWidth() - left;
            show(canvas, (report.consolidated() ? "Consolidated progress report · compiled by " : "Progress report · ")
                    + report.fromCode(), Style.BOLD, Element.ALIGN_LEFT, left, top);
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, top);
            show(canvas, "Ref. " + report.reference(), Style.BOLD, Element.ALIGN_RIGHT, right, top);
            canvas.setColorStroke(RecordPdf.RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left, top - 6);
            canvas.lineTo(right, top - 6);
            canvas.moveTo(left, 48);
            canvas.lineTo(right, 48);
            canvas.stroke();
            show(canvas, diary + " · generated " + RecordPdf.time(report.generatedAt()), Style.REGULAR,
                    Element.ALIGN_LEFT, left, 36);
            // on the narrower upright page the diary line would run into the middle: the classification goes below
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, upright ? 24 : 36);
            show(canvas, "Page " + page + " of " + pages, Style.REGULAR, Element.ALIGN_RIGHT, right, 36);
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    private void show(PdfContentByte canvas, String text, Style style, int alignment, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, texts.phrase(text, style, 8, RecordFonts.MUTED), x, y, 0);
    }

    /** The review record's header and body cells. */
    private static final class RecordPdfCells {

        PdfPCell header(Texts texts, String text) {
            var cell = new PdfPCell(texts.phrase(text, Style.BOLD, 8, RecordFonts.INK));
            cell.setBackgroundColor(RecordPdf.SHADE);
            cell.setBorder(Rectangle.BOTTOM | Rectangle.TOP);
            cell.setBorderColor(RecordPdf.RULE);
            cell.setPadding(4);
            cell.setPaddingBottom(5);
            return cell;
        }

        /** Right-to-left text is set flush right within {@code width}, the column's width. */
        PdfPCell cell(Texts texts, String text, Style style, float width) {
            var value = text == null ? "" : text;
            PdfPCell cell;
            if (Texts.rightToLeft(value)) {
                cell = new PdfPCell();
                cell.addElement(texts.paragraph(value, style, 8.5f, RecordFonts.INK, width - 8));
                cell.setPaddingTop(0);
            } else {
                cell = new PdfPCell(texts.phrase(value, style, 8.5f, RecordFonts.INK));
                cell.setLeading(0, Texts.containsArabic(value) ? 1.75f : 1.3f);
            }
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RecordPdf.RULE);
            cell.setPadding(4);
            cell.setPaddingBottom(5);
            if (cell.getPhrase() != null) {
                cell.setPaddingTop(4);
            }
            return cell;
        }
    }
}
