package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.DraftTexts;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * A drafter compares two versions in a real browser: from the draft page to the comparison, side by side and
 * inline, English and Urdu paragraphs. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ComparisonJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    VersionTexts versionTexts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;

    @Test
    void a_drafter_opens_the_comparison_from_the_draft_page_and_switches_to_inline() throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var clauses = IntStream.rangeClosed(4, 20).mapToObj(i -> i + ". The Authority may issue guidelines under clause " + i + ".")
                .collect(Collectors.joining("\n\n"));
        var v1 = "1. These regulations may be called the Platform Registration Regulations, 2026.\n\n"
                + "2. A platform with more than one million users in Pakistan shall register within ninety days.\n\n"
                + "3. پلیٹ فارم نوے دن کے اندر رجسٹر ہوں گے اور شکایات کا ریکارڈ رکھیں گے۔\n\n" + clauses + "\n";
        var v2 = "1. These regulations may be called the Platform Registration Regulations, 2026.\n\n"
                + "2. A platform with more than five hundred thousand users in Pakistan shall register within sixty days.\n\n"
                + "2A. A foreign platform shall appoint a representative resident in Pakistan.\n\n"
                + "3. پلیٹ فارم ساٹھ دن کے اندر رجسٹر ہوں گے اور شکایات کا ریکارڈ رکھیں گے۔\n\n"
                + clauses.replace("4. The Authority may issue guidelines under clause 4.",
                        "4. The Authority shall issue binding guidelines under clause 4.")
                + "\n";
        var id = new DraftTexts(drafts, versionTexts, extraction).draft(drafter, v1, v2);
        var base = "http://localhost:" + port;

        try (var browser = BrowserSupport.start()) {
            var driver = browser.driver;
            driver.get(base + "/login");
            browser.find(By.tagName("vaadin-login-form"));
            browser.type("#vaadinLoginUsername", drafter.getUsername());
            browser.type("#vaadinLoginPassword", Fixtures.PASSWORD);
            browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
            browser.find(By.id("desk-waiting"));

            driver.get(base + "/drafts/" + id);
            browser.find(By.id("compare-versions")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/compare"));
            browser.find(By.cssSelector(".diff-row del"));
            browser.screenshot("10-compare-side-by-side");
            assertThat(driver.getCurrentUrl()).contains("from=1").contains("to=2");
            assertThat(browser.find(By.id("diff-summary")).getText()).startsWith("Paragraphs: 3 changed, 1 added");
            // clauses 2 to 4 changed one after another: one place
            assertThat(browser.find(By.id("diff-places")).getText()).isEqualTo("The versions differ in one place.");
            assertThat(driver.findElements(By.cssSelector(".diff-from del"))).extracting(e -> e.getText())
                    .contains("one million", "ninety", "نوے");
            assertThat(driver.findElements(By.cssSelector(".diff-to ins"))).extracting(e -> e.getText())
                    .contains("five hundred thousand", "sixty", "ساٹھ");
            var urdu = browser.find(By.xpath("//div[contains(@class,'diff-to')]/p[contains(., 'پلیٹ')]"));
            assertThat(browser.js("return getComputedStyle(arguments[0]).direction", urdu)).isEqualTo("rtl");

            browser.find(By.xpath("//vaadin-radio-button[.//label[normalize-space(.)='Inline']]")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("mode=inline"));
            browser.find(By.cssSelector(".diff-inline ins"));
            browser.screenshot("11-compare-inline");
            assertThat(driver.findElements(By.cssSelector(".diff-columns")).stream().noneMatch(e -> e.isDisplayed())).isTrue();
        }
    }
}
