package pk.gov.mashwara.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a progress report as an editable Word document (Apache POI), landscape A4: the reference, classification
 * and diary number in the header of every page and "Page X of Y" in the footer, the covering letter, then the table
 * of directions (its first row repeated on each page), then what changed since the last report.
 */
final class ProgressReportDocx {

    private ProgressReportDocx() {
    }

    static byte[] write(ProgressReportDocument report) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle((report.consolidated() ? "Consolidated progress report: " : "Progress report: ") + report.subject());
            document.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            landscape(document);
            var header = document.createHeader(HeaderFooterType.DEFAULT);
            var h1 = header.createParagraph();
            h1.setAlignment(ParagraphAlignment.CENTER);
            run(h1, report.classification().toUpperCase(Locale.ENGLISH), true, 9);
            var h2 = header.createParagraph();
            h2.setAlignment(ParagraphAlignment.RIGHT);
            run(h2, "Ref. " + report.reference() + "   ·   " + (report.diaryNumber() == null
                    ? "Draft: not yet signed off" : "Diary No. " + report.diaryNumber()), false, 9);
            var footer = document.createFooter(HeaderFooterType.DEFAULT);
            var f = footer.createParagraph();
            f.setAlignment(ParagraphAlignment.CENTER);
            run(f, report.classification().toUpperCase(Locale.ENGLISH) + "   ·   Page ", false, 9);
            f.getCTP().addNewFldSimple().setInstr("PAGE");
            run(f, " of ", false, 9);
            f.getCTP().addNewFldSimple().setInstr("NUMPAGES");

            if (report.covering()) {
                covering(document, report);
            }

            var heading = document.createParagraph();
            heading.setSpacingAfter(120);
            run(heading, ProgressReportText.tableHeading(report), true, 12);
            if (!report.covering()) {
                var compiled = document.createParagraph();
                compiled.setSpacingAfter(120);
                run(compiled, ProgressReportText.compiledBy(report), false, 9).setItalic(true);
            }
            table(document, report);
            if (report.previous() != null) {
                var changes = document.createParagraph();
                changes.setSpacingBefore(240);
                run(changes, "Changes since the report of " + report.previous(), true, 12);
                if (report.changes().isEmpty()) {
                    text(document, "Nothing has changed since that report.");
                }
                for (var change : report.changes()) {
                    text(document, "•  " + change);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The progress report could not be written", e);
        }
    }

    /** The covering letter from the reporting office to the issuing office, on a page of its own. */
    private static void covering(XWPFDocument document, ProgressReportDocument report) {
        centered(document, "GOVERNMENT OF PAKISTAN", true, 11, 0);
        centered(document, report.fromOffice(), true, 11, 240);
        var numbers = document.createParagraph();
        run(numbers, "No. " + (report.diaryNumber() == null ? "……………… (diary number)" : report.diaryNumber()),
                true, 11);
        run(numbers, "\t\t\t\t\t\t\tDated: " + report.dated(), false, 11);
        numbers.setSpacingAfter(240);
        var to = document.createParagraph();
        run(to, "To:  ", true, 11);
        run(to, "The " + report.toOffice() + ", Islamabad.", false, 11);
        var subject = document.createParagraph();
        subject.setSpacingAfter(240);
        run(subject, "Subject:  ", true, 11);
        run(subject, "PROGRESS REPORT: " + report.subject(), true, 11)
                .setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        text(document, "Please refer to " + report.letterLine() + " on the subject noted above.");
        text(document, report.consolidated()
                ? "2.  The progress recorded by each office that acts on the directions of that letter, for the "
                        + "period from " + report.period() + ", is compiled in the enclosed table, one row for "
                        + "each office on each direction."
                : "2.  The progress made by the " + report.fromOffice() + " on the directions of that letter, "
                        + "for the period from " + report.period() + ", is given in the enclosed table.");
        if (report.previous() != null) {
            text(document, "3.  What has changed since our report of " + report.previous()
                    + " is shown in the table's last column and listed after it.");
        }
        text(document, (report.previous() == null ? "3" : "4") + ".  This is submitted for information, please.");
        var sign = document.createParagraph();
        sign.setAlignment(ParagraphAlignment.RIGHT);
        sign.setSpacingBefore(480);
        run(sign, report.signatory() == null ? "(not yet signed off)" : report.signatory(), true, 11);
        var office = document.createParagraph();
        office.setAlignment(ParagraphAlignment.RIGHT);
        run(office, report.fromOffice(), false, 11);
        office.createRun().addBreak(BreakType.PAGE);
    }

    /** The headers of the table's columns. */
    static List<String> headers(ProgressReportDocument report) {
        var headers = new ArrayList<>(List.of("S.No", "Direction", "Time line", "Action by", "Status",
                "Progress in the period", "Evidence (SHA-256)", "Remarks", "Overdue days"));
        if (report.previous() != null) {
            headers.add("Changes since " + report.previous());
        }
        return headers;
    }

    private static void table(XWPFDocument document, ProgressReportDocument report) {
        var headers = headers(report);
        var table = document.createTable(report.rows().size() + 1, headers.size());
        table.setWidth("100%");
        var first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int i = 0; i < headers.size(); i++) {
            cell(first.getCell(i), headers.get(i), true);
        }
        for (int r = 0; r < report.rows().size(); r++) {
            var row = report.rows().get(r);
            var line = table.getRow(r + 1);
            line.setCantSplitRow(false);
            cell(line.getCell(0), row.number(), true);
            cell(line.getCell(1), row.direction(), false);
            cell(line.getCell(2), row.timeline(), false);
            cell(line.getCell(3), row.actionBy(), false);
            cell(line.getCell(4), row.status(), false);
            cell(line.getCell(5), row.progress(), false);
            var evidence = line.getCell(6);
            if (row.evidence().isEmpty()) {
                cell(evidence, "—", false);
            } else {
                var p = evidence.getParagraphs().getFirst();
                for (int i = 0; i < row.evidence().size(); i++) {
                    var file = row.evidence().get(i);
                    if (i > 0) {
                        p = evidence.addParagraph();
                    }
                    run(p, file.fileName(), true, 8);
                    var sha = evidence.addParagraph();
                    run(sha, "SHA-256 " + file.sha256(), false, 7);
                }
            }
            cell(line.getCell(7), row.remarks(), false);
            cell(line.getCell(8), row.overdueDays() > 0 ? Long.toString(row.overdueDays()) : "—", row.overdueDays() > 0);
            if (report.previous() != null) {
                cell(line.getCell(9), row.changed(), false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        var p = cell.getParagraphs().getFirst();
        run(p, text == null ? "" : text, bold, 8);
        if (text != null && text.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF)) {
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.getCTPPr().addNewBidi();
        }
    }

    private static void landscape(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1080));
        margins.setBottom(BigInteger.valueOf(1080));
        margins.setLeft(BigInteger.valueOf(1080));
        margins.setRight(BigInteger.valueOf(1080));
        margins.setHeader(BigInteger.valueOf(500));
        margins.setFooter(BigInteger.valueOf(500));
    }

    private static void centered(XWPFDocument document, String text, boolean bold, int size, int after) {
        var p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(after);
        run(p, text, bold, size);
    }

    private static void text(XWPFDocument document, String text) {
        var p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        run(p, text, false, 11);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        var run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Times New Roman");
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
