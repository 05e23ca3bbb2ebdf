package pk.gov.mashwara.record.matrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import pk.gov.mashwara.review.MatrixEntry;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;

/**
 * A comments matrix as a spreadsheet (Apache POI): the heading rows, then a header frozen in place with filters,
 * wrapped text and widths fit for each column, Urdu cells right to left. Every cell is a text cell: a cell that
 * starts as a formula would ({@code =}, {@code +}, {@code -}, {@code @}) is also marked quote-prefixed, so that
 * Excel keeps it as text even when someone edits it. Reading takes the first sheet back, its columns found by their
 * headings.
 */
public final class MatrixXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The largest matrix file read, in bytes. */
    public static final int MAX_BYTES = pk.gov.mashwara.review.MatrixRecording.MAX_FILE_BYTES;

    /** Column widths in characters, in the order of {@link Matrix#HEADINGS}. */
    private static final int[] WIDTHS = {6, 8, 18, 40, 45, 40, 26, 16, 13, 30, 36, 22};
    private static final int MAX_CELL = 32_767;
    private static final int EXISTING = 3, COMMENT = 4, PROPOSED = 5, COMMENTER = 6, CATEGORY = 7, SEVERITY = 8;
    private static final Map<String, Integer> HEADING_COLUMNS = headingColumns();
    private static final List<java.util.regex.Pattern> RECORDED_LINE = recordedLines();

    private MatrixXlsx() {
    }

    public static byte[] write(Matrix matrix) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(MatrixText.heading(matrix));
            book.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            var sheet = book.createSheet(Messages.get(matrix.locale(), "matrix.file.sheet"));
            // an Urdu sheet reads from the right: its first column on the right, as an Urdu reader expects
            sheet.setRightToLeft(matrix.rightToLeft());
            var bold = book.createFont();
            bold.setBold(true);
            var titleStyle = book.createCellStyle();
            titleStyle.setFont(bold);
            var header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            if (matrix.rightToLeft()) {
                header.setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
                header.setAlignment(HorizontalAlignment.RIGHT);
                titleStyle.setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
            }
            var styles = new Styles(book);

            int r = 0;
            line(sheet.createRow(r++), MatrixText.heading(matrix), titleStyle, styles);
            line(sheet.createRow(r++), MatrixText.reference(matrix), null, styles);
            line(sheet.createRow(r++), MatrixText.scope(matrix), null, styles);
            var first = r;
            var headings = sheet.createRow(r++);
            var names = matrix.headings();
            for (int c = 0; c < names.size(); c++) {
                var cell = headings.createCell(c, CellType.STRING);
                cell.setCellValue(names.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            for (var row : matrix.rows()) {
                var line = sheet.createRow(r++);
                var cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    var value = cells.get(c) == null ? "" : cells.get(c);
                    if (value.length() > MAX_CELL) {
                        value = value.substring(0, MAX_CELL - 1) + "…";
                    }
                    var cell = line.createCell(c, CellType.STRING);
                    cell.setCellValue(value);
                    cell.setCellStyle(styles.of(value));
                }
            }
            sheet.createFreezePane(0, first + 1);
            sheet.setAutoFilter(new CellRangeAddress(first, Math.max(first, r - 1), 0, Matrix.HEADINGS.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.setRepeatingRows(new CellRangeAddress(first, first, -1, -1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The comments matrix could not be written", e);
        }
    }

    /**
     * The rows of a matrix file: the first row holding the headings "Existing text" and "Comment" (in English or
     * in Urdu) is the header, and the rows below it the entries; each column is found by its heading in either
     * language, so a matrix exported in Urdu reads as one exported in English. The Urdu words the export writes for
     * a deletion or an insertion, and its Urdu "recorded from" line, are read as the English ones. Refused with a message a person can act on when the file is not a
     * spreadsheet, has no such header, or is too large.
     */
    public static List<MatrixEntry> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.onField("file", "error.matrix.noFile");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.onField("file", "error.matrix.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw InvalidInputException.onField("file", "error.matrix.noHeader");
            }
            var sheet = book.getSheetAt(0);
            var formatter = new DataFormatter(Locale.ENGLISH);
            Map<Integer, Integer> columns = null;
            var entries = new ArrayList<MatrixEntry>();
            for (var row : sheet) {
                if (columns == null) {
                    var found = new HashMap<Integer, Integer>();
                    for (var cell : row) {
                        var column = HEADING_COLUMNS.get(key(text(cell, formatter)));
                        if (column != null) {
                            found.putIfAbsent(column, cell.getColumnIndex());
                        }
                    }
                    if (found.containsKey(EXISTING) && found.containsKey(COMMENT)) {
                        columns = found;
                    }
                    continue;
                }
                if (entries.size() > pk.gov.mashwara.review.MatrixRecording.MAX_ROWS * 2) {
                    throw InvalidInputException.onField("file", "error.matrix.tooManyRows", entries.size(),
                            pk.gov.mashwara.review.MatrixRecording.MAX_ROWS);
                }
                var cols = columns;
                java.util.function.IntFunction<String> at = column -> {
                    var c = cols.get(column);
                    return c == null ? null : text(row.getCell(c), formatter);
                };
                entries.add(new MatrixEntry(row.getRowNum() + 1, at.apply(EXISTING), at.apply(COMMENT),
                        proposed(at.apply(PROPOSED)), commenter(at.apply(COMMENTER)), at.apply(CATEGORY),
                        at.apply(SEVERITY)));
            }
            if (columns == null) {
                throw InvalidInputException.onField("file", "error.matrix.noHeader");
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.onField("file", "error.matrix.notXlsx");
        }
    }

    /** The commenter without the line an export adds to a thread recorded from a matrix (in either language). */
    private static String commenter(String cell) {
        if (cell == null) {
            return null;
        }
        var at = cell.lastIndexOf('\n');
        if (at < 0 && RECORDED_LINE.stream().anyMatch(p -> p.matcher(cell.strip()).matches())) {
            return "";
        }
        return at >= 0 && RECORDED_LINE.stream().anyMatch(p -> p.matcher(cell.substring(at + 1).strip()).matches())
                ? cell.substring(0, at) : cell;
    }

    /** A proposal as the importer reads it: the Urdu marks of a deletion or an insertion as the English ones. */
    private static String proposed(String cell) {
        if (cell == null) {
            return null;
        }
        var text = cell.strip();
        var delete = Messages.get(Messages.URDU, "matrix.cell.delete");
        var insert = Messages.get(Messages.URDU, "matrix.cell.insertAfter");
        if (text.equals(delete)) {
            return MatrixEntry.DELETE;
        }
        if (text.startsWith(insert)) {
            return MatrixEntry.INSERT_AFTER + text.substring(insert.length());
        }
        return cell;
    }

    private static String key(String heading) {
        return heading == null ? ""
                : heading.replaceAll("[\\u2066-\\u2069\\u200e\\u200f]", "").strip().replace('’', '\'')
                        .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every heading the export writes, in English and in Urdu, to the index of its column. */
    private static Map<String, Integer> headingColumns() {
        var out = new HashMap<String, Integer>();
        for (var locale : Messages.SUPPORTED) {
            var headings = Matrix.headings(locale);
            for (int c = 0; c < headings.size(); c++) {
                out.putIfAbsent(key(headings.get(c)), c);
            }
        }
        return Map.copyOf(out);
    }

    /** The line "Recorded from a matrix received on …" in each language, the date left open. */
    private static List<java.util.regex.Pattern> recordedLines() {
        return Messages.SUPPORTED.stream().map(locale -> {
            var marker = "\u0000";
            var line = Messages.get(locale, "matrix.cell.recordedFrom", marker).replaceAll("[\\u2066-\\u2069]", "");
            var at = line.indexOf(marker);
            return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(line.substring(0, at)) + ".*"
                    + java.util.regex.Pattern.quote(line.substring(at + marker.length())), java.util.regex.Pattern.DOTALL);
        }).toList();
    }

    /** A cell's text as shown; a formula is taken as written, never evaluated. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return formatter.formatCellValue(cell);
    }

    private static void line(org.apache.poi.xssf.usermodel.XSSFRow row, String text, XSSFCellStyle style, Styles styles) {
        var cell = row.createCell(0, CellType.STRING);
        cell.setCellValue(text);
        cell.setCellStyle(style != null ? style : styles.plain);
    }

    private static void border(XSSFCellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** Four styles: left to right or right to left, each plain or quote-prefixed. */
    private static final class Styles {
        private final XSSFCellStyle plain;
        private final XSSFCellStyle[] body = new XSSFCellStyle[4];

        Styles(XSSFWorkbook book) {
            plain = book.createCellStyle();
            for (int i = 0; i < 4; i++) {
                var style = book.createCellStyle();
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                border(style);
                if ((i & 1) != 0) {
                    style.setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
                    style.setAlignment(HorizontalAlignment.RIGHT);
                }
                style.setQuotePrefixed((i & 2) != 0);
                body[i] = style;
            }
        }

        XSSFCellStyle of(String value) {
            return body[(MatrixText.rightToLeft(value) ? 1 : 0) | (MatrixText.looksLikeFormula(value) ? 2 : 0)];
        }
    }
}
