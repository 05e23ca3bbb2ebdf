package pk.gov.mashwara.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.ui.ReaderView;

/** The comments matrix in the review panel: the downloads for every reader, the recording for the committee. */
class MatrixPanelTest extends UiTest {

    static final String TEXT = "Rule 1. A platform shall publish its community guidelines in Urdu and English.\n\n"
            + "Rule 2. A platform shall remove content within six hours of a lawful order.\n";

    @Autowired
    VersionTexts texts;

    ReviewPanel open(long id, MashwaraUser user) {
        signIn(user);
        navigate("drafts/" + id + "/versions/1/text", ReaderView.class);
        return find(ReviewPanel.class).single();
    }

    @Test
    void the_committee_records_a_received_matrix_and_its_threads_say_where_they_came_from() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Matrix panel"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());

        var panel = open(id, fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        assertThat(panel.matrixXlsx.getElement().getTextRecursively()).isEqualTo("Comments matrix (XLSX)");
        assertThat(panel.matrixDocx.getHref()).isNotBlank();
        assertThat(panel.recordMatrix.isVisible()).as("a member records no matrix").isFalse();

        panel = open(id, officer);
        assertThat(panel.recordMatrix.isVisible()).isTrue();
        test(panel.recordMatrix).click();
        var dialog = find(MatrixDialog.class).single();
        dialog.received("not a workbook".getBytes());
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).startsWith("This file is not an Excel workbook");
        assertThat(find(ThreadCard.class, panel.list).all()).isEmpty();

        dialog.receivedOn.setValue(LocalDate.of(2026, 11, 30));
        dialog.received(xlsx(List.of(List.of("within six hours", "Twenty-four hours is workable.", "within twenty-four hours",
                "A. Khan (Law Division)"), List.of("a clause that is not there", "General point.", "", "B. Ali (MoFA)"))));
        assertThat(dialog.problem.isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, dialog.outcome).single().getText()).isEqualTo("Recorded 2 comments, 1 of them on the passage they quote.");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class, dialog.outcome).single().getText())
                .startsWith("Row 3: the passage “a clause that is not there” was not found");
        test(find(Button.class, dialog).id("matrix-close")).click();
        var cards = find(ThreadCard.class, panel.list).all();
        assertThat(cards).hasSize(2);
        assertThat(cards).allSatisfy(card -> assertThat(card.getElement().getOuterHTML())
                .contains("Recorded from a matrix received on 30/11/2026: "));
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Matrix");
            var header = sheet.createRow(0);
            var headings = List.of("Existing text", "Comment", "Proposed text", "Commenter and organisation");
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
