package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.AnchorState;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadStatus;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The review in a real browser: a member selects passages in the reader and comments, the PTA's drafter
 * replies, the secretary accepts one point, a new version comes and the open thread is carried forward to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReviewJourneyIT {

    static final String V1 = """
            Social Media (Protection of Users) Rules, 2026

            Rule 3. Every platform shall appoint a grievance officer resident in Pakistan and publish the officer's name.

            Rule 4. A complaint shall be acknowledged within twenty-four hours and decided within seven days.

            Rule 5. Platforms shall publish a transparency report every six months.
            """;
    static final String V2 = """
            Social Media (Protection of Users) Rules, 2026

            Rule 3. Every platform shall appoint a grievance officer resident in Pakistan and publish the officer's name and address.

            Rule 4. A complaint shall be acknowledged within forty-eight hours and decided within seven days.

            Rule 5. Platforms shall publish a transparency report every six months.
            """;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;
    @Autowired
    ReviewService review;

    @Test
    void a_member_comments_the_committee_replies_the_secretary_accepts_and_a_new_version_carries_the_open_thread()
            throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.namedUser("pta.officer", "PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.namedUser("nsmcwg.member", "NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.namedUser("nsmcwg.secretary", "NSMCWG", Role.NSMCWG_SECRETARY);
        var draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Protection of Users Rules"), V1).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var reader = "http://localhost:" + port + "/drafts/" + draftId + "/versions/";

        try (var browser = BrowserSupport.start()) {
            signIn(browser, member);
            browser.driver.get(reader + "1/text");
            browser.find(By.id("review-panel"));
            comment(browser, "acknowledged within twenty-four hours", "Twenty-four hours is too short for small platforms.");
            browser.screenshot("review-01-member-comments");
            comment(browser, "publish the officer's name", "Should the address not be published too?");
            assertThat(threads(member, draftId, 1)).hasSize(2);
            signOut(browser);

            signIn(browser, drafter);
            browser.driver.get(reader + "1/text");
            var first = thread(member, draftId, 1, "twenty-four");
            click(browser, By.id("reply-" + first.opening().id()));
            browser.type("#thread-" + first.id() + " .comment-editor vaadin-text-area", "We can accept forty-eight hours.");
            click(browser, By.id("send-reply-" + first.opening().id()));
            browser.wait.until(d -> thread(member, draftId, 1, "twenty-four").comments().size() == 2);
            browser.screenshot("review-02-committee-replies");
            signOut(browser);

            signIn(browser, secretary);
            browser.driver.get(reader + "1/text");
            click(browser, By.id("resolve-" + first.id()));
            browser.visible(By.id("confirm-decision")).click();
            browser.wait.until(d -> thread(member, draftId, 1, "twenty-four").status() == ThreadStatus.RESOLVED);
            browser.screenshot("review-03-secretary-accepts");
            signOut(browser);

            Fixtures.as(secretary, () -> routing.act(draftId, "return-for-revision", drafts.get(draftId).version(),
                    "Please revise Rules 3 and 4 as discussed."));
            fixtures.textVersion(drafter, draftId, V2);
            await().atMost(Duration.ofSeconds(60)).until(() -> threads(member, draftId, 2).size() == 1);

            signIn(browser, drafter);
            browser.driver.get(reader + "2/text");
            var carried = threads(member, draftId, 2).getFirst();
            assertThat(carried.passage().exact()).contains("publish the officer's name");
            assertThat(carried.placement()).isIn(AnchorState.ANCHORED, AnchorState.MOVED);
            var card = browser.find(By.id("thread-" + carried.id()));
            assertThat(card.getText()).contains("From v1 to v2");
            assertThat(browser.driver.findElements(By.cssSelector(".reader-passage"))).isNotEmpty();
            browser.screenshot("review-04-carried-forward");
            assertThat(thread(member, draftId, 1, "twenty-four").resolution().name()).isEqualTo("ACCEPTED");
        }
    }

    private void comment(BrowserSupport browser, String quote, String text) {
        Journeys.comment(browser, quote, text);
    }

    private static void click(BrowserSupport browser, By by) {
        Journeys.click(browser, by);
    }

    private void signIn(BrowserSupport browser, MashwaraUser user) {
        Journeys.signIn(browser, port, user);
    }

    private void signOut(BrowserSupport browser) {
        Journeys.signOut(browser);
    }

    private java.util.List<ThreadView> threads(MashwaraUser user, long draftId, int version) {
        return Fixtures.as(user, () -> review.threads(draftId, version));
    }

    private ThreadView thread(MashwaraUser user, long draftId, int version, String quoted) {
        return threads(user, draftId, version).stream()
                .filter(t -> t.passage() != null && t.passage().exact().contains(quoted)).findFirst().orElseThrow();
    }
}
