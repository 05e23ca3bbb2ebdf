package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The portal's Content-Security-Policy does not get in Vaadin's way: a real browser signs in through the log-in
 * form (which must send its CSRF token) and goes through the pages, and its console reports no refusal. The
 * last step provokes one on purpose, to show that the console would report it.
 */
@WebIntegrationTest
class ContentSecurityPolicyJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ThreadActions threads;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;

    @Test
    void the_pages_work_under_the_policy_and_the_browser_refuses_nothing() throws Exception {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var draft = fixtures.textDraft(drafter, Fixtures.unique("Policy journey draft"),
                "The first text of the draft about platform registration.");
        fixtures.textVersion(drafter, draft.id(), "The second text of the draft about platform registration.");
        var putUp = Fixtures.as(drafter, () -> routing.act(draft.id(), "put-up", drafts.get(draft.id()).version(), null));
        Fixtures.as(officer, () -> routing.act(draft.id(), "submit", putUp.version(), null));
        Fixtures.as(drafter, () -> threads.start(new NewThread(draft.id(), 2, null, "A note on the whole draft.", false)));
        var base = "http://localhost:" + port;

        try (var browser = BrowserSupport.start()) {
            var messages = new ArrayList<String>();
            Journeys.signIn(browser, port, drafter);
            browser.screenshot("csp-01-desk");
            for (var page : List.of("/drafts", "/drafts/" + draft.id(), "/drafts/" + draft.id() + "/versions/2/text",
                    "/drafts/" + draft.id() + "/compare?from=1&to=2", "/search?q=registration", "/notifications",
                    "/pendency")) {
                browser.driver.get(base + page);
                browser.find(By.tagName("vaadin-app-layout"));
                browser.settle();
                messages.addAll(browser.console());
            }
            // the last page, Pendency, draws its charts as images served by the portal: they load
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js("var imgs = [...document.querySelectorAll('img')];"
                    + " return imgs.length >= 2 && imgs.every(i => i.complete && i.naturalWidth > 0);")));
            browser.screenshot("csp-02-pages");
            assertThat(messages).as("the browser console while going through the portal")
                    .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));

            // the control: an object element is against object-src 'none', and the console says so
            browser.js("var o = document.createElement('object'); o.data = '/icons/mashwara.svg';"
                    + " document.body.appendChild(o);");
            browser.wait.until(d -> browser.console().stream().anyMatch(m -> m.contains("Content Security Policy")));
        }
    }
}
