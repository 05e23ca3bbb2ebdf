package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.NominationDetails;
import pk.gov.mashwara.directory.NominationStatus;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * Direction 3 in a real browser at 1366×768: a member of the NSMCWG nominates a colleague for focal person, another
 * member supports the nomination, and the secretary records the consensus, the recommendation sent to the PM and the
 * PM's approval; only then is the nominee the focal person, first in the history of focal persons. The secretary's
 * page is also looked at in Urdu. Screenshots: target/screenshots/focal-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class FocalPersonJourneyIT {

    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    FocalPersonService focal;
    @Autowired
    DirectoryService directory;

    @Test
    void a_member_nominates_another_supports_and_the_secretary_carries_it_to_the_pms_approval() throws Exception {
        var previous = fixtures.focalPerson();
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var member2 = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var today = LocalDate.now(PKT);
        var page = "http://localhost:" + port + "/focal-person";
        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));

            // 1. a member nominates a colleague, with a note
            Fixtures.as(member, () -> directory.changeMyLanguage("en"));
            Journeys.signIn(browser, port, member);
            browser.driver.get(page);
            Journeys.click(browser, By.id("nominate"));
            browser.type("#nominee", nominee.displayName());
            browser.visible(By.xpath("//vaadin-combo-box-item[contains(., '" + nominee.displayName() + "')]")).click();
            browser.wait.until(d -> String.valueOf(browser.js("return arguments[0].inputElement.value",
                    d.findElement(By.id("nominee")))).contains(nominee.displayName()));
            note(browser, "Led the talks with the platforms on the liaison office.");
            browser.screenshot("focal-1-nominate");
            browser.find(By.id("nominate-save")).click();
            browser.wait.until(d -> nomination(secretary, nominee) != null);
            browser.wait.until(d -> text(browser, "nominations").contains(nominee.displayName()));
            Journeys.signOut(browser);

            // 2. another member supports it: the nomination is chosen in the list, the view given with a note
            Journeys.signIn(browser, port, member2);
            browser.driver.get(page);
            choose(browser, nominee);
            Journeys.click(browser, By.id("support"));
            note(browser, "Supported: she knows the companies' liaison teams.");
            browser.find(By.id("opinion-save")).click();
            browser.wait.until(d -> nomination(secretary, nominee).supporting() == 1);
            browser.screenshot("focal-2-supported");
            Journeys.signOut(browser);

            // 3. the secretary records the consensus, the recommendation to the PM and the PM's approval
            Fixtures.as(secretary, () -> directory.changeMyLanguage("en"));
            Journeys.signIn(browser, port, secretary);
            // pendency: the nomination waits for the members' views, one given, the others named
            browser.driver.get("http://localhost:" + port + "/pendency?tab=nominations");
            browser.wait.until(d -> String.valueOf(browser.js("var e = document.getElementById(arguments[0]);"
                    + " return e ? e.innerText : ''", "pendency-nominations")).contains(nominee.displayName()));
            assertThat(text(browser, "pendency-nominations")).contains("Members’ views: 1 of ")
                    .contains("Then the secretary’s consensus.");
            browser.screenshot("focal-2b-pendency");
            browser.driver.get(page);
            choose(browser, nominee);
            Journeys.click(browser, By.id("consensus"));
            note(browser, "Consensus at the working group's meeting.");
            browser.find(By.id("consensus-save")).click();
            browser.wait.until(d -> nomination(secretary, nominee).status() == NominationStatus.CONSENSUS);

            choose(browser, nominee);
            Journeys.click(browser, By.id("recommendation"));
            letter(browser, "NSMCWG/FP/" + nominee.id(), today.minusDays(6));
            browser.wait.until(d -> nomination(secretary, nominee).status() == NominationStatus.RECOMMENDED);
            assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON))
                    .as("not the focal person before the PM approves").isFalse();

            choose(browser, nominee);
            Journeys.click(browser, By.id("approval"));
            letter(browser, "PMO/FP/" + nominee.id(), today.minusDays(1));
            browser.wait.until(d -> nomination(secretary, nominee).status() == NominationStatus.APPROVED);
            assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isTrue();
            assertThat(fixtures.load(previous.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
            // the history names the new focal person first, from the approval's date, with its reference
            browser.driver.navigate().refresh();
            browser.wait.until(d -> firstHistoryRow(browser).contains(nominee.displayName()));
            assertThat(text(browser, "focal-history")).contains("PMO/FP/" + nominee.id());
            browser.screenshot("focal-3-approved");

            // the same page in Urdu
            Fixtures.as(secretary, () -> directory.changeMyLanguage("ur"));
            Journeys.signOut(browser);
            Journeys.signIn(browser, port, secretary);
            browser.driver.get(page);
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang")));
            choose(browser, nominee);
            browser.screenshot("focal-4-approved-ur");
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth - "
                    + "document.documentElement.clientWidth")).intValue()).as("the page does not scroll sideways")
                    .isLessThanOrEqualTo(0);
            Fixtures.as(secretary, () -> directory.changeMyLanguage("en"));
        } finally {
            fixtures.handFocalOfficeBack(previous, secretary, member, today);
        }
    }

    private NominationDetails nomination(MashwaraUser reader, MashwaraUser nominee) {
        return Fixtures.as(reader, () -> focal.nominations()).stream().filter(n -> n.nomineeId() == nominee.id())
                .filter(n -> n.status() != NominationStatus.WITHDRAWN && n.status() != NominationStatus.NOT_APPROVED)
                .findFirst().orElse(null);
    }

    /** Chooses the nomination of {@code nominee} in the list, as a click on its row would. */
    private static void choose(BrowserSupport browser, MashwaraUser nominee) {
        browser.settle();
        var heading = By.xpath("//h3[contains(., '" + nominee.displayName() + "')]");
        if (!browser.driver.findElements(heading).isEmpty()) {
            // already chosen (the page opens on the first nomination): a click would take the choice away
            return;
        }
        var cell = browser.find(By.xpath("//vaadin-grid[@id='nominations']/vaadin-grid-cell-content[contains(., '"
                + nominee.displayName() + "')]"));
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", cell);
        browser.wait.until(d -> d.findElements(By.xpath("//h3[contains(., '" + nominee.displayName() + "')]")).size() == 1);
        browser.settle();
    }

    private static void note(BrowserSupport browser, String text) {
        browser.type("#nomination-note", text);
        browser.find(By.cssSelector("#nomination-note textarea")).sendKeys(Keys.TAB);
        browser.settle();
    }

    /** Fills the letter dialog (reference and date, as the date picker's calendar commits it) and saves it. */
    private static void letter(BrowserSupport browser, String reference, LocalDate date) {
        browser.type("#letter-reference", reference);
        browser.find(By.cssSelector("#letter-reference input")).sendKeys(Keys.TAB);
        browser.js("const p = arguments[0]; p.value = arguments[1];"
                + " p.dispatchEvent(new CustomEvent('change', { bubbles: true }));", browser.find(By.id("letter-date")),
                date.toString());
        browser.settle();
        browser.find(By.id("letter-save")).click();
    }

    private static String text(BrowserSupport browser, String id) {
        return String.valueOf(browser.js("return document.getElementById(arguments[0]).innerText", id));
    }

    /** The text of the history's first row (its cells in order, whatever the grid's scrolling). */
    private static String firstHistoryRow(BrowserSupport browser) {
        return String.valueOf(browser.js("""
                const grid = document.getElementById('focal-history');
                const row = grid && grid.shadowRoot.querySelector('tbody#items tr[first]');
                if (!row) return '';
                return [...row.querySelectorAll('slot')].map(s => {
                  const c = grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]');
                  return c ? c.textContent : '';
                }).join(' | ');
                """));
    }
}
