package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.SuggestionVerdict;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Suggested wording to the comments matrix in a real browser: a member suggests wording on a passage, the committee
 * accepts it, the committee's drafter uploads the next version on the draft page, it carries the wording and the
 * page says so; the secretary downloads the matrix from the
 * review panel, in English and in Urdu. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class MatrixJourneyIT {

    static final String TEXT = "1. Platforms shall keep complaint records for three years.\n\n"
            + "2. Records shall be shared with the Authority on request.\n\n"
            + "3. پلیٹ فارم شکایات کا ریکارڈ رکھیں گے۔\n";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewService review;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;
    @Autowired
    pk.gov.mashwara.draft.DraftService drafts;

    /** The secretary returns the submitted draft for revision (its drafter uploads the revised text in the browser). */
    void returnForRevision(long draftId) {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        Fixtures.as(secretary, () -> routing.act(draftId, "return-for-revision", drafts.get(draftId).version(),
                "Please revise as agreed."));
    }

    @Test
    void a_suggestion_accepted_and_carried_by_the_next_version_reaches_the_matrix() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Complaint records rules"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(id, 1).isFinal());
        var reader = "http://localhost:" + port + "/drafts/" + id + "/versions/";

        try (var browser = BrowserSupport.start()) {
            // a member proposes wording for the passage
            Journeys.signIn(browser, port, member);
            browser.driver.get(reader + "1/text");
            browser.find(By.cssSelector(".reader-paragraphs p"));
            browser.js("""
                    const quote = 'for three years';
                    for (const p of document.querySelectorAll('.reader-paragraphs p')) {
                      const node = p.firstChild; const at = node && node.textContent.indexOf(quote);
                      if (node && node.nodeType === 3 && at >= 0) {
                        const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + quote.length);
                        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                        p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                        return;
                      }
                    }
                    throw new Error('quote not found');
                    """);
            Journeys.click(browser, By.id("review-comment-selection"));
            Journeys.click(browser, By.id("review-suggest"));
            browser.visible(By.xpath("//vaadin-select-item[normalize-space(.)='Replace the passage with']")).click();
            browser.type("#review-wording", "for two years");
            browser.type("#review-new-comment", "Three years is too long for small firms.");
            Journeys.click(browser, By.id("review-start"));
            browser.find(By.cssSelector(".suggestion-redline .redline-inserted"));
            browser.screenshot("matrix-01-member-suggests");
            var card = browser.find(By.cssSelector(".thread-card"));
            long threadId = Long.parseLong(card.getAttribute("id").substring("thread-".length()));
            Journeys.signOut(browser);

            // the committee accepts it
            Journeys.signIn(browser, port, officer);
            browser.driver.get(reader + "1/text?thread=" + threadId);
            Journeys.click(browser, By.id("resolve-" + threadId));
            browser.find(By.id("accepted-wording"));
            browser.screenshot("matrix-02-committee-accepts");
            Journeys.click(browser, By.id("confirm-decision"));
            await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as(officer, () -> review.thread(threadId)).status()
                    == pk.gov.mashwara.review.ThreadStatus.RESOLVED);

            Journeys.signOut(browser);

            // returned for revision, the committee's drafter uploads the next version on the draft page; once its
            // text is read the page says the accepted wording is in it
            returnForRevision(id);
            var revised = Files.createTempFile("complaint-records-v2-", ".txt");
            Files.writeString(revised, TEXT.replace("for three years", "for two years"));
            Journeys.signIn(browser, port, drafter);
            var page = "http://localhost:" + port + "/drafts/" + id;
            browser.driver.get(page);
            var upload = browser.find(By.id("version-upload"));
            browser.screenshot("matrix-03-drafter-before-upload");
            browser.inShadow(upload, "input[type=file]").sendKeys(revised.toAbsolutePath().toString());
            browser.wait.until(d -> browser.find(By.id("versions-grid")).getText().contains(revised.getFileName().toString()));
            assertThat(browser.driver.findElements(By.id("version-upload-error"))).noneMatch(e -> e.isDisplayed());
            browser.screenshot("matrix-04-drafter-uploaded");
            // the verdict is written in the background once the text is read: the drafter looks again until it shows
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3)).until(() -> {
                browser.driver.get(page);
                browser.find(By.id("versions-grid"));
                browser.settle();
                var verdicts = browser.driver.findElements(By.id("suggestions-verdicts"));
                // numbers are isolated left to right (U+2066 … U+2069) so that they read the same in Urdu
                return !verdicts.isEmpty() && verdicts.getFirst().getText().replaceAll("[\u2066-\u2069]", "")
                        .contains("1 incorporated");
            });
            assertThat(browser.find(By.id("suggestions-verdicts")).getText().replaceAll("[\u2066-\u2069]", ""))
                    .contains("1 incorporated", "0 not found");
            assertThat(Fixtures.as(drafter, () -> drafts.get(id)).versions()).hasSize(2);
            assertThat(Fixtures.as(officer, () -> review.acceptedSuggestions(id))).singleElement()
                    .satisfies(s -> assertThat(s.verdict()).isEqualTo(SuggestionVerdict.INCORPORATED));
            browser.screenshot("matrix-05-draft-page-incorporated");
            Journeys.signOut(browser);

            // the secretary downloads the matrix from the review panel
            Journeys.signIn(browser, port, secretary);
            browser.driver.get(reader + "1/text?thread=" + threadId);
            var xlsx = browser.find(By.id("review-matrix-xlsx"));
            browser.find(By.id("review-matrix-docx"));
            assertThat(browser.find(By.id("review-record-matrix")).isDisplayed()).isTrue();
            assertThat(browser.find(By.cssSelector("#thread-" + threadId + " .suggestion-verdict")).getText())
                    .isEqualTo("Incorporated in v2");
            browser.screenshot("matrix-06-secretary-panel");
            @SuppressWarnings("unchecked")
            var fetched = (Map<String, Object>) browser.asyncJs("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0].href, { credentials: 'same-origin' }).then(async r => done({ status: r.status,
                        type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
                        size: (await r.arrayBuffer()).byteLength })).catch(e => done({ status: -1, type: String(e) }));
                    """, xlsx);
            assertThat(fetched.get("status")).isEqualTo(200L);
            assertThat((String) fetched.get("type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat((String) fetched.get("disposition")).contains("-matrix-v1.xlsx");
            assertThat((Long) fetched.get("size")).isGreaterThan(3000L);
            Journeys.click(browser, By.id("review-record-matrix"));
            browser.find(By.id("matrix-upload"));
            browser.screenshot("matrix-07-record-dialog");
            Journeys.click(browser, By.id("matrix-close"));

            Journeys.signOut(browser);
            Journeys.language(browser, "اردو", "ur");
            Journeys.signIn(browser, port, secretary);
            browser.driver.get(reader + "1/text?thread=" + threadId);
            assertThat(browser.find(By.id("review-matrix-xlsx")).getText()).contains("تبصروں کا میٹرکس");
            browser.screenshot("matrix-08-secretary-panel-urdu");
        }
    }
}
