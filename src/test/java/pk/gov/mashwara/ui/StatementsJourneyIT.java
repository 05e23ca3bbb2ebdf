package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.support.Fixtures;

/**
 * Direction 5 in a real browser at 1366×768: the PTA's officer proposes a statement; the NSMCWG secretary reads it
 * and finds no button to issue it; the spokesperson issues it as a press release from the dialog; every signed-in
 * user finds it in the register. A screenshot of each step is saved under target/screenshots/statements-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class StatementsJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StatementService statements;

    @Test
    void a_statement_is_proposed_read_by_the_secretary_and_issued_by_the_spokesperson() throws Exception {
        var proposer = fixtures.namedUser("pta.officer", "PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.namedUser("nsmcwg.secretary", "NSMCWG", Role.NSMCWG_SECRETARY);
        var speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        var reader = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var occasion = Fixtures.unique("PTA's meeting with TikTok");
        var base = "http://localhost:" + port;

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            // 1. the PTA's officer proposes
            Journeys.signIn(browser, port, proposer);
            browser.driver.get(base + "/statements");
            Journeys.click(browser, By.id("propose-statement"));
            browser.type("#statement-occasion", occasion);
            browser.type("#statement-company", "TikTok");
            browser.type("#statement-text-en", "The PTA met TikTok's regional team on the removal of unlawful content.");
            browser.screenshot("statements-1-propose");
            // a real click, as the officer's: it takes the focus from the text, whose value goes to the server on
            // leaving the field (a script's click would save the form without the text just typed)
            browser.find(By.id("save-statement")).click();
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/statements/\\d+$"));
            var page = browser.driver.getCurrentUrl();
            browser.settle();
            assertThat(browser.driver.findElements(By.id("issue-statement"))).isEmpty();
            Journeys.signOut(browser);

            // 2. the secretary reads it: no button to issue, decline or edit
            Journeys.signIn(browser, port, secretary);
            browser.driver.get(page);
            browser.find(By.id("statement-revisions"));
            assertThat(browser.driver.getPageSource()).contains(occasion);
            assertThat(browser.driver.findElements(By.id("issue-statement"))).as("only the spokesperson or MoIT issues")
                    .isEmpty();
            browser.screenshot("statements-2-secretary-reads");
            Journeys.signOut(browser);

            // 3. the spokesperson issues it as a press release
            Journeys.signIn(browser, port, speaker);
            browser.driver.get(page);
            Journeys.click(browser, By.id("issue-statement"));
            // the channel: a press release
            Journeys.choose(browser, "issue-channel", "Press release");
            browser.screenshot("statements-3-issue-dialog");
            Journeys.click(browser, By.id("confirm-issue"));
            browser.find(By.id("issue-hash"));
            assertThat(browser.find(By.id("issue-hash")).getText()).contains("SHA-256");
            browser.screenshot("statements-4-issued");
            Journeys.signOut(browser);

            // 4. anyone signed in finds it in the register
            Journeys.signIn(browser, port, reader);
            browser.driver.get(base + "/statements");
            browser.find(By.id("issued-statements"));
            browser.wait.until(d -> d.getPageSource().contains("TikTok's regional team"));
            browser.screenshot("statements-5-register");
            // the final text has room to be read and the page does not scroll sideways, in English and in Urdu, at
            // 1366 and at 1024 pixels
            registerFits(browser, 320);
            Journeys.signOut(browser);
            Journeys.language(browser, "اردو", "ur");
            Journeys.signIn(browser, port, reader);
            browser.driver.get(base + "/statements");
            browser.wait.until(d -> d.getPageSource().contains("TikTok's regional team"));
            registerFits(browser, 320);
            // the English text in an Urdu cell keeps its own direction: laid out left to right, full stop at its end
            assertThat(browser.js("""
                    const cell = [...document.querySelectorAll('#issued-statements vaadin-grid-cell-content')]
                        .find(c => c.textContent.includes("TikTok's regional team"));
                    return getComputedStyle(cell).direction === 'rtl' && cell.textContent.startsWith('\u2068');
                    """)).isEqualTo(true);
            browser.screenshot("statements-6-register-urdu");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
            // below 1280 pixels the record's check gives its room to the text
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "return [...document.querySelectorAll('#issued-statements vaadin-grid-column')].some(c => c.hidden)")));
            browser.settle();
            registerFits(browser, 150);
            browser.screenshot("statements-7-register-urdu-1024");
        }
        assertThat(Fixtures.as(reader, () -> statements.issued())).anyMatch(s -> s.occasion().equals(occasion));
    }

    /** The register's final-text cells are at least {@code minWidth} pixels wide and no page or grid scrolls sideways. */
    private static void registerFits(BrowserSupport browser, int minWidth) {
        browser.settle();
        @SuppressWarnings("unchecked")
        var measured = (java.util.Map<String, Object>) browser.js("""
                const grid = document.getElementById('issued-statements');
                const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes("TikTok's regional team"));
                const table = grid.shadowRoot.querySelector('#table');
                const tables = [...document.querySelectorAll('vaadin-grid')].map(g => g.shadowRoot.querySelector('#table'));
                return { text: cell.assignedSlot.parentElement.getBoundingClientRect().width,
                         page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                         grid: Math.max(...tables.map(t => t.scrollWidth - t.clientWidth)) };
                """);
        assertThat(((Number) measured.get("text")).doubleValue()).as("width of the final text").isGreaterThanOrEqualTo(minWidth);
        assertThat(((Number) measured.get("page")).longValue()).as("page scrolls sideways").isLessThanOrEqualTo(0);
        assertThat(((Number) measured.get("grid")).longValue()).as("a grid scrolls sideways").isLessThanOrEqualTo(0);
    }
}
