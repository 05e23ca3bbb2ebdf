package pk.gov.mashwara.datarequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.FileDownload;

/** The preview of tabular answers: real workbooks and CSV files, and damaged ones that say so. */
class TablePreviewsTest {

    private static FileDownload file(String name, String type, byte[] bytes) {
        return new FileDownload(name, type, bytes.length, "0".repeat(64), () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void a_workbook_shows_each_sheet_by_name_with_its_first_rows() {
        var preview = TablePreviews.read(file("figures.xlsx", TablePreviews.XLSX, Spreadsheets.threeSheets()));
        assertThat(preview.tabular()).isTrue();
        assertThat(preview.problem()).isNull();
        assertThat(preview.sheets()).extracting(TablePreview.Sheet::name).containsExactly("Budget", "Staff", "Notes");
        var budget = preview.sheets().getFirst();
        assertThat(budget.columns()).isEqualTo(3);
        assertThat(budget.rows()).hasSize(4);
        assertThat(budget.rows().get(0)).containsExactly("Head", "2025", "2026");
        assertThat(budget.rows().get(2)).containsExactly("Equipment", "300", "275.5");
        assertThat(budget.more()).isFalse();
        var notes = preview.sheets().get(2);
        assertThat(notes.rows()).hasSize(TablePreviews.ROWS);
        assertThat(notes.more()).isTrue();
    }

    @Test
    void a_csv_file_is_read_by_its_rules_quotes_and_commas_included() {
        var csv = "\uFEFFPlatform,Complaints,Note\r\nFacebook,16820,\"removed, mostly\"\r\n\"X (Twitter)\",8810,\"said \"\"no\"\"\"\r\n";
        var preview = TablePreviews.read(file("platforms.csv", "text/plain", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.problem()).isNull();
        assertThat(preview.sheets()).hasSize(1);
        var sheet = preview.sheets().getFirst();
        assertThat(sheet.name()).isEqualTo("platforms.csv");
        assertThat(sheet.rows()).containsExactly(List.of("Platform", "Complaints", "Note"),
                List.of("Facebook", "16820", "removed, mostly"), List.of("X (Twitter)", "8810", "said \"no\""));
    }

    @Test
    void a_damaged_workbook_or_csv_gives_a_message_not_a_failure() {
        var workbook = TablePreviews.read(file("broken.xlsx", TablePreviews.XLSX, Spreadsheets.damaged()));
        assertThat(workbook.tabular()).isTrue();
        assertThat(workbook.sheets()).isEmpty();
        assertThat(workbook.problem()).isEqualTo("datarequest.preview.badWorkbook");

        var csv = TablePreviews.read(file("broken.csv", "text/plain",
                "a,b\n1,\"never closed\n2,3\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(csv.sheets()).isEmpty();
        assertThat(csv.problem()).isEqualTo("datarequest.preview.badCsv");
    }

    @Test
    void other_files_are_not_previewed() {
        var pdf = TablePreviews.read(file("letter.pdf", "application/pdf", new byte[] { 1, 2, 3 }));
        assertThat(pdf.tabular()).isFalse();
        var text = TablePreviews.read(file("notes.txt", "text/plain", "a,b".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.tabular()).isFalse();
    }
}
