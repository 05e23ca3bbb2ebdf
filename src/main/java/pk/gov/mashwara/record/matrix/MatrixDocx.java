package pk.gov.mashwara.record.matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import pk.gov.mashwara.shared.Messages;

/**
 * A comments matrix as a Word document in the Government's usual layout: an A4 landscape page, the classification
 * and the diary number in the page header, the heading with the draft's title, diary and file numbers, then one
 * table whose header row repeats on every page. Urdu cells are right to left ({@code w:bidi}, {@code w:rtl}); an
 * Urdu matrix (the reader's language) has its frame, headings and status words in Urdu and its table laid out from
 * the right ({@code w:bidiVisual}). Text
 * is set through POI's runs, never as markup, so hostile text stays text.
 */
public final class MatrixDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";
    private static final String URDU_FONT = "Noto Naskh Arabic";
    /** Column widths in twentieths of a point; together the width between A4 landscape's margins. */
    private static final int[] WIDTHS = {480, 520, 1100, 1900, 2000, 1800, 1300, 900, 800, 1350, 1500, 1100};

    private MatrixDocx() {
    }

    public static byte[] write(Matrix matrix) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(MatrixText.heading(matrix));
            var rtl = matrix.rightToLeft();
            var locale = matrix.locale();
            document.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            var section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            for (var side : new String[] {"top", "bottom", "left", "right"}) {
                var value = BigInteger.valueOf(720);
                switch (side) {
                    case "top" -> margins.setTop(value);
                    case "bottom" -> margins.setBottom(value);
                    case "left" -> margins.setLeft(value);
                    default -> margins.setRight(value);
                }
            }
            var header = document.createHeader(HeaderFooterType.DEFAULT);
            var top = header.createParagraph();
            top.setAlignment(ParagraphAlignment.CENTER);
            line(top, matrix.classification().toUpperCase(locale), true, 9, rtl);
            var reference = header.createParagraph();
            reference.setAlignment(rtl ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            line(reference, (matrix.diaryNumber() == null ? Messages.get(locale, "matrix.file.noDiary")
                    : Messages.get(locale, "matrix.file.diary", matrix.diaryNumber())) + "  ·  "
                    + Messages.get(locale, "matrix.file.sheet"), false, 9, rtl);

            var heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            line(heading, Messages.get(locale, "matrix.file.heading"), true, 14, rtl);
            var title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            bidi(title, matrix.title());
            run(title, matrix.title(), true, 12);
            var about = document.createParagraph();
            about.setAlignment(ParagraphAlignment.CENTER);
            line(about, MatrixText.reference(matrix), false, 10, rtl);
            var scope = document.createParagraph();
            scope.setAlignment(ParagraphAlignment.CENTER);
            scope.setSpacingAfter(200);
            line(scope, MatrixText.scope(matrix), false, 9, rtl).setItalic(true);

            var table = document.createTable(matrix.rows().size() + 1, Matrix.HEADINGS.size());
            table.setTableAlignment(TableRowAlign.CENTER);
            var tblPr = table.getCTTbl().getTblPr();
            var width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
            if (rtl) {
                // an Urdu table reads from the right: its first column (S.No) on the right
                tblPr.addNewBidiVisual().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
            }
            var names = matrix.headings();
            var headerRow = table.getRow(0);
            headerRow.setRepeatHeader(true);
            headerRow.setCantSplitRow(true);
            for (int c = 0; c < names.size(); c++) {
                var cell = headerRow.getCell(c);
                cell.setColor("D9D9D9");
                cell.setWidth(Integer.toString(WIDTHS[c]));
                cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                fill(cell, names.get(c), true, rtl);
            }
            for (int r = 0; r < matrix.rows().size(); r++) {
                var cells = matrix.rows().get(r).cells();
                var row = table.getRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.getCell(c);
                    cell.setWidth(Integer.toString(WIDTHS[c]));
                    cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                    fill(cell, cells.get(c) == null ? "" : cells.get(c), false, false);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The comments matrix could not be written", e);
        }
    }

    /**
     * A cell's text, one paragraph per line, right to left where the line reads so or where {@code rtl} says (an
     * Urdu heading that starts with a Latin word, "NSMCWG کا مؤقف", is still an Urdu heading).
     */
    private static void fill(XWPFTableCell cell, String text, boolean bold, boolean rtlAlways) {
        var lines = text.split("\n", -1);
        var first = cell.getParagraphs().getFirst();
        for (int i = 0; i < lines.length; i++) {
            var p = i == 0 ? first : cell.addParagraph();
            p.setSpacingAfter(0);
            var rtl = rtlAlways || MatrixText.rightToLeft(lines[i]);
            if (rtl) {
                (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            var run = run(p, lines[i], bold, 9);
            if (rtl) {
                var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                rPr.addNewRtl();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        var run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setFontFamily(URDU_FONT, XWPFRun.FontCharRange.cs);
        run.setText(text);
        return run;
    }

    /** A line of the document's frame, right to left in an Urdu matrix. */
    private static XWPFRun line(XWPFParagraph p, String text, boolean bold, int size, boolean rtl) {
        if (rtl) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
        }
        var run = run(p, text, bold, size);
        if (rtl) {
            (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewRtl();
        }
        return run;
    }

    private static void bidi(XWPFParagraph p, String text) {
        if (MatrixText.rightToLeft(text)) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
        }
    }
}
