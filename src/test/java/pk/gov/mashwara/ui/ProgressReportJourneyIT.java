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
import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.ReportEvery;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * A reporting office's officer opens a letter whose fortnightly progress report is overdue, signs its report off on
 * the letter page and records it as sent, in a real Chromium at 1366×768, in English and Urdu; the screenshots
 * (progress-report-*) go to target/screenshots; then the NSMCWG's secretary signs off the consolidated report of
 * every acting office.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProgressReportJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressReports reports;
    @Autowired
    DirectoryService directory;

    @Test
    void the_officer_signs_off_the_report_and_records_it_sent() throws Exception {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var pemra = fixtures.committee("PEMRA");
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 4) + "/AS-II/2026";
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                today.minusDays(40), "MEETING – SOCIAL MEDIA COORDINATION", null, Priority.IMMEDIATE, true, null,
                "Additional Secretary-II", List.of(NewAddressee.body(pemra, "Chairman, PEMRA")),
                List.of(new NewDirection("1", "Share the drafts touching social media with the NSMCWG for input.",
                        "Immediate", Timeline.immediate(), "PEMRA", false, pemra, List.of(), List.of(), List.of()),
                        new NewDirection("2", "Propose the rules for content on television's social media pages.",
                                "1 month", Timeline.within(1, Timeline.Unit.MONTHS), "PEMRA", false, pemra,
                                List.of(), List.of(), List.of()))),
                null));
        var letterId = letter.letter().id();
        Fixtures.as(officer, () -> progress.record(letter.directions().getFirst().id(), new NewProgress(
                today.minusDays(3), ProgressStatus.DONE, "Drafts shared with the NSMCWG through the portal.", null,
                100, null, null, false, List.of(new EvidenceFile("pemra-drafts-shared.txt",
                        () -> new java.io.ByteArrayInputStream("List of drafts".getBytes()))))));
        Fixtures.as(monitor, () -> reports.schedule(letterId, ReportEvery.FORTNIGHTLY, today.minusDays(20)));

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            for (var language : new String[] { "en", "ur" }) {
                Fixtures.as(officer, () -> directory.changeMyLanguage(language));
                Journeys.signIn(browser, port, officer);
                browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
                browser.driver.get("http://localhost:" + port + "/directions/letters/" + letterId);
                var section = browser.find(By.id("progress-reports"));
                browser.wait.until(d -> !browser.find(By.id("report-due")).getText().isBlank());
                if (language.equals("en")) {
                    assertThat(browser.find(By.id("report-due")).getText()).contains("overdue by 6 days");
                    browser.js("arguments[0].scrollIntoView()", section);
                    browser.screenshot("progress-report-due-en");
                    var sign = browser.find(By.id("report-sign-off"));
                    browser.js("arguments[0].scrollIntoView({block: 'center'})", sign);
                    sign.click();
                    browser.type("#sign-off-diary", "PEMRA/D-1925");
                    browser.find(By.id("sign-off-confirm")).click();
                    browser.wait.until(d -> browser.find(By.id("report-history")).getText().contains("PEMRA/D-1925"));
                } else {
                    var id = Fixtures.as(officer, () -> reports.overview(letterId)).reports().getFirst().id();
                    var record = browser.find(By.id("record-sent-" + id));
                    browser.js("arguments[0].scrollIntoView({block: 'center'})", record);
                    browser.settle();
                    record.click();
                    browser.find(By.id("sent-confirm")).click();
                    browser.wait.until(d -> d.findElements(By.id("record-sent-" + id)).isEmpty());
                }
                browser.js("arguments[0].scrollIntoView()", browser.find(By.id("progress-reports")));
                browser.screenshot("progress-report-letter-" + language);
                Journeys.signOut(browser);
            }
            // the NSMCWG's secretary compiles every acting office's progress into one report and signs it off
            var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
            Fixtures.as(secretary, () -> directory.changeMyLanguage("en"));
            Journeys.signIn(browser, port, secretary);
            browser.driver.get("http://localhost:" + port + "/directions/letters/" + letterId);
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("report-body")));
            browser.settle();
            Journeys.choose(browser, "report-body", "All acting offices (consolidated)");
            Journeys.click(browser, By.id("report-sign-off"));
            browser.type("#sign-off-diary", "NSMCWG/D-41");
            browser.find(By.id("sign-off-confirm")).click();
            browser.wait.until(d -> browser.find(By.id("report-history")).getText().contains("NSMCWG/D-41"));
            assertThat(browser.find(By.id("report-history")).getText()).contains("All offices, compiled by NSMCWG");
            browser.js("arguments[0].scrollIntoView()", browser.find(By.id("progress-reports")));
            browser.screenshot("progress-report-consolidated-en");
            Journeys.signOut(browser);
            // the same page in Urdu: the choice and the kept report named in Urdu, nothing left in English
            Fixtures.as(secretary, () -> directory.changeMyLanguage("ur"));
            Journeys.signIn(browser, port, secretary);
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang")));
            browser.driver.get("http://localhost:" + port + "/directions/letters/" + letterId);
            browser.wait.until(d -> browser.find(By.id("report-history")).getText().contains("NSMCWG/D-41"));
            assertThat(browser.find(By.id("report-history")).getText()).contains("تمام دفاتر، مرتب کردہ")
                    .doesNotContain("All offices");
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("report-body")));
            browser.settle();
            Journeys.choose(browser, "report-body", "تمام عمل کرنے والے دفاتر");
            browser.js("arguments[0].scrollIntoView()", browser.find(By.id("progress-reports")));
            browser.screenshot("progress-report-consolidated-ur");
            Journeys.signOut(browser);
        }
        var overview = Fixtures.as(officer, () -> reports.overview(letterId));
        // the office sees its own report, not the consolidated one (that shows other offices' evidence)
        assertThat(overview.reports()).singleElement().satisfies(r -> {
            assertThat(r.diaryNumber()).isEqualTo("PEMRA/D-1925");
            assertThat(r.sentOn()).isEqualTo(today);
            assertThat(r.intact()).isTrue();
        });
        assertThat(BrowserSupport.SCREENSHOTS.resolve("progress-report-letter-ur.png")).exists();
    }
}
