package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.datarequest.BodyState;
import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.Spreadsheets;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * The secretary asks MoIT and the FIA for data, MoIT's officer finds it on the desk and answers with a workbook, the
 * secretary reads the answer and its sheets, in English and then in Urdu, at a laptop's 1366×768. Screenshots
 * (data-request-*) go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class DataRequestJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataRequestService requests;
    @Autowired
    DirectoryService directory;

    @Test
    void asked_answered_with_a_workbook_and_read_in_english_and_urdu() throws Exception {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var subject = Fixtures.unique("Complaints of unlawful online content");
        var workbook = Files.createTempFile("complaints", ".xlsx");
        Files.write(workbook, Spreadsheets.threeSheets());

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            Journeys.signIn(browser, port, secretary);
            browser.driver.get("http://localhost:" + port + "/data-requests");
            Journeys.click(browser, By.id("new-data-request"));
            browser.type("#dr-subject", subject);
            browser.type("#dr-question", "How many complaints of unlawful online content were received in 2025, by platform?");
            browser.type("#dr-why", "For the NSMCWG's advice on the engagement with the platforms.");
            for (var code : new String[] { "MOIT", "FIA" }) {
                browser.type("#dr-bodies", code);
                browser.visible(By.xpath("//vaadin-multi-select-combo-box-item[starts-with(normalize-space(.),'" + code
                        + " ')]")).click();
            }
            browser.screenshot("data-request-1-ask");
            Journeys.click(browser, By.id("dr-ask"));
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/data-requests/\\d+$"));
            var id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));
            browser.find(By.id("body-fia"));
            browser.screenshot("data-request-2-asked");
            Journeys.signOut(browser);

            Journeys.signIn(browser, port, moit);
            browser.wait.until(d -> browser.find(By.id("desk-data-requests")).getText().contains(subject));
            browser.screenshot("data-request-3-moit-desk");
            browser.driver.get("http://localhost:" + port + "/data-requests/" + id);
            Journeys.click(browser, By.id("act-answer-moit"));
            browser.type("#dr-answer-text", "The figures of the complaint cell are in the workbook.");
            browser.find(By.cssSelector("#dr-answer-text textarea")).sendKeys(org.openqa.selenium.Keys.TAB);
            var upload = browser.find(By.id("dr-answer-files"));
            browser.inShadow(upload, "input[type=file]").sendKeys(workbook.toAbsolutePath().toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "const f = arguments[0].files; return f.length === 1 && f[0].complete === true;", upload)));
            browser.screenshot("data-request-4-answer");
            Journeys.click(browser, By.id("dr-answer-save"));
            browser.wait.until(d -> Fixtures.as(moit, () -> requests.get(id)).bodies().getFirst().status().state()
                    == BodyState.ANSWERED);
            browser.find(By.cssSelector(".datarequest-preview"));
            Journeys.signOut(browser);

            for (var language : new String[] { "en", "ur" }) {
                Fixtures.as(secretary, () -> directory.changeMyLanguage(language));
                Journeys.signIn(browser, port, secretary);
                browser.driver.get("http://localhost:" + port + "/data-requests/" + id);
                browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
                browser.find(By.cssSelector(".datarequest-sheet"));
                browser.wait.until(d -> d.findElements(By.cssSelector(".datarequest-sheet-name")).size() == 3);
                browser.screenshot("data-request-5-answer-" + language);
                browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.find(By.cssSelector(".datarequest-preview")));
                browser.screenshot("data-request-6-preview-" + language);
                browser.driver.get("http://localhost:" + port + "/data-requests");
                browser.find(By.id("data-request-pendency"));
                browser.screenshot("data-request-7-list-" + language);
                Journeys.signOut(browser);
            }
        }
        assertThat(BrowserSupport.SCREENSHOTS.resolve("data-request-6-preview-ur.png")).exists();
    }
}
