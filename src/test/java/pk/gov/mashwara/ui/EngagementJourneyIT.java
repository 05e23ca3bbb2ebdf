package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.engagement.CommitmentFilter;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * The engagement log in a real browser at 1366×768: the NSA's lead finds the liaison-office thread with Google, opens a
 * meeting and records a commitment the PTA owes, already past its day; the PTA's officer, in Urdu, finds it overdue on
 * the desk and marks it done. Screenshots (engagements-*) go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class EngagementJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EngagementService engagements;
    @Autowired
    CommitmentService commitments;
    @Autowired
    DirectoryService directory;

    @Test
    void the_nsa_lead_records_a_commitment_and_the_owing_body_follows_it_up_from_its_desk_in_urdu() throws Exception {
        var nsa = fixtures.user("NSD", Role.NSA_LEAD);
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        var subject = Fixtures.unique("Meeting with Google on the liaison office");
        var meeting = Fixtures.as(nsa, () -> engagements.log(new NewEngagement("Google", EngagementKind.MEETING,
                today.minusDays(12), subject, null, "NSA's lead; NSMCWG focal person; DG PTA",
                "Director, Government Affairs and Public Policy", "The liaison office's mandate and staffing.",
                "A dated plan and a grievance officer resident in Pakistan.", null, "7", "No. 1(1)/AS-II/2021",
                List.of("MOIT"))));
        Fixtures.as(nsa, () -> engagements.addCommitment(meeting.id(), new NewCommitment(null,
                "Share a dated plan for the liaison office.", today.plusDays(20))));
        var what = Fixtures.unique("Send Google the pending blocking requests");

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            Fixtures.as(nsa, () -> directory.changeMyLanguage("en"));
            Journeys.signIn(browser, port, nsa);
            browser.driver.get("http://localhost:" + port + "/engagements");
            browser.wait.until(d -> browser.find(By.id("engagement-grid")).getText().contains(subject));
            browser.settle();
            browser.screenshot("engagements-list-en");

            browser.driver.get("http://localhost:" + port + "/engagements/" + meeting.id());
            browser.find(By.id("engagement-commitments"));
            Journeys.click(browser, By.id("add-commitment"));
            browser.find(By.id("commitment-dialog"));
            // the PTA owes it
            // the list of bodies is longer than the list's window: PTA is below its fold, scrolled to
            Journeys.choose(browser, "commitment-owner", "PTA ·");
            browser.type("#commitment-description", what);
            browser.type("#commitment-due", today.minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.find(By.cssSelector("#commitment-due input")).sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.settle();
            browser.screenshot("engagements-commitment-dialog-en");
            Journeys.click(browser, By.id("commitment-save"));
            browser.wait.until(d -> browser.find(By.id("engagement-commitments")).getText().contains(what));
            browser.settle();
            browser.screenshot("engagements-page-en");
            Journeys.signOut(browser);

            Fixtures.as(ptaOfficer, () -> directory.changeMyLanguage("ur"));
            Journeys.signIn(browser, port, ptaOfficer);
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang")));
            var part = browser.find(By.id("desk-overdue-commitments"));
            browser.wait.until(d -> part.getText().contains(what));
            browser.settle();
            browser.screenshot("engagements-desk-ur");
            var mine = Fixtures.as(ptaOfficer, () -> commitments.list(new CommitmentFilter("PTA", CommitmentStatus.OPEN,
                    true))).stream().filter(c -> c.description().equals(what)).findFirst().orElseThrow();
            Journeys.click(browser, By.id("commitment-done-" + mine.id()));
            browser.type("#follow-up-note", "فہرست ای میل سے بھیج دی گئی");
            Journeys.click(browser, By.id("follow-up-save"));
            browser.wait.until(d -> d.findElements(By.id("follow-up-dialog")).isEmpty());
            browser.driver.get("http://localhost:" + port + "/commitments");
            browser.wait.until(d -> browser.find(By.id("commitment-grid")).getText().contains(what));
            browser.settle();
            browser.screenshot("engagements-commitments-ur");
            Journeys.signOut(browser);
        }
        var after = Fixtures.as(ptaOfficer, () -> commitments.list(new CommitmentFilter("PTA", null, false))).stream()
                .filter(c -> c.description().equals(what)).map(CommitmentInfo::status).toList();
        assertThat(after).containsExactly(CommitmentStatus.DONE);
        assertThat(BrowserSupport.SCREENSHOTS.resolve("engagements-commitments-ur.png")).exists();
    }
}
