package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * A drafter's first day, in a real browser: sign in, create a draft by uploading a PDF through the Upload
 * component, find it in the list, open it, download the file and get the same bytes back, sign out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class UserJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_drafter_uploads_a_draft_finds_it_opens_it_downloads_it_and_signs_out() throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var title = "Browser journey draft " + UUID.randomUUID().toString().substring(0, 6);
        var pdf = Files.createTempFile("journey", ".pdf");
        Files.write(pdf, DemoDocuments.pdf(title, List.of("A draft uploaded through the browser.", "Second paragraph.")));
        var base = "http://localhost:" + port;

        try (var browser = BrowserSupport.start()) {
            var driver = browser.driver;
            driver.get(base + "/");
            browser.find(By.tagName("vaadin-login-form"));
            browser.screenshot("01-login");

            browser.type("#vaadinLoginUsername", drafter.getUsername());
            browser.type("#vaadinLoginPassword", Fixtures.PASSWORD);
            browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
            browser.find(By.id("desk-waiting"));
            browser.screenshot("02-desk");
            driver.get(base + "/drafts");
            browser.find(By.id("drafts-grid"));

            browser.find(By.id("new-draft")).click();
            browser.find(By.id("draft-title"));
            browser.type("#draft-title", title);
            browser.find(By.id("draft-kind")).click();
            browser.visible(By.xpath("//vaadin-select-item[normalize-space(.)='Regulator’s regulations']")).click();
            browser.type("#draft-legal-basis", "Pakistan Telecommunication (Re-organization) Act, 1996, section 5");
            var upload = browser.find(By.id("draft-upload"));
            browser.inShadow(upload, "input[type=file]").sendKeys(pdf.toAbsolutePath().toString());
            browser.wait.until(d -> d.getPageSource().contains("journey"));
            browser.screenshot("03-upload-dialog");
            browser.find(By.id("create-draft")).click();

            var heading = browser.find(By.id("draft-heading"));
            browser.wait.until(d -> heading.getText().equals(title));
            browser.screenshot("04-draft");
            assertThat(driver.getCurrentUrl()).matches(".*/drafts/\\d+");

            driver.get(base + "/drafts");
            browser.find(By.id("drafts-grid"));
            var titleCell = browser.visible(By.xpath("//vaadin-grid-cell-content[.//span[normalize-space(.)='" + title + "']]"));
            browser.settle();
            browser.screenshot("05-drafts-list");
            // the title keeps room to be read, whatever the other columns need
            assertThat(titleCell.getRect().getWidth()).isGreaterThanOrEqualTo(200);
            titleCell.click();
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/drafts/\\d+"));
            var link = browser.visible(By.cssSelector("a.download-link")).getAttribute("href");
            var session = driver.manage().getCookieNamed("JSESSIONID");
            var downloaded = download(link, session);
            assertThat(sha256(downloaded)).isEqualTo(sha256(Files.readAllBytes(pdf)));

            browser.find(By.id("logout")).click();
            browser.find(By.tagName("vaadin-login-form"));
            assertThat(driver.getCurrentUrl()).contains("/login");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static byte[] download(String url, Cookie session) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
