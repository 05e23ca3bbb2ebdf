package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The portal fits the usual government laptop: at 1366x768, in English and in Urdu, no main page scrolls
 * sideways, neither the page itself nor any of its grids (drafts, desks, pendency, versions, audit log,
 * administration), for each role that uses it; the log-in card fits a 1366x625 window in both languages; at 1024
 * pixels the desk, the drafts and a draft's page (with its versions) do not scroll sideways either, their secondary
 * columns set aside, and at a phone's 390 the draft's page and its reader stay within the screen; so does the input
 * page the secretary composes, at 1024 and at 390.
 * Screenshots of every page go to target/screenshots (layout-*).
 */
@WebIntegrationTest
class LayoutJourneyIT {

    /** What scrolls sideways on the page now: the document, and each visible grid's own scroller. */
    private static final String OVERFLOW = """
            const found = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > doc.clientWidth) found.push('the page: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!grid.offsetParent) continue;
              const table = (grid.$ && grid.$.table) || grid.shadowRoot.querySelector('#table');
              if (table && table.scrollWidth > table.clientWidth + 1)
                found.push('grid ' + (grid.id || grid.className) + ': ' + table.scrollWidth + ' > ' + table.clientWidth);
            }
            return found;
            """;

    /** Rendered, with its rows: no grid still waiting for its first page. */
    private static final String GRIDS_READY = """
            return [...document.querySelectorAll('vaadin-grid')].every(g => !g.offsetParent || !g.loading);
            """;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threads;
    @Autowired
    pk.gov.mashwara.directions.LetterService letters;
    @Autowired
    pk.gov.mashwara.directions.ProgressReports reports;
    @Autowired
    pk.gov.mashwara.engagement.EngagementService engagements;

    @Test
    void no_main_page_scrolls_sideways_on_a_laptop_in_english_or_urdu() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var admin = fixtures.user(null, Role.ADMIN);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var focal = fixtures.focalPerson();
        // long titles, English and Urdu, a draft with two versions, one waiting for the officer, one submitted
        var urdu = fixtures.textDraft(drafter, Fixtures.unique("پیکا (ترمیمی) قواعد 2026 — سیکشن 37(2)"),
                "پیکا (ترمیمی) قواعد 2026\n\nسیکشن 37(2) کے تحت مواد کی بندش کا طریقۂ کار۔");
        fixtures.textVersion(drafter, urdu.id(), "پیکا (ترمیمی) قواعد 2026\n\nسیکشن 37(2) میں ترمیم شدہ طریقۂ کار۔");
        fixtures.draftAwaitingApproval(drafter, Fixtures.unique(
                "Removal and Blocking of Unlawful Online Content (Procedure, Oversight and Safeguards) Rules, 2026"));
        fixtures.submittedDraft(drafter, officer, Fixtures.unique(
                "Social Media Platforms (Registration and Local Grievance Officer) Regulations, 2026"));
        // a draft in consolidation whose input the secretary has composed: the input page, with its points
        var consolidated = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique(
                "Prevention of Electronic Crimes (Investigation and Prosecution) Rules, 2026"),
                "Rule 1. A complaint shall be decided within seven days of its receipt.\n\n"
                        + "Rule 2. The Authority shall publish its decisions on its website.").id();
        Fixtures.as(secretary, () -> windows.setDeadline(consolidated, java.time.Instant.now().plus(Duration.ofDays(7))));
        var point = Fixtures.as(member, () -> threads.start(new pk.gov.mashwara.review.NewThread(consolidated, 1, null,
                "Seven days is too short for a complaint that needs the platform's records.", false)));
        fixtures.closeReview(secretary, consolidated);
        Fixtures.as(secretary, () -> threads.resolve(point.id(), point.version(), pk.gov.mashwara.review.Resolution.ACCEPTED,
                "Platforms need the time to fetch their records; fourteen days is proposed."));
        fixtures.composeInput(secretary, consolidated);
        var input = "drafts/" + consolidated + "/input";
        // a letter of directions to PTA with a long reference and a long time line as written, whose progress report
        // is overdue: the desk's directions and reports parts, with the longest values they meet
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var pta = fixtures.committee("PTA");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        var reference = "No. 1(1)/AS-II/2026-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                + " (Social Media Coordination Wing)";
        var letter = Fixtures.as(monitor, () -> letters.register(new pk.gov.mashwara.directions.NewLetter(
                fixtures.committee("PMO"), reference, today.minusDays(40),
                "Implementation of the directions on the coordination of social media matters " + reference, null, null,
                true, null, null, List.of(pk.gov.mashwara.directions.NewAddressee.body(pta, null)),
                List.of(new pk.gov.mashwara.directions.NewDirection("1", "Nominate a focal person of the Authority "
                        + "for the coordination of social media matters with the working group.",
                        "Within fifteen working days of the receipt of this letter, or immediately upon formation",
                        pk.gov.mashwara.directions.Timeline.byDate(today.minusDays(5)), "PTA", false, pta, List.of(),
                        List.of(), List.of()))),
                null));
        Fixtures.as(monitor, () -> reports.schedule(letter.letter().id(),
                pk.gov.mashwara.directions.ReportEvery.FORTNIGHTLY, today.minusDays(30)));
        // an engagement whose commitment PTA owes is overdue: the desk's commitments part, with a long description
        var nsa = fixtures.user("NSD", Role.NSA_LEAD);
        var meeting = Fixtures.as(nsa, () -> engagements.log(new pk.gov.mashwara.engagement.NewEngagement("Google",
                pk.gov.mashwara.engagement.EngagementKind.MEETING, today.minusDays(20),
                Fixtures.unique("Meeting with Google on the local grievance officer and the liaison office"), null,
                "NSA's lead; NSMCWG focal person; DG PTA", null, "Pending blocking requests.", null, null, "7", null,
                List.of("PTA"))));
        Fixtures.as(nsa, () -> engagements.addCommitment(meeting.id(), new pk.gov.mashwara.engagement.NewCommitment(
                "PTA", "Send Google the consolidated list of pending blocking and removal requests under section 37 "
                        + "with the dates of each request", today.minusDays(3))));

        var pages = new LinkedHashMap<MashwaraUser, List<String>>();
        pages.put(drafter, List.of("desk", "drafts", "drafts/" + urdu.id(), "notifications", "search", "pendency"));
        pages.put(officer, List.of("desk"));
        pages.put(secretary, List.of("desk", "pendency", "drafts", input));
        pages.put(member, List.of("desk", "drafts", "search"));
        pages.put(focal, List.of("desk", "pendency", input));
        pages.put(auditor, List.of("audit", "desk"));
        pages.put(admin, List.of("admin/users", "admin/committees", "admin/extraction"));

        var overflowing = new ArrayList<String>();
        try (var browser = BrowserSupport.start()) {
            for (var language : List.of("en", "ur")) {
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                for (var entry : pages.entrySet()) {
                    var user = entry.getKey();
                    Fixtures.as(user, () -> directory.changeMyLanguage(language));
                    signIn(browser, user);
                    browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
                    for (var route : entry.getValue()) {
                        open(browser, route);
                        var name = "layout-" + language + "-" + role(user) + "-" + route.replaceAll("[^a-z0-9]+", "-");
                        browser.js("const g = document.getElementById('versions-grid'); if (g) g.scrollIntoView();");
                        browser.screenshot(name);
                        overflowing.addAll(found(browser, language + " " + role(user) + " /" + route + " at 1366"));
                    }
                    Journeys.signOut(browser);
                }

                // narrower: a small laptop, and a phone for reading and commenting
                Fixtures.as(drafter, () -> directory.changeMyLanguage(language));
                signIn(browser, drafter);
                for (var width : List.of(1024, 390)) {
                    browser.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 768));
                    var routes = width == 390
                            ? List.of("drafts/" + urdu.id(), "drafts/" + urdu.id() + "/versions/2/text")
                            : List.of("desk", "drafts", "drafts/" + urdu.id(), "drafts/" + urdu.id() + "/versions/2/text");
                    for (var route : routes) {
                        open(browser, route);
                        browser.screenshot("layout-" + language + "-" + width + "-" + route.replaceAll("[^a-z0-9]+", "-"));
                        if (width == 390) {
                            // on a phone a wide grid may scroll inside itself; the page around it may not
                            overflowing.addAll(found(browser, language + " /" + route + " at 390").stream()
                                    .filter(f -> f.contains("the page")).toList());
                        } else {
                            // a small laptop with the menu open: secondary columns step aside
                            overflowing.addAll(found(browser, language + " /" + route + " at 1024"));
                        }
                    }
                }
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                Journeys.signOut(browser);

                // the input page, which the secretary composes, at a small laptop's width and a phone's
                Fixtures.as(secretary, () -> directory.changeMyLanguage(language));
                signIn(browser, secretary);
                for (var width : List.of(1024, 390)) {
                    browser.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 768));
                    open(browser, input);
                    browser.screenshot("layout-" + language + "-" + width + "-input");
                    overflowing.addAll(found(browser, language + " /" + input + " at " + width).stream()
                            .filter(f -> width != 390 || f.contains("the page")).toList());
                }
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                Journeys.signOut(browser);
            }
        }
        assertThat(overflowing).as("what scrolls sideways").isEmpty();
    }

    @Test
    void the_log_in_card_fits_a_1366_by_625_window_in_english_and_urdu() throws Exception {
        try (var browser = BrowserSupport.start()) {
            viewport(browser, 1366, 625);
            browser.driver.get("http://localhost:" + port + "/login");
            browser.find(By.tagName("vaadin-login-form"));
            for (var language : List.of("English", "اردو")) {
                if (!browser.driver.findElements(By.xpath("//vaadin-button[contains(@class,'language-switch')]"))
                        .isEmpty() && language.equals("اردو")) {
                    Journeys.language(browser, "اردو", "ur");
                }
                browser.settle();
                browser.wait.until(d -> Boolean.TRUE.equals(browser.asyncJs(
                        "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));")));
                browser.screenshot("layout-login-1366x625-" + (language.equals("English") ? "en" : "ur"));
                @SuppressWarnings("unchecked")
                var fit = (Map<String, Object>) browser.js("""
                        const doc = document.documentElement;
                        const card = document.querySelector('.login-card').getBoundingClientRect();
                        return { height: window.innerHeight, scrollHeight: doc.scrollHeight, clientHeight: doc.clientHeight,
                                 top: card.top, bottom: card.bottom, scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth };
                        """);
                assertThat(((Number) fit.get("height")).intValue()).isEqualTo(625);
                assertThat(((Number) fit.get("top")).doubleValue()).as("%s: the card's top", language).isGreaterThanOrEqualTo(0);
                assertThat(((Number) fit.get("bottom")).doubleValue()).as("%s: the card's bottom", language)
                        .isLessThanOrEqualTo(625);
                assertThat(((Number) fit.get("scrollHeight")).intValue()).as("%s: the page's height", language)
                        .isLessThanOrEqualTo(((Number) fit.get("clientHeight")).intValue());
                assertThat(((Number) fit.get("scrollWidth")).intValue()).as("%s: the page's width", language)
                        .isLessThanOrEqualTo(((Number) fit.get("clientWidth")).intValue());
            }
        }
    }

    /** Sizes the window so that the page itself (the viewport) is width by height. */
    private static void viewport(BrowserSupport browser, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        browser.driver.get("about:blank");
        var inner = ((Number) browser.js("return window.innerHeight")).intValue();
        var innerWidth = ((Number) browser.js("return window.innerWidth")).intValue();
        browser.driver.manage().window().setSize(new Dimension(width + (width - innerWidth), height + (height - inner)));
    }

    private void signIn(BrowserSupport browser, MashwaraUser user) {
        browser.driver.get("http://localhost:" + port + "/login");
        browser.type("#vaadinLoginUsername", user.getUsername());
        browser.type("#vaadinLoginPassword", Fixtures.PASSWORD);
        browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
        browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
        browser.find(By.cssSelector("vaadin-app-layout"));
        browser.settle();
    }

    private void open(BrowserSupport browser, String route) {
        browser.driver.get("http://localhost:" + port + "/" + route);
        browser.find(By.cssSelector("vaadin-app-layout main, vaadin-app-layout .view"));
        browser.settle();
        browser.wait.withTimeout(Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.js(GRIDS_READY)));
        browser.wait.withTimeout(Duration.ofSeconds(30));
        browser.settle();
    }

    @SuppressWarnings("unchecked")
    private static List<String> found(BrowserSupport browser, String where) {
        return ((List<Object>) browser.js(OVERFLOW)).stream().map(f -> where + ": " + f).toList();
    }

    private static String role(MashwaraUser user) {
        return user.roles().iterator().next().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
