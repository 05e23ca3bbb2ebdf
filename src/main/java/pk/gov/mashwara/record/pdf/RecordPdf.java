package pk.gov.mashwara.record.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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

import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.record.pdf.Texts.Style;
import pk.gov.mashwara.shared.Messages;

/**
 * Prints a review record as an A4 PDF: a cover with the draft's particulars, its versions, its review threads
 * and the contributed sections, then every page stamped with the diary number, the classification, when the
 * record was generated and "page X of Y". The record is in English, the language of the Federal Government's
 * files; titles, comments and file names appear in whatever language they were written.
 */
public final class RecordPdf {

    /** The PDF and its number of pages. */
    public record Rendered(byte[] content, int pages) {
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));
    static final Color RULE = new Color(0xC9, 0xCF, 0xD4);
    static final Color SHADE = new Color(0xF1, 0xF4, 0xF1);
    private static final float MARGIN = 56;
    /** The width of the text on an A4 page between the margins. */
    static final float TEXT_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;

    private final RecordContent content;
    private final RecordFonts fonts = RecordFonts.load();
    private final Texts texts = new Texts(fonts);
    private int sectionNumber;

    private RecordPdf(RecordContent content) {
        this.content = content;
    }

    public static Rendered write(RecordContent content) {
        try {
            var pdf = new RecordPdf(content);
            return pdf.stamp(pdf.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The review record could not be written", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The review record could not be written", e);
        }
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String label(Enum<?> value) {
        var simple = value.getDeclaringClass().getSimpleName();
        return Messages.get(Locale.ENGLISH, Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + value.name());
    }

    private byte[] body() throws DocumentException {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, 80, 70);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        var draft = content.draft();
        document.addTitle("Review record: " + draft.title());
        document.addSubject("Review record of " + (draft.diaryNumber() == null ? "draft " + draft.id() : draft.diaryNumber()));
        document.addAuthor(content.generatedBy());
        document.addCreator("Mashwara, the NSMCWG draft-review portal");
        document.open();
        cover(document);
        document.newPage();
        versions(document);
        new ThreadSection(texts, content).write(document, heading(document, "Review threads"));
        for (var block : content.sections()) {
            block(document, block);
        }
        var end = texts.paragraph("End of the review record", Style.ITALIC, 8.5f, RecordFonts.MUTED);
        end.setAlignment(Element.ALIGN_CENTER);
        end.setSpacingBefore(18);
        document.add(end);
        document.close();
        return out.toByteArray();
    }

    private void cover(Document document) throws DocumentException {
        var draft = content.draft();
        center(document, "GOVERNMENT OF PAKISTAN", Style.BOLD, 11, RecordFonts.ACCENT, 8);
        center(document, "National Social Media Coordination Working Group (NSMCWG)", Style.REGULAR, 11, RecordFonts.INK, 2);
        center(document, "Mashwara — draft-review portal", Style.ITALIC, 9, RecordFonts.MUTED, 14);
        document.add(rule(1.2f, RecordFonts.ACCENT));
        center(document, "REVIEW RECORD", Style.BOLD, 22, RecordFonts.INK, 14);
        var title = texts.paragraph(draft.title(), Style.BOLD, 15, RecordFonts.INK, TEXT_WIDTH);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(6);
        title.setSpacingAfter(4);
        document.add(title);
        if (draft.diaryNumber() != null) {
            center(document, "Diary No. " + draft.diaryNumber(), Style.BOLD, 11, RecordFonts.ACCENT, 16);
        } else {
            center(document, "No diary number: not yet submitted to the NSMCWG", Style.ITALIC, 10, RecordFonts.MUTED, 16);
        }
        var fields = new ArrayList<RecordBlock.Field>();
        fields.add(new RecordBlock.Field("Diary number", draft.diaryNumber() == null ? "Not assigned" : draft.diaryNumber()));
        fields.add(new RecordBlock.Field("File number", draft.fileNumber() == null ? "Not given" : draft.fileNumber()));
        fields.add(new RecordBlock.Field("Priority", label(draft.priority())));
        fields.add(new RecordBlock.Field("Title", draft.title()));
        fields.add(new RecordBlock.Field("Committee", content.committeeName() + " (" + draft.committeeCode() + ")"));
        fields.add(new RecordBlock.Field("Kind of instrument", label(draft.kind())));
        fields.add(new RecordBlock.Field("Legal basis", draft.legalBasis()));
        fields.add(new RecordBlock.Field("Financial implications", draft.financialImplications() ? "Yes" : "No"));
        fields.add(new RecordBlock.Field("Classification", label(draft.classification())));
        fields.add(new RecordBlock.Field("Current status", label(draft.status())));
        if (draft.statusNote() != null) {
            fields.add(new RecordBlock.Field("Status note", draft.statusNote()));
        }
        fields.add(new RecordBlock.Field("Created", time(draft.createdAt()) + " by " + content.people().apply(draft.createdBy())));
        fields.add(new RecordBlock.Field("Submitted to the NSMCWG",
                draft.submittedAt() == null ? "Not submitted" : time(draft.submittedAt())));
        var window = content.window();
        if (window != null && window.deadline() != null) {
            fields.add(new RecordBlock.Field("Review deadline", time(window.deadline()) + " (set by "
                    + content.people().apply(window.setBy()) + ")"));
        }
        fields.add(new RecordBlock.Field("Versions", Integer.toString(draft.versions().size())));
        var open = content.threads().stream().filter(t -> t.open()).count();
        fields.add(new RecordBlock.Field("Review threads", content.threads().size() + " (" + open + " open, "
                + (content.threads().size() - open) + " resolved)"));
        fields.add(new RecordBlock.Field("Record generated", time(content.generatedAt()) + " by " + content.generatedBy()));
        document.add(fields(fields));
        var scope = texts.paragraph("This record shows the draft as " + content.generatedBy()
                + " may see it in Mashwara when it was generated. A committee's internal notes appear only in records"
                + " generated by members of that committee. The SHA-256 of each version identifies the exact file"
                + " that was reviewed.", Style.ITALIC, 8.5f, RecordFonts.MUTED);
        scope.setSpacingBefore(14);
        document.add(scope);
    }

    private void versions(Document document) throws DocumentException {
        heading(document, "Versions");
        var table = new PdfPTable(new float[] { 7, 33, 15, 24, 21 });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : List.of("No.", "File", "Type and size", "Uploaded", "Text")) {
            table.addCell(headerCell(header));
        }
        var versions = new ArrayList<>(content.draft().versions());
        versions.sort(Comparator.comparingInt(VersionInfo::number));
        for (var v : versions) {
            table.addCell(cell("v" + v.number(), Style.BOLD, false, 0));
            table.addCell(cell(v.fileName(), Style.REGULAR, false, TEXT_WIDTH * 0.33f));
            table.addCell(cell(v.mediaType() + "\n" + size(v.sizeBytes()), Style.REGULAR, false, 0));
            table.addCell(cell(content.people().apply(v.uploadedBy()) + "\n" + time(v.uploadedAt()), Style.REGULAR, false, 0));
            table.addCell(cell(content.textStatus().getOrDefault(v.number(), "Unknown"), Style.REGULAR, false, 0));
            var sha = texts.empty(11);
            texts.append(sha, "SHA-256  ", Style.BOLD, 7.5f, RecordFonts.MUTED);
            texts.append(sha, v.sha256(), Style.REGULAR, 8, RecordFonts.INK);
            var shaCell = new PdfPCell(sha);
            shaCell.setColspan(5);
            shaCell.setBorder(Rectangle.BOTTOM);
            shaCell.setBorderColor(RULE);
            shaCell.setPaddingLeft(4);
            shaCell.setPaddingTop(0);
            shaCell.setPaddingBottom(6);
            table.addCell(shaCell);
        }
        document.add(table);
    }

    private void block(Document document, RecordBlock block) throws DocumentException {
        heading(document, block.title());
        for (var element : block.elements()) {
            switch (element) {
                case RecordBlock.Text text -> {
                    var p = texts.paragraph(text.text(), Style.REGULAR, 9.5f, RecordFonts.INK, TEXT_WIDTH);
                    p.setSpacingAfter(6);
                    document.add(p);
                }
                case RecordBlock.Fields f -> document.add(fields(f.fields()));
                case RecordBlock.Table t -> {
                    var table = new PdfPTable(t.widths());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    table.setSpacingAfter(8);
                    t.headers().forEach(h -> table.addCell(headerCell(h)));
                    var total = 0f;
                    for (var w : t.widths()) {
                        total += w;
                    }
                    for (var row : t.rows()) {
                        for (int i = 0; i < row.size(); i++) {
                            table.addCell(cell(row.get(i), Style.REGULAR, true, TEXT_WIDTH * t.widths()[i] / total));
                        }
                    }
                    document.add(table);
                }
            }
        }
    }

    /** A numbered section heading; returns its number. */
    private int heading(Document document, String title) throws DocumentException {
        sectionNumber++;
        var heading = texts.paragraph(sectionNumber + ".  " + title, Style.BOLD, 13, RecordFonts.ACCENT);
        heading.setSpacingBefore(sectionNumber == 1 ? 0 : 16);
        heading.setSpacingAfter(2);
        heading.setKeepTogether(true);
        document.add(heading);
        document.add(rule(0.6f, RecordFonts.ACCENT));
        return sectionNumber;
    }

    private void center(Document document, String text, Style style, float size, Color color, float after)
            throws DocumentException {
        var p = texts.paragraph(text, style, size, color);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    /** A horizontal rule across the text width (a table border, so no text font is involved). */
    private static PdfPTable rule(float width, Color color) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(width);
        cell.setBorderColor(color);
        cell.setFixedHeight(4);
        cell.setPadding(0);
        table.addCell(cell);
        return table;
    }

    private PdfPTable fields(List<RecordBlock.Field> fields) {
        var table = new PdfPTable(new float[] { 30, 70 });
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        for (var field : fields) {
            table.addCell(cell(field.label(), Style.BOLD, true, TEXT_WIDTH * 0.3f));
            table.addCell(cell(field.value(), Style.REGULAR, true, TEXT_WIDTH * 0.7f));
        }
        return table;
    }

    PdfPCell headerCell(String text) {
        var cell = new PdfPCell(texts.phrase(text, Style.BOLD, 8.5f, RecordFonts.INK));
        cell.setBackgroundColor(SHADE);
        cell.setBorder(Rectangle.BOTTOM | Rectangle.TOP);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        return cell;
    }

    /**
     * A table cell; right-to-left text is set flush right within {@code width}, the column's width (0 when the
     * column never holds such text).
     */
    PdfPCell cell(String text, Style style, boolean ruled, float width) {
        var value = text == null ? "" : text;
        var color = style == Style.BOLD ? RecordFonts.MUTED : RecordFonts.INK;
        PdfPCell cell;
        if (Texts.rightToLeft(value)) {
            cell = new PdfPCell();
            var paragraph = texts.paragraph(value, style, 9, color, width - 8);
            cell.addElement(paragraph);
        } else {
            cell = new PdfPCell(texts.phrase(value, style, 9, color));
            cell.setLeading(0, Texts.containsArabic(value) ? 1.75f : 1.3f);
        }
        cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        if (cell.getPhrase() == null) {
            // a paragraph's first line sits lower than a phrase's: keep the row's baselines together
            cell.setPaddingTop(0);
        }
        return cell;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB (%,d bytes)", bytes / 1024.0, bytes);
        }
        return String.format(Locale.ENGLISH, "%.1f MB (%,d bytes)", bytes / (1024.0 * 1024), bytes);
    }

    /** Writes the running header and footer on every page, now that the number of pages is known. */
    private Rendered stamp(byte[] body) throws IOException, DocumentException {
        var reader = new PdfReader(body);
        var out = new ByteArrayOutputStream();
        var stamper = new PdfStamper(reader, out).setGlyphLayoutManager(fonts.layout);
        var pages = reader.getNumberOfPages();
        var draft = content.draft();
        var diary = draft.diaryNumber() == null ? "No diary number" : "Diary No. " + draft.diaryNumber();
        var classification = label(draft.classification()).toUpperCase(Locale.ENGLISH);
        var generated = "Generated " + time(content.generatedAt());
        for (int page = 1; page <= pages; page++) {
            var size = reader.getPageSize(page);
            var canvas = stamper.getOverContent(page);
            var top = size.getTop() - 40;
            show(canvas, "NSMCWG · Review record", Style.BOLD, Element.ALIGN_LEFT, MARGIN, top);
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, top);
            show(canvas, diary, Style.BOLD, Element.ALIGN_RIGHT, size.getWidth() - MARGIN, top);
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(MARGIN, top - 6);
            canvas.lineTo(size.getWidth() - MARGIN, top - 6);
            canvas.moveTo(MARGIN, 48);
            canvas.lineTo(size.getWidth() - MARGIN, 48);
            canvas.stroke();
            show(canvas, generated, Style.REGULAR, Element.ALIGN_LEFT, MARGIN, 36);
            show(canvas, classification, Style.BOLD, Element.ALIGN_CENTER, size.getWidth() / 2, 36);
            show(canvas, "Page " + page + " of " + pages, Style.REGULAR, Element.ALIGN_RIGHT, size.getWidth() - MARGIN, 36);
        }
        stamper.close();
        reader.close();
        return new Rendered(out.toByteArray(), pages);
    }

    private void show(PdfContentByte canvas, String text, Style style, int alignment, float x,
            float y) {
        ColumnText.showTextAligned(canvas, alignment, texts.phrase(text, style, 8, RecordFonts.MUTED), x, y, 0);
    }
}
