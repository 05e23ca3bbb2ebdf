package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * An auditor verifies the audit chain in a real browser: intact, then (after a row was changed in the database)
 * broken at that entry, which the link shows in the log. The row is put back afterwards. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AuditJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_auditor_verifies_the_chain_and_goes_to_the_entry_that_breaks_it() throws Exception {
        var auditor = fixtures.user(null, Role.AUDITOR);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, Fixtures.unique("Social Media Platforms (Registration) Regulations"));
        // the draft's own entries are written after its transaction commits; the edited entry comes after them
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE target_type = 'DRAFT' AND target_id = ?", Integer.class,
                Long.toString(draft.id())) >= 2);
        var edited = chain.append(EntryContent.of(Instant.now(), drafter.getUsername(), "VERSION_DOWNLOADED", "DRAFT",
                Long.toString(draft.id()), "SUCCESS", "version 1", null));
        var base = "http://localhost:" + port;

        try (var browser = BrowserSupport.start()) {
            var driver = browser.driver;
            driver.get(base + "/login");
            browser.find(By.tagName("vaadin-login-form"));
            browser.type("#vaadinLoginUsername", auditor.getUsername());
            browser.type("#vaadinLoginPassword", Fixtures.PASSWORD);
            browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
            browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));

            driver.get(base + "/audit");
            browser.find(By.id("audit-grid"));
            browser.find(By.id("audit-verify")).click();
            browser.wait.until(d -> d.findElement(By.id("audit-chain-result")).getText().contains("Chain intact"));
            browser.screenshot("20-audit-chain-intact");

            try {
                jdbc.update("UPDATE audit_entry SET detail = 'version 2' WHERE id = ?", edited);
                browser.find(By.id("audit-verify")).click();
                browser.wait.until(d -> d.findElement(By.id("audit-chain-result")).getText().contains("Chain broken"));
                assertThat(browser.find(By.id("audit-chain-result")).getText())
                        .contains("Entry " + edited + " was changed after it was written", "before it are in order");
                browser.find(By.id("audit-show-broken")).click();
                browser.wait.until(d -> d.findElement(By.id("audit-entry-range")).isDisplayed());
                browser.settle();
                assertThat(browser.find(By.id("audit-grid")).getText()).contains(drafter.getUsername());
                browser.screenshot("21-audit-chain-broken");
            } finally {
                jdbc.update("UPDATE audit_entry SET detail = 'version 1' WHERE id = ?", edited);
            }
        }
    }
}
