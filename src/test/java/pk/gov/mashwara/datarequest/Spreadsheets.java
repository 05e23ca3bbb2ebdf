package pk.gov.mashwara.datarequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real spreadsheets for the tests, written with Apache POI; and a damaged one. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** A workbook of three sheets: "Budget" (4 rows), "Staff" (3 rows) and "Notes" (20 rows). */
    public static byte[] threeSheets() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            DemoSpreadsheet.sheet(workbook, "Budget", new Object[][] { { "Head", "2025", "2026" },
                    { "Salaries", 1200, 1350 }, { "Equipment", 300, 275.5 }, { "Training", 80, 95 } });
            DemoSpreadsheet.sheet(workbook, "Staff", new Object[][] { { "Wing", "Officers" }, { "Cyber", 42 },
                    { "Legal", 7 } });
            var notes = new Object[20][];
            for (int i = 0; i < 20; i++) {
                notes[i] = new Object[] { "Note " + (i + 1) };
            }
            DemoSpreadsheet.sheet(workbook, "Notes", notes);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook above with its first sheet's XML cut in half: its content types still say XLSX (so the type is
     * detected as one and the file accepted), but no reader can open the sheet.
     */
    public static byte[] damaged() {
        try (var in = new ZipInputStream(new ByteArrayInputStream(threeSheets()));
                var bytes = new ByteArrayOutputStream(); var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                var content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).substring(0, content.length / 2)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
