package pk.gov.mashwara.datarequest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.draft.FileDownload;

/**
 * Reads the first rows of a CSV file (Apache Commons CSV) or of each sheet of an XLSX workbook (Apache POI), never by
 * hand. A file that cannot be read gives a preview that says so; nothing is changed or lost.
 */
final class TablePreviews {

    private static final Logger log = LoggerFactory.getLogger(TablePreviews.class);

    /** How many rows of each sheet are shown. */
    static final int ROWS = 15;
    /** How many columns are shown. */
    static final int COLUMNS = 12;
    /** How many sheets are shown. */
    static final int SHEETS = 10;
    /** The longest cell text shown. */
    static final int CELL = 200;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TablePreviews() {
    }

    /** Whether the file is previewed as a table: an XLSX workbook, or a text file named {@code .csv}. */
    static boolean tabular(String fileName, String mediaType) {
        return XLSX.equals(mediaType) || isCsv(fileName, mediaType);
    }

    private static boolean isCsv(String fileName, String mediaType) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return (mediaType.startsWith("text/")) && (name.endsWith(".csv") || name.endsWith(".tsv"));
    }

    static TablePreview read(FileDownload file) {
        if (!tabular(file.fileName(), file.mediaType())) {
            return TablePreview.notTabular();
        }
        try (var in = new BufferedInputStream(file.open())) {
            return XLSX.equals(file.mediaType()) ? workbook(in) : csv(in, file.fileName());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException
                | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            log.info("Could not preview {} ({}): {}", file.fileName(), file.sha256(), e.toString());
            return TablePreview.failed(XLSX.equals(file.mediaType()) ? "datarequest.preview.badWorkbook"
                    : "datarequest.preview.badCsv");
        } catch (RuntimeException e) {
            // POI reports a damaged part of a workbook in many ways; the file is kept and the reader is told
            log.info("Could not preview {} ({}): {}", file.fileName(), file.sha256(), e.toString());
            return TablePreview.failed(XLSX.equals(file.mediaType()) ? "datarequest.preview.badWorkbook"
                    : "datarequest.preview.badCsv");
        }
    }

    private static TablePreview workbook(InputStream in) throws IOException {
        var formatter = new DataFormatter(Locale.ENGLISH);
        var sheets = new ArrayList<TablePreview.Sheet>();
        try (var workbook = new XSSFWorkbook(in)) {
            for (int s = 0; s < Math.min(workbook.getNumberOfSheets(), SHEETS); s++) {
                var sheet = workbook.getSheetAt(s);
                var rows = new ArrayList<List<String>>();
                int columns = 0;
                boolean more = false;
                for (Row row : sheet) {
                    if (rows.size() == ROWS) {
                        more = true;
                        break;
                    }
                    var cells = new ArrayList<String>();
                    int last = Math.min(Math.max(row.getLastCellNum(), 0), COLUMNS);
                    for (int c = 0; c < last; c++) {
                        var cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                        cells.add(cell == null ? "" : cut(formatter.formatCellValue(cell)));
                    }
                    columns = Math.max(columns, cells.size());
                    rows.add(cells);
                }
                sheets.add(new TablePreview.Sheet(workbook.getSheetName(s), pad(rows, columns), columns, more));
            }
        }
        return new TablePreview(true, sheets, null);
    }

    private static TablePreview csv(InputStream in, String fileName) throws IOException {
        var tab = fileName.toLowerCase(Locale.ROOT).endsWith(".tsv");
        var format = (tab ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setIgnoreEmptyLines(true).get();
        var bomless = BOMInputStream.builder().setInputStream(in).get();
        var rows = new ArrayList<List<String>>();
        int columns = 0;
        boolean more = false;
        try (var parser = format.parse(new InputStreamReader(bomless, StandardCharsets.UTF_8))) {
            for (var record : parser) {
                if (rows.size() == ROWS) {
                    more = true;
                    break;
                }
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.min(record.size(), COLUMNS); c++) {
                    cells.add(cut(record.get(c)));
                }
                columns = Math.max(columns, cells.size());
                rows.add(cells);
            }
        }
        return new TablePreview(true, List.of(new TablePreview.Sheet(fileName, pad(rows, columns), columns, more)), null);
    }

    private static List<List<String>> pad(List<List<String>> rows, int columns) {
        var padded = new ArrayList<List<String>>();
        for (var row : rows) {
            var cells = new ArrayList<>(row);
            while (cells.size() < columns) {
                cells.add("");
            }
            padded.add(cells);
        }
        return padded;
    }

    private static String cut(String text) {
        return text.length() <= CELL ? text : text.substring(0, CELL) + "…";
    }
}
