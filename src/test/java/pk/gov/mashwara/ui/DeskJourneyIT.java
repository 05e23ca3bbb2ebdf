package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * Each role signs in and finds on its desk what it must do, at a laptop's 1366×768, in English and in Urdu. The
 * screenshots (desk-&lt;role&gt;-en/ur) go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class DeskJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions threads;
    @Autowired
    RoutingService routing;
    @Autowired
    DirectoryService directory;
    @Autowired
    AuditLog audit;

    @Test
    void every_role_finds_its_work_on_its_desk_in_english_and_urdu() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var focal = fixtures.focalPerson();
        var auditor = fixtures.user(null, Role.AUDITOR);
        var admin = fixtures.user(null, Role.ADMIN);

        // awaiting the officer's approval
        var awaitingTitle = Fixtures.unique("Telecom Consumer Protection Regulations");
        fixtures.draftAwaitingApproval(drafter, awaitingTitle);
        // open for comments, with a reply to the member's comment
        long review = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Social Media Rules (Amendment)"),
                "Every significant platform shall appoint a grievance officer resident in Pakistan.").id();
        Fixtures.as(secretary, () -> windows.setDeadline(review, Instant.now().plus(Duration.ofDays(6))));
        var thread = Fixtures.as(member, () -> threads.start(new NewThread(review, 1, null,
                "Should the officer be resident, or only reachable?", false)));
        Fixtures.as(secretary, () -> threads.reply(thread.id(), thread.comments().getFirst().id(),
                "Resident: the committee explains why in its note on rule 4."));
        // awaiting clearance
        long clearance = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Online Safety Policy")).id();
        Fixtures.as(secretary, () -> windows.setDeadline(clearance, Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(15)).until(() -> Fixtures.as(secretary, () -> routing.routing(clearance))
                .actions().stream().anyMatch(a -> a.name().equals("close-review") && a.possibleNow()));
        fixtures.act(secretary, clearance, "close-review");
        fixtures.composeInput(secretary, clearance);
        fixtures.act(secretary, clearance, "send-for-clearance");
        // a verification for the auditor's desk
        Fixtures.as(auditor, () -> audit.verifyAndRecord());

        var desks = new LinkedHashMap<String, MashwaraUser>();
        desks.put("officer", officer);
        desks.put("secretary", secretary);
        desks.put("member", member);
        desks.put("focal", focal);
        desks.put("auditor", auditor);
        desks.put("admin", admin);
        var expected = new LinkedHashMap<String, String>();
        expected.put("officer", "desk-waiting");
        expected.put("secretary", "desk-waiting");
        expected.put("member", "desk-reviews");
        expected.put("focal", "desk-waiting");
        expected.put("auditor", "desk-latest-verification");
        expected.put("admin", "desk-admin");

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            for (var language : new String[] { "en", "ur" }) {
                for (var entry : desks.entrySet()) {
                    var user = entry.getValue();
                    Fixtures.as(user, () -> directory.changeMyLanguage(language));
                    Journeys.signIn(browser, port, user);
                    browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
                    var part = browser.find(By.id(expected.get(entry.getKey())));
                    switch (entry.getKey()) {
                        case "officer" -> browser.wait.until(d -> part.getText().contains(awaitingTitle));
                        case "member" -> browser.wait.until(d -> part.getText().contains("Social Media Rules"));
                        case "focal" -> browser.wait.until(d -> part.getText().contains("Online Safety Policy"));
                        default -> {
                        }
                    }
                    browser.settle();
                    browser.screenshot("desk-" + entry.getKey() + "-" + language);
                    Journeys.signOut(browser);
                }
            }
        }
        assertThat(BrowserSupport.SCREENSHOTS.resolve("desk-admin-ur.png")).exists();
    }
}
