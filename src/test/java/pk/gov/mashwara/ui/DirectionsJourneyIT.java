package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.NewReceipt;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * The PMO's monitor opens the register, a letter (directions, cascade with receipts) and a direction (progress with
 * evidence) in a real Chromium at 1366×768, in English and Urdu; the screenshots (directions-*) go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class DirectionsJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    DirectoryService directory;

    @Test
    void the_monitor_reads_the_register_a_letter_and_a_direction() throws Exception {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var pta = fixtures.committee("PTA");
        var law = fixtures.committee("LAW");
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 4) + "/AS-II/2026";
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                today.minusDays(40), "MEETING – SOCIAL MEDIA COORDINATION", null, Priority.IMMEDIATE, true,
                "2. Action may be taken for compliance of the directions as per given timelines.", "Additional Secretary-II",
                List.of(NewAddressee.body(pta, "Chairman, PTA"), new NewAddressee(null, true,
                        "Secretaries, All Ministries/Divisions", false), NewAddressee.copy(null, "JS to SPM")),
                List.of(new NewDirection("1", "All committees shall share their drafts with NSMCWG for input before "
                        + "submission for approval of competent authorities.", "Immediate", Timeline.immediate(), "PTA",
                        false, pta, List.of(law), List.of(), List.of()),
                        new NewDirection("B", "M/O Law to review and propose required amendments to strengthen "
                                + "defamation laws in Pakistan.", "1 month", Timeline.within(1, Timeline.Unit.MONTHS),
                                "Ministry of Law", false, law, List.of(), List.of(), List.of()))),
                new EvidenceFile("letter.txt", () -> new java.io.ByteArrayInputStream("The letter".getBytes()))));
        var letterId = letter.letter().id();
        Fixtures.as(officer, () -> letters.recordReceipt(letterId, new NewReceipt("3334", today.minusDays(38))));
        var directionId = letter.directions().getFirst().id();
        Fixtures.as(officer, () -> progress.record(directionId, new NewProgress(today.minusDays(5),
                ProgressStatus.DONE, "PTA drafts shared with the NSMCWG through the portal.", null, 100, "Shared", null,
                false, List.of(new EvidenceFile("pta-drafts-shared.txt",
                        () -> new java.io.ByteArrayInputStream("List of drafts".getBytes()))))));

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            for (var language : new String[] { "en", "ur" }) {
                Fixtures.as(monitor, () -> directory.changeMyLanguage(language));
                Journeys.signIn(browser, port, monitor);
                browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
                browser.driver.get("http://localhost:" + port + "/directions");
                browser.wait.until(d -> browser.find(By.id("letters-grid")).getText().contains(reference));
                browser.screenshot("directions-register-" + language);
                browser.driver.get("http://localhost:" + port + "/directions/letters/" + letterId);
                browser.wait.until(d -> browser.find(By.id("cascade-tree")).getText().contains("3334"));
                browser.screenshot("directions-letter-" + language);
                browser.driver.get("http://localhost:" + port + "/directions/" + directionId);
                browser.wait.until(d -> browser.find(By.id("direction-entries")).getText().contains("pta-drafts-shared"));
                browser.screenshot("directions-direction-" + language);
                Journeys.signOut(browser);
            }
        }
        assertThat(BrowserSupport.SCREENSHOTS.resolve("directions-letter-ur.png")).exists();
    }
}
