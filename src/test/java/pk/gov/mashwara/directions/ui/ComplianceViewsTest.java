package pk.gov.mashwara.directions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;

import pk.gov.mashwara.directions.ComplianceLetter;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.Rag;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directions.TimelineKind;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * Registering a letter in its form (refusals said under the field of the direction they are about, nothing lost;
 * the letter's file kept with its SHA-256; "All Ministries/Divisions" as addressee and as the bodies that act), and
 * the compliance dashboard showing the letter's directions in their colours.
 */
class ComplianceViewsTest extends UiTest {

    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @Autowired
    LetterService letters;
    @Autowired
    DirectoryService directory;

    @Test
    void the_monitor_is_offered_the_form_and_its_refusals_are_said_under_their_fields_keeping_what_was_entered() throws Exception {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        signIn(monitor);
        var register = navigate(LettersView.class);
        assertThat(register.register).isNotNull();
        test(find(Button.class).withId("register-letter").single()).click();
        var form = find(RegisterLetterDialog.class).single();
        assertThat(form.office.getValue().code()).isEqualTo("PMO");
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        test(form.reference).setValue(reference);
        test(form.priority).selectItem("Most Immediate");
        test(form.toAll).click();
        test(form.namedCopies).setValue("JS to SPM\nPS to Minister for IT");
        var first = form.rows.getFirst();
        test(first.text).setValue("Share every draft on social media with the NSMCWG.");
        first.kind.setValue(TimelineKind.BY_DATE);
        var pta = directory.committees().stream().filter(c -> c.code().equals("PTA")).findFirst().orElseThrow();
        var moit = directory.committees().stream().filter(c -> c.code().equals("MOIT")).findFirst().orElseThrow();
        first.lead.setValue(moit);
        first.supporting.setValue(java.util.Set.of(pta));

        // a time line "by a date" without the date: said under the first direction's date
        test(form.saveButton()).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(first.byDate.isInvalid()).isTrue();
        first.byDate.setValue(LocalDate.now(PKT).plusDays(30));
        // no subject: said under the subject
        test(form.saveButton()).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.subject.isInvalid()).isTrue();
        test(form.subject).setValue("Social media: directions " + reference);
        // what was entered is all still there
        assertThat(first.text.getValue()).startsWith("Share every draft");
        assertThat(first.lead.getValue().code()).isEqualTo("MOIT");
        assertThat(form.toAll.getValue()).isTrue();

        // complete now: the letter is registered and the form closes
        test(form.saveButton()).click();
        var invalid = new java.util.ArrayList<String>();
        form.fields().forEach((k, v) -> { if (v.isInvalid()) invalid.add(k + ": " + v.getErrorMessage()); });
        first.fields().forEach((k, v) -> { if (v.isInvalid()) invalid.add("row " + k + ": " + v.getErrorMessage()); });
        assertThat(invalid).as("fields said to be wrong").isEmpty();
        assertThat(form.isOpened()).as("the form closes; problem shown: %s", find(com.vaadin.flow.component.html.Paragraph.class).withId("form-problem").all().stream().map(p -> p.getText()).toList()).isFalse();
        assertThat(form.registeredId).isPositive();
        var registered = Fixtures.as(monitor, () -> letters.letter(form.registeredId));
        assertThat(registered.letter().reference()).isEqualTo(reference);
        assertThat(registered.directions()).hasSize(1);
        assertThat(registered.addressees()).extracting(a -> a.name()).contains("All Ministries/Divisions");
    }

    @Test
    void a_committee_is_not_offered_the_form() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        assertThat(navigate(LettersView.class).register).isNull();
        assertThat(find(Button.class).withId("register-letter").all()).isEmpty();
    }

    @Test
    void the_dashboard_shows_each_direction_in_its_colour() {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var today = LocalDate.now(PKT);
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        var pta = fixtures.committee("PTA");
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                today.minusDays(40), "Dashboard test " + reference, null, null, false, null, null,
                List.of(NewAddressee.body(pta, null)),
                List.of(new NewDirection("1", "Overdue direction.", null, Timeline.byDate(today.minusDays(5)), "PTA",
                        false, pta, List.of(), List.of(), List.of()),
                        new NewDirection("2", "Later direction.", null, Timeline.byDate(today.plusDays(5)), "PTA",
                                false, pta, List.of(), List.of(), List.of()))),
                null));
        signIn(monitor);
        var view = navigate(ComplianceView.class);
        assertThat(view.history.getSrc()).isNotBlank();
        var index = view.shown.stream().map(ComplianceLetter::letterId).toList().indexOf(letter.letter().id());
        assertThat(index).isNotNegative();
        var grid = test(view.grids.get(index));
        assertThat(grid.size()).isEqualTo(2);
        assertThat(((ComplianceLetter.Direction) grid.getRow(0)).rag()).isEqualTo(Rag.RED);
        assertThat(((ComplianceLetter.Direction) grid.getRow(1)).rag()).isEqualTo(Rag.AMBER);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Red");
        // a row opens its direction
        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(DirectionView.class);
    }
}
