package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * Urdu reads as Urdu on any machine: the portal serves its own Urdu font (Noto Nastaliq Urdu, limited to the
 * Arabic script) and the browser draws Urdu letters with it, on the log-in page and on My desk, at a laptop's
 * 1366x768. Screenshots go to target/screenshots.
 */
@WebIntegrationTest
class UrduFontJourneyIT {

    private static final String FACE = "Mashwara Urdu";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;

    @Test
    void urdu_is_drawn_in_the_served_font_on_the_log_in_page_and_the_desk() throws Exception {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        Fixtures.as(drafter, () -> directory.changeMyLanguage("ur"));

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));

            // the font is served to anyone, as a font
            browser.driver.get("http://localhost:" + port + "/login");
            browser.find(By.tagName("vaadin-login-form"));
            @SuppressWarnings("unchecked")
            var served = (Map<String, Object>) browser.asyncJs("""
                    const done = arguments[arguments.length - 1];
                    fetch('fonts/NotoNastaliqUrdu-Regular.woff2', { credentials: 'omit' })
                      .then(r => done({ status: r.status, type: r.headers.get('content-type') }))
                      .catch(e => done({ status: -1, type: String(e) }));
                    """);
            assertThat(((Number) served.get("status")).intValue()).isEqualTo(200);
            assertThat((String) served.get("type")).startsWith("font/woff2");

            // the log-in page in Urdu: the portal's name, مشورہ, in the served face
            Journeys.click(browser, By.cssSelector("vaadin-button.language-switch"));
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang"))
                    && !d.findElements(By.xpath("//h1[normalize-space(.)='مشورہ']")).isEmpty());
            assertUrduDrawnInServedFont(browser, "h1");
            browser.screenshot("urdu-font-01-login");

            // My desk in Urdu (the user's language): labels, menu and headings in the served face
            Journeys.signIn(browser, port, drafter);
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang")));
            assertUrduDrawnInServedFont(browser, ".desk-section-title");
            browser.screenshot("urdu-font-02-desk");
        }
    }

    private static void assertUrduDrawnInServedFont(BrowserSupport browser, String css) {
        browser.wait.until(d -> Boolean.TRUE.equals(browser.asyncJs(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));")));
        assertThat(browser.js("return document.fonts.check('16px \"" + FACE + "\"', 'ہے')")).isEqualTo(true);
        assertThat(browser.js("return [...document.fonts].some(f => f.family.replaceAll('\"', '') === '" + FACE
                + "' && f.status === 'loaded')")).as("a loaded face of %s", FACE).isEqualTo(true);

        // what the browser actually drew the element's own Urdu text with: the served font, not a box or a local font
        assertThat(browser.js("""
                const el = [...document.querySelectorAll(arguments[0])].find(e => [...e.childNodes]
                    .some(n => n.nodeType === 3 && /[\u0600-\u06FF]/.test(n.textContent)));
                if (el) el.setAttribute('data-urdu-probe', '');
                return !!el;
                """, css)).as("an element %s with Urdu text", css).isEqualTo(true);
        var chromium = (ChromeDriver) browser.driver;
        chromium.executeCdpCommand("DOM.enable", Map.of());
        chromium.executeCdpCommand("CSS.enable", Map.of());
        var root = (Map<?, ?>) chromium.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root");
        var node = chromium.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", "[data-urdu-probe]"))
                .get("nodeId");
        var fonts = (List<?>) chromium.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
                .get("fonts");
        assertThat(fonts).as("the fonts used for the text of %s", css)
                .anySatisfy(f -> {
                    var font = (Map<?, ?>) f;
                    assertThat((String) font.get("familyName")).isEqualTo("Noto Nastaliq Urdu");
                    assertThat(font.get("isCustomFont")).isEqualTo(true);
                });
    }
}
