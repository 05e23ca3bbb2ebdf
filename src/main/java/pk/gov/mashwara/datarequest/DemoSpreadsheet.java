package pk.gov.mashwara.datarequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet MoIT answers the demo's data request with: complaints of unlawful online content, a summary sheet,
 * one by platform and one by month, written with Apache POI as a real XLSX workbook.
 */
final class DemoSpreadsheet {

    private DemoSpreadsheet() {
    }

    static byte[] complaints() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            sheet(workbook, "Summary", new Object[][] {
                    { "Year", "Complaints received", "Referred to PTA", "Content removed", "Pending" },
                    { 2024, 18432, 15107, 11268, 389 },
                    { 2025, 21975, 18820, 14391, 702 },
                    { 2026, 9614, 8120, 5873, 1544 } });
            sheet(workbook, "By platform", new Object[][] {
                    { "Platform", "Complaints", "Removed", "Removal rate" },
                    { "Facebook", 16820, 12905, "76.7%" },
                    { "YouTube", 9241, 6380, "69.0%" },
                    { "X (Twitter)", 8810, 4402, "50.0%" },
                    { "TikTok", 11306, 9175, "81.2%" },
                    { "Instagram", 2689, 2066, "76.8%" },
                    { "Telegram", 1155, 604, "52.3%" } });
            sheet(workbook, "By month 2026", new Object[][] {
                    { "Month", "Complaints", "Removed" },
                    { "January", 1388, 871 }, { "February", 1204, 760 }, { "March", 1452, 902 },
                    { "April", 1317, 811 }, { "May", 1493, 902 }, { "June", 1386, 829 }, { "July", 1374, 798 } });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sheet(Workbook workbook, String name, Object[][] rows) {
        var sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                var cell = row.createCell(c);
                if (rows[r][c] instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(rows[r][c]));
                }
            }
        }
    }
}
