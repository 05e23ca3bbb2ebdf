package pk.gov.mashwara.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import pk.gov.mashwara.desk.ui.DeskView;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.engagement.EngagementDetails;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.EngagementSummary;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/** The engagement pages without a browser: the list and its dialog, an engagement's page, the commitments, the desk. */
class EngagementViewsTest extends UiTest {

    @Autowired
    EngagementService engagements;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    EngagementDetails logged(MashwaraUser by, String subject, String body) {
        return Fixtures.as(by, () -> engagements.log(new NewEngagement("Google", EngagementKind.MEETING,
                today().minusDays(10), subject, null, "The focal person", "Google's policy team", "A liaison office",
                "An office in Islamabad", null, "7", "No. 1(1)/AS-II/2021", List.of(body))));
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> rows(Grid<T> grid, UiTest test) {
        var tester = test.test(grid);
        var rows = new ArrayList<T>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add((T) tester.getRow(i));
        }
        return rows;
    }

    @Test
    void a_member_logs_an_engagement_from_the_list_and_a_refusal_is_said_under_its_field() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        signIn(member);
        var view = navigate(EngagementListView.class);
        test(find(Button.class).withId("log-engagement").single()).click();
        var dialog = find(EngagementDialog.class).single();
        dialog.company.setValue(dialog.company.getListDataView().getItems()
                .filter(c -> c.name().equals("TikTok")).findFirst().orElseThrow());
        test(dialog.ourParticipants).setValue("NSMCWG focal person");
        test(dialog.topics).setValue("Moderation in Urdu");
        test(dialog.saveButton()).click();
        // no subject: said under the field, the dialog stays open with what was entered
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(dialog.topics.getValue()).isEqualTo("Moderation in Urdu");

        var subject = Fixtures.unique("TikTok moderation meeting");
        test(dialog.subject).setValue(subject);
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(EngagementView.class);
        assertThat(((EngagementView) getCurrentView()).details.subject()).isEqualTo(subject);

        // the list shows it, and the company filter keeps or leaves it out
        view = navigate(EngagementListView.class);
        assertThat(rows(view.grid, this)).extracting(EngagementSummary::subject).contains(subject);
        view.company.setValue(view.company.getListDataView().getItems().filter(c -> c.name().equals("Google"))
                .findFirst().orElseThrow());
        assertThat(rows(view.grid, this)).extracting(EngagementSummary::subject).doesNotContain(subject);
    }

    @Test
    void a_body_party_to_an_engagement_reads_it_without_the_buttons_to_change_it_and_another_is_told_it_is_not_there() {
        var focal = fixtures.focalPerson();
        var e = logged(focal, Fixtures.unique("PTA party meeting"), "PTA");
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        navigate("engagements/" + e.id(), EngagementView.class);
        assertThat(find(Button.class).withId("add-commitment").all()).isEmpty();
        assertThat(find(DocumentUpload.class).all()).isEmpty();
        assertThat(find(Button.class).withId("log-engagement").all()).isEmpty();
        assertThat(((EngagementView) getCurrentView()).details.topics()).isEqualTo("A liaison office");

        signIn(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER));
        var other = navigate("engagements/" + e.id(), EngagementView.class);
        assertThat(other.details).isNull();
        assertThat(other.getElement().getTextRecursively()).contains("There is no engagement");
    }

    @Test
    void the_lead_adds_a_commitment_and_its_owner_follows_it_up_from_the_desk_overdue_first() {
        var nsa = fixtures.user("NSD", Role.NSA_LEAD);
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var e = logged(nsa, Fixtures.unique("NSA meeting"), "PTA");
        signIn(nsa);
        var page = navigate("engagements/" + e.id(), EngagementView.class);
        test(find(Button.class).withId("add-commitment").single()).click();
        var dialog = find(CommitmentDialog.class).single();
        dialog.owner.setValue("PTA");
        var what = Fixtures.unique("Send the list of pending requests");
        test(dialog.description).setValue(what);
        dialog.dueOn.setValue(today().minusDays(3));
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        var shown = rows(page.commitments, this);
        assertThat(shown).extracting(CommitmentInfo::description).containsExactly(what);
        assertThat(shown.getFirst().overdue()).isTrue();
        Fixtures.as(nsa, () -> engagements.addCommitment(e.id(), new NewCommitment(null, "Later", today().plusDays(3))));

        // the commitments page: overdue first
        var list = navigate(CommitmentsView.class);
        var all = rows(list.grid, this);
        assertThat(all.getFirst().overdue()).isTrue();
        assertThat(all).filteredOn(CommitmentInfo::overdue).extracting(CommitmentInfo::description).contains(what);

        // on the PTA officer's desk; "Done" with a note takes it off
        signIn(ptaOfficer);
        var desk = navigate(DeskView.class);
        var part = find(OverdueCommitmentsPart.class).single();
        assertThat(part.isVisible()).isTrue();
        var deskRows = rows(part.grid, this);
        var row = deskRows.indexOf(deskRows.stream().filter(c -> c.description().equals(what)).findFirst().orElseThrow());
        var actions = test(part.grid).getCellComponent(row, 4);
        test((Button) actions.getChildren().findFirst().orElseThrow()).click();
        var followUp = find(FollowUpDialog.class).single();
        test(followUp.note).setValue("Sent by e-mail");
        test(followUp.saveButton()).click();
        assertThat(followUp.isOpened()).isFalse();
        assertThat(desk).isNotNull();
        var after = navigate(CommitmentsView.class);
        assertThat(rows(after.grid, this)).filteredOn(c -> c.description().equals(what))
                .extracting(CommitmentInfo::status).containsExactly(CommitmentStatus.DONE);
    }
}
