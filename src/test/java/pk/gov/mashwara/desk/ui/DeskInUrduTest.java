package pk.gov.mashwara.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The desk in Urdu names the action due in Urdu (the rule book's English titles are translated by action name),
 * and its dates are kept whole inside the right-to-left row.
 */
class DeskInUrduTest extends UiTest {

    @Autowired
    DirectoryService directory;

    @Test
    void the_action_due_and_the_dates_read_as_urdu() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Desk in Urdu"));
        Fixtures.as(officer, () -> directory.changeMyLanguage("ur"));

        signIn(fixtures.load(officer.getUsername()));
        navigate("desk", Component.class);
        var view = (DeskView) getCurrentView();
        var grid = test(view.waiting);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (((DeskItem) grid.getRow(i)).draftId() == draft.id()) {
                row = i;
            }
        }
        assertThat(row).as("the draft waits for the officer").isNotNegative();

        var action = grid.getCellText(row, 2);
        assertThat(action).contains("منظور کر کے این ایس ایم سی ڈبلیو جی کو بھیجیں")
                .doesNotContain("Approve and submit");
        var since = grid.getCellText(row, 3);
        assertThat(since).startsWith(String.valueOf(Bidi.LRI)).endsWith(String.valueOf(Bidi.PDI));
        assertThat(Bidi.strip(since)).matches("\\d{2}/\\d{2}/\\d{4}");
    }
}
