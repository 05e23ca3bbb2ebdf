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

import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.LetterDetails;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.LetterSummary;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The directions' pages without a browser: the register lists the letter, the letter's page its directions and
 * cascade, the office records its receipt and forwards the letter, the acting body records progress with evidence,
 * and a body that does not act does not find the direction.
 */
class DirectionsViewsTest extends UiTest {

    @Autowired
    LetterService letters;

    private LetterDetails letter(MashwaraUser monitor) {
        var pta = fixtures.committee("PTA");
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        return Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                LocalDate.now(ZoneId.of("Asia/Karachi")), "Views test " + reference, null, null, false, null, null,
                List.of(NewAddressee.body(pta, "Chairman, PTA")),
                List.of(new NewDirection("1", "Share the drafts with the NSMCWG.", null, Timeline.immediate(), "PTA",
                        false, pta, List.of(), List.of(), List.of()),
                        new NewDirection("B", "Review the defamation laws.", null, Timeline.within(1, Timeline.Unit.MONTHS),
                                "Ministry of Law", false, fixtures.committee("LAW"), List.of(), List.of(), List.of()))),
                null));
    }

    @Test
    void the_register_the_letter_and_a_direction_follow_the_office_through_receipt_forwarding_and_progress()
            throws Exception {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var letter = letter(monitor);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        signIn(officer);

        var register = navigate(LettersView.class);
        var rows = test(register.grid);
        var listed = new java.util.ArrayList<LetterSummary>();
        for (var i = 0; i < rows.size(); i++) {
            listed.add((LetterSummary) rows.getRow(i));
        }
        assertThat(listed).extracting(LetterSummary::id).contains(letter.letter().id());

        var page = navigate("directions/letters/" + letter.letter().id(), LetterView.class);
        // the PTA sees the direction it acts on, not the Law Division's
        var directions = test(page.directions);
        assertThat(directions.size()).isEqualTo(1);
        assertThat(((DirectionInfo) directions.getRow(0)).label()).isEqualTo("1");
        assertThat(page.letter.unacknowledged()).extracting(b -> b.code()).containsExactly("PTA");

        test(find(com.vaadin.flow.component.button.Button.class).withId("record-receipt").single()).click();
        var receipt = find(LetterDialogs.Receipt.class).single();
        test(receipt.diary).setValue("3334");
        test(receipt.saveButton()).click();
        assertThat(receipt.isOpened()).isFalse();
        assertThat(page.letter.unacknowledged()).isEmpty();
        assertThat(page.letter.cascade().receipts()).extracting(r -> r.diaryNumber()).containsExactly("3334");

        test(find(com.vaadin.flow.component.button.Button.class).withId("forward-letter").single()).click();
        var forward = find(LetterDialogs.Forward.class).single();
        // no addressee: refused in the dialog, nothing forwarded
        test(forward.reference).setValue("No. 14-2/2026-PTA");
        test(forward.saveButton()).click();
        assertThat(forward.isOpened()).isTrue();
        test(forward.named).setValue("Director (Web Analysis)");
        test(forward.saveButton()).click();
        assertThat(forward.isOpened()).isFalse();
        assertThat(page.letter.cascade().forwarded()).singleElement()
                .satisfies(n -> assertThat(n.letter().reference()).isEqualTo("No. 14-2/2026-PTA"));

        var directionId = letter.directions().stream().filter(d -> d.label().equals("1")).findFirst().orElseThrow().id();
        var direction = navigate("directions/" + directionId, DirectionView.class);
        test(find(com.vaadin.flow.component.button.Button.class).withId("add-progress").single()).click();
        var form = find(ProgressForm.class).single();
        form.status.setValue(ProgressStatus.DONE);
        test(form.done).setValue("Drafts shared through the portal.");
        // done without evidence is refused under the form, and nothing is recorded
        test(form.saveButton()).click();
        assertThat(form.isOpened()).isTrue();
        var file = File.createTempFile("evidence", ".txt");
        Files.writeString(file.toPath(), "List of drafts shared with the NSMCWG.");
        form.received("drafts-shared.txt", file);
        test(form.saveButton()).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(direction.page.entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ProgressStatus.DONE);
            assertThat(e.evidence()).singleElement().satisfies(f -> assertThat(f.file().fileName())
                    .isEqualTo("drafts-shared.txt"));
            // the PTA leads: its officer's report confirms it at once
            assertThat(e.confirmedBy()).isEqualTo(officer.getUsername());
        });
        assertThat(direction.page.direction().status()).isEqualTo(ProgressStatus.DONE);
    }

    @Test
    void the_secretary_compiles_and_signs_off_the_consolidated_report_the_monitor_only_downloads_it() {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var pta = fixtures.committee("PTA");
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(10), "Consolidated " + reference, null, null, true,
                null, null, List.of(NewAddressee.body(pta, "Chairman, PTA")),
                List.of(new NewDirection("1", "Share the drafts with the NSMCWG.", null, Timeline.immediate(), "PTA",
                        false, pta, List.of(), List.of(), List.of()))), null));
        var letterId = letter.letter().id();

        signIn(monitor);
        navigate("directions/letters/" + letterId, LetterView.class);
        var section = find(ProgressReportsSection.class).single();
        var all = section.body.getListDataView().getItems().filter(b -> b.code().equals(ProgressReports.CONSOLIDATED))
                .findFirst().orElseThrow();
        assertThat(all.name()).isEqualTo("All acting offices (consolidated)");
        section.body.setValue(all);
        // the issuing office reads the statement; it does not sign off a report to itself
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("report-sign-off").all()).isEmpty();

        signIn(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
        navigate("directions/letters/" + letterId, LetterView.class);
        section = find(ProgressReportsSection.class).single();
        assertThat(section.body.isVisible()).isTrue();
        var consolidated = section.body.getListDataView().getItems()
                .filter(b -> b.code().equals(ProgressReports.CONSOLIDATED)).findFirst().orElseThrow();
        test(section.body).selectItem(consolidated.name());
        var sign = find(com.vaadin.flow.component.button.Button.class).withId("report-sign-off").single();
        assertThat(sign.isVisible()).isTrue();
        test(sign).click();
        var dialog = find(ProgressReportsSection.SignOff.class).single();
        test(dialog.diary).setValue("NSMCWG/D-12");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        var history = test(find(ProgressReportsSection.class).single().history);
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 1)).isEqualTo("All offices, compiled by NSMCWG");
        assertThat(history.getCellText(0, 2)).isEqualTo("NSMCWG/D-12");
    }

    @Test
    void a_body_that_does_not_act_is_sent_back_to_the_register() {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var letter = letter(monitor);
        signIn(fixtures.user("PEMRA", Role.COMMITTEE_OFFICER));
        var directionId = letter.directions().getFirst().id();
        navigate("directions/" + directionId, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LettersView.class);
        var rows = test(((LettersView) getCurrentView()).grid);
        for (var i = 0; i < rows.size(); i++) {
            assertThat(((LetterSummary) rows.getRow(i)).id()).isNotEqualTo(letter.letter().id());
        }
    }
}
