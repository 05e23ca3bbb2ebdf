package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.support.Fixtures;

/**
 * The review window in a real browser at 1366×768, in English and in Urdu: the secretary opens the review and is
 * asked, in the same dialog, when comments close (the rule book's period proposed, day first); the draft's page
 * then shows the window, until when and how long is left, with the secretary's controls and what closing does.
 * Screenshots of both are saved under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReviewWindowJourneyIT {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    ReviewService review;

    @Test
    void the_secretary_opens_the_review_with_its_deadline_and_sees_the_window_in_english() throws Exception {
        walk("en", "Open for comments until", "days left");
    }

    @Test
    void the_secretary_opens_the_review_with_its_deadline_and_sees_the_window_in_urdu() throws Exception {
        walk("ur", "تبصروں کے لیے", "دن باقی");
    }

    private void walk(String language, String... windowSays) throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        Fixtures.as(secretary, () -> directory.changeMyLanguage(language));
        var id = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Social Media Grievance Rules")).id();
        var proposed = Fixtures.as(secretary, () -> routing.proposedReviewDeadline());
        var proposedDay = LocalDateTime.ofInstant(proposed, Formats.PKT).format(DAY_FIRST);

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            Journeys.signIn(browser, port, secretary);
            browser.driver.get("http://localhost:" + port + "/drafts/" + id);
            Journeys.click(browser, By.id("action-open-review"));

            // the deadline is asked for in the opening dialog, proposed from the rule book, written day first
            var picker = browser.find(By.id("routing-reviewDeadline"));
            browser.wait.until(d -> proposedDay.equals(browser.js(
                    "return arguments[0].querySelector('vaadin-date-picker, [slot=date-picker]').inputElement.value",
                    picker)));
            assertThat(browser.find(By.id("routing-consequence")).getText()).isNotBlank();
            browser.screenshot("review-window-01-open-dialog-" + language);

            Journeys.click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> Fixtures.as(secretary, () -> drafts.get(id).status()) == DraftStatus.UNDER_REVIEW);
            assertThat(Fixtures.as(secretary, () -> review.window(id)).deadline()).isEqualTo(proposed);

            // the page shows the window with its controls in one place
            var window = browser.find(By.id("review-window-section"));
            browser.wait.until(d -> {
                var text = d.findElement(By.id("review-window-state")).getText();
                return java.util.Arrays.stream(windowSays).allMatch(text::contains) && text.contains(proposedDay);
            });
            assertThat(window.findElements(By.id("window-change"))).hasSize(1);
            assertThat(window.findElements(By.id("action-close-review"))).hasSize(1);
            assertThat(browser.find(By.id("review-window-explained")).getText()).isNotBlank();
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth > window.innerWidth"))
                    .as("no sideways scrolling at 1366 px").isFalse();
            browser.js("arguments[0].scrollIntoView({block: 'center'});", window);
            browser.screenshot("review-window-02-draft-page-" + language);

            // moving the deadline is the same kind of dialog, with the current deadline in it
            Journeys.click(browser, By.id("window-change"));
            browser.find(By.id("window-deadline"));
            Thread.sleep(600); // the dialog fades in
            browser.screenshot("review-window-03-change-deadline-" + language);
        }
    }
}
