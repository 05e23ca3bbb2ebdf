package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Two people in two browsers on the same draft at the same time: what one writes reaches the other's open
 * reader and bell without either reloading the page. Here the pages poll (the default);
 * {@link ReviewTwoBrowsersPushIT} runs the same with server push.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReviewTwoBrowsersIT {

    /** Both the panel and the bell look every 15 seconds; allow for a slow machine beyond that. */
    static final Duration NOTICED = Duration.ofSeconds(45);

    /** How long a change may take to reach the other browser. */
    Duration noticed() {
        return NOTICED;
    }

    /** Checks what the browser asked to learn of a change (nothing to check when polling). */
    void asked(BrowserSupport browser, String what) {
    }

    /** Forgets the browser's requests so far; {@link #uidlRequests} counts those made since. */
    static void forgetRequests(BrowserSupport browser) {
        browser.js("performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings();");
    }

    static long uidlRequests(BrowserSupport browser) {
        return ((Number) browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=uidl')).length;")).longValue();
    }

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewService review;

    @Test
    void a_comment_in_one_browser_appears_in_the_other_with_a_notification_and_the_reply_comes_back_nested()
            throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.namedUser("pta.officer", "PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.namedUser("nsmcwg.member", "NSMCWG", Role.NSMCWG_MEMBER);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Two browsers"),
                ReviewJourneyIT.V1).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var reader = "http://localhost:" + port + "/drafts/" + draftId + "/versions/1/text";

        try (var memberBrowser = BrowserSupport.start(); var drafterBrowser = BrowserSupport.start()) {
            Journeys.signIn(memberBrowser, port, member);
            Journeys.signIn(drafterBrowser, port, drafter);
            memberBrowser.driver.get(reader);
            drafterBrowser.driver.get(reader);
            memberBrowser.find(By.id("review-panel"));
            drafterBrowser.find(By.id("review-panel"));
            // The named users may have notifications from other tests of this run: count from here
            var drafterUnread = Integer.parseInt(unread(drafterBrowser));
            var memberUnread = Integer.parseInt(unread(memberBrowser));
            forgetRequests(drafterBrowser);

            Journeys.comment(memberBrowser, "transparency report every six months",
                    "Six months is long; quarterly reports would serve users better.");
            var thread = only(member, draftId);

            // The drafter did nothing: the thread appears in the open reader, the bell counts it
            var seen = new WebDriverWait(drafterBrowser.driver, noticed());
            seen.until(d -> !d.findElements(By.id("thread-" + thread.id())).isEmpty());
            seen.until(d -> Integer.toString(drafterUnread + 1).equals(unread(drafterBrowser)));
            asked(drafterBrowser, "the new thread and its notice");
            assertThat(drafterBrowser.find(By.id("thread-" + thread.id())).getText()).contains("quarterly reports");
            assertThat(drafterBrowser.driver.findElements(By.cssSelector(".reader-passage"))).isNotEmpty();
            drafterBrowser.screenshot("review-two-01-drafter-sees-new-thread" + suffix());

            Journeys.click(drafterBrowser, By.id("reply-" + thread.opening().id()));
            drafterBrowser.type("#thread-" + thread.id() + " .comment-editor vaadin-text-area",
                    "We will consider quarterly reports for the largest platforms.");
            Journeys.click(drafterBrowser, By.id("send-reply-" + thread.opening().id()));
            forgetRequests(memberBrowser);
            await().atMost(Duration.ofSeconds(20)).until(() -> only(member, draftId).comments().size() == 2);
            var reply = only(member, draftId).comments().get(1);

            // The member sees the reply nested under their comment, and a notification of it
            var back = new WebDriverWait(memberBrowser.driver, noticed());
            back.until(d -> !d.findElements(By.cssSelector("#thread-" + thread.id() + " [data-comment='" + reply.id()
                    + "']")).isEmpty());
            back.until(d -> Integer.toString(memberUnread + 1).equals(unread(memberBrowser)));
            asked(memberBrowser, "the reply and its notice");
            var nested = memberBrowser.find(By.cssSelector("#thread-" + thread.id() + " [data-comment='" + reply.id() + "']"));
            assertThat(nested.getAttribute("data-depth")).isEqualTo("1");
            assertThat(nested.getText()).contains("largest platforms");
            memberBrowser.screenshot("review-two-02-member-sees-reply" + suffix());

            memberBrowser.driver.findElement(By.id("notification-bell")).click();
            memberBrowser.find(By.id("notifications-grid"));
            assertThat(memberBrowser.find(By.id("notifications-grid")).getText()).contains("replied");
            memberBrowser.screenshot("review-two-03-member-notifications" + suffix());
        }
    }

    private String suffix() {
        return this instanceof ReviewTwoBrowsersPushIT ? "-pushed" : "";
    }

    private ThreadView only(MashwaraUser user, long draftId) {
        var threads = Fixtures.as(user, () -> review.threads(draftId, 1));
        assertThat(threads).hasSize(1);
        return threads.getFirst();
    }

    private static String unread(BrowserSupport browser) {
        // With nothing unread the badge is hidden and may hold no text at all
        var found = browser.driver.findElements(By.cssSelector(".notification-count"));
        if (found.isEmpty() || !found.getFirst().isDisplayed()) {
            return "0";
        }
        return found.getFirst().getAttribute("textContent").strip();
    }
}
