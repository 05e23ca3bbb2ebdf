package pk.gov.mashwara.datarequest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.gov.mashwara.datarequest.BodyState;
import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.datarequest.NewDataRequest;
import pk.gov.mashwara.datarequest.Spreadsheets;
import pk.gov.mashwara.desk.ui.DeskView;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/** The pages of data requests without a browser: asking, the buttons each user gets, answering with a workbook. */
class DataRequestViewsTest extends UiTest {

    @Autowired
    DataRequestService requests;

    private long ask(MashwaraUser secretary, String... bodies) {
        return Fixtures.as(secretary, () -> requests.create(new NewDataRequest(Fixtures.unique("Licences"),
                "How many licences were issued?", "For the advice.", FormWanted.TABLE, Classification.RESTRICTED,
                Priority.PRIORITY, 5, "No. 1(1)/AS-II/2021", "4", List.of(bodies))));
    }

    private List<String> buttons() {
        return find(Button.class).all().stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("act-"))
                .toList();
    }

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.text.FileTexts fileTexts;

    @Test
    void the_secretary_asks_from_the_list_and_lands_on_the_request() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        signIn(secretary);
        var list = navigate(DataRequestsView.class);
        test(find(Button.class).id("new-data-request")).click();
        var dialog = find(NewDataRequestDialog.class).single();
        dialog.subject.setValue("Registered digital media outlets");
        dialog.question.setValue("How many outlets are registered, by province?");
        dialog.why.setValue("For the NSMCWG's advice on registration.");
        dialog.bodies.select(dialog.bodies.getListDataView().getItems().filter(c -> c.code().equals("MOIB")
                || c.code().equals("FIA")).toArray(CommitteeInfo[]::new));
        test(dialog.saveButton()).click();
        var id = dialog.created();
        assertThat(id).isPositive();
        var view = (DataRequestView) getCurrentView();
        assertThat(view.content.getElement().getTextRecursively()).contains("Registered digital media outlets",
                "Ministry of Information", "Federal Investigation Agency", "No. 1(1)/AS-II/2021");
        // an empty form is refused under its fields, nothing asked
        signIn(secretary);
        navigate(DataRequestsView.class);
        test(find(Button.class).id("new-data-request")).click();
        var empty = find(NewDataRequestDialog.class).single();
        test(empty.saveButton()).click();
        assertThat(empty.subject.isInvalid()).isTrue();
        assertThat(empty.isOpened()).isTrue();
        assertThat(list).isNotNull();
    }

    @Test
    void each_user_gets_the_buttons_of_their_office_and_a_body_not_asked_gets_nothing() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, "MOIT");

        signIn(moit);
        navigate("data-requests/" + id, DataRequestView.class);
        assertThat(buttons()).containsExactlyInAnyOrder("act-acknowledge-moit", "act-ask-clarification-moit",
                "act-delegate-moit", "act-answer-moit", "act-decline-moit");
        signIn(secretary);
        navigate("data-requests/" + id, DataRequestView.class);
        assertThat(buttons()).containsExactlyInAnyOrder("act-give-clarification-moit", "act-remind-moit");
        signIn(member);
        navigate("data-requests/" + id, DataRequestView.class);
        assertThat(buttons()).isEmpty();
        signIn(pta);
        navigate("data-requests/" + id, DataRequestView.class);
        assertThat(buttons()).isEmpty();
        assertThat(find(Paragraph.class).id("data-request-missing").getText()).contains("was not found");
        signIn(pta);
        var list = navigate(DataRequestsView.class);
        assertThat(list.grid.getListDataView().getItems()).noneMatch(s -> s.id() == id);
    }

    @Test
    void the_body_answers_with_a_workbook_and_its_sheets_are_previewed_on_the_page() throws Exception {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, "MOIT");

        signIn(moit);
        var desk = navigate(DeskView.class);
        assertThat(desk.getElement().getTextRecursively()).contains("Data requests");
        navigate("data-requests/" + id, DataRequestView.class);
        test(find(Button.class).id("act-answer-moit")).click();
        var dialog = find(AnswerDialog.class).single();
        dialog.text.setValue("The figures are attached.");
        File workbook = Files.createTempFile("answer", ".xlsx").toFile();
        Files.write(workbook.toPath(), Spreadsheets.threeSheets());
        dialog.receive("licences.xlsx", workbook);
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(workbook).doesNotExist();

        signIn(secretary);
        var view = navigate("data-requests/" + id, DataRequestView.class);
        assertThat(Fixtures.as(secretary, () -> requests.get(id)).bodies().getFirst().status().state())
                .isEqualTo(BodyState.ANSWERED);
        var sheetNames = find(Span.class).all().stream().map(Span::getText).filter(t -> t.startsWith("Sheet: "))
                .toList();
        assertThat(sheetNames).containsExactly("Sheet: Budget", "Sheet: Staff", "Sheet: Notes");
        @SuppressWarnings("unchecked")
        var first = (Grid<List<String>>) find(Grid.class).all().stream()
                .filter(g -> ((Component) g).getClassNames().contains("datarequest-sheet")).findFirst().orElseThrow();
        assertThat(test(first).getCellText(1, 0)).isEqualTo("Salaries");
        assertThat(view.content.getElement().getTextRecursively()).contains("licences.xlsx", "Answered");
    }

    @Test
    void a_damaged_workbook_says_so_on_the_page() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, "FIA");
        Fixtures.as(fia, () -> requests.answer(id, "FIA", "Table.", false, null, false, List.of(
                new pk.gov.mashwara.datarequest.AnswerUpload("broken.xlsx",
                        () -> new java.io.ByteArrayInputStream(Spreadsheets.damaged())))));
        signIn(secretary);
        navigate("data-requests/" + id, DataRequestView.class);
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("This spreadsheet could not be read"));
        assertThat(find(Button.class).all().stream().map(Button::getText)).contains("broken.xlsx");

        // once its extraction has ended, the page says its text could not be read, and why
        var sha = Fixtures.as(secretary, () -> requests.get(id)).bodies().getFirst().answers().getFirst().files()
                .getFirst().sha256();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .until(() -> fileTexts.states(List.of(sha)).get(sha).status().isFinal());
        var state = fileTexts.states(List.of(sha)).get(sha);
        assertThat(state.status().hasText()).isFalse();
        navigate("data-requests/" + id, DataRequestView.class);
        var note = find(pk.gov.mashwara.text.ui.files.FileTextNote.class).single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getElement().getAttribute("data-status")).isEqualTo(state.status().name());
        assertThat(note.getText()).startsWith("Its text could not be read, so its words do not find this record:");
    }
}
