package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.Rag;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * Issue 16's journey, in a real Chromium at 1366×768: the PMO's monitor opens a letter whose direction is red, the
 * Ministry of IT (the lead) records progress with an evidence file, the MAG (supporting) records its receipt,
 * forwards the letter to its Controllers and reports its part done, the Ministry confirms it and reports the
 * direction done, and the monitor's dashboard shows the direction turn red → amber → green. The time line (one
 * month from a letter of ten days ago) keeps the direction from being overdue, so the colours follow from the acts
 * alone: red because the Ministry reported it cannot proceed (overdue would stay red whatever was done, see
 * {@link Rag}), amber once it is under way, green once every body is done and the lead has confirmed. Every page is
 * shot in English and Urdu (compliance-journey-*, under target/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ComplianceJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    DirectoryService directory;

    @Test
    void the_dashboard_turns_from_red_to_amber_to_green_as_the_bodies_act() throws Exception {
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var mag = fixtures.user("MAG", Role.COMMITTEE_OFFICER);
        var moitId = fixtures.committee("MOIT");
        var magId = fixtures.committee("MAG");
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        var unique = UUID.randomUUID().toString().substring(0, 4);
        var reference = "No. " + unique + "/AS-II/2026";
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee("PMO"), reference,
                today.minusDays(10), "SOCIAL MEDIA ACCOUNTS OF GOVERNMENT OFFICES", null, Priority.IMMEDIATE, true,
                "2. Action may be taken for compliance of the direction within the given time line.",
                "Additional Secretary-II", List.of(NewAddressee.body(moitId, "Secretary, M/o IT & Telecom"),
                        NewAddressee.body(magId, "Military Accountant General")),
                List.of(new NewDirection("1", "M/o IT to compile the list of official social media accounts of all "
                        + "offices, with the MAG's accounts of the media cells' expenditure.", "1 month",
                        Timeline.within(1, Timeline.Unit.MONTHS), "M/o IT, MAG", false, moitId, List.of(magId),
                        List.of(), List.of()))),
                null));
        var letterId = letter.letter().id();
        var directionId = letter.directions().getFirst().id();
        // what the monitor finds: the Ministry cannot proceed without the MAG, who has not acknowledged the letter
        Fixtures.as(moit, () -> progress.record(directionId, new NewProgress(today.minusDays(2),
                ProgressStatus.CANNOT_PROCEED, "Offices asked for their accounts.", null, null, null,
                "The MAG has not acknowledged the letter; the media cells' expenditure is with it.", false, List.of())));
        var evidence = Files.createTempFile("moit-accounts-", ".txt");
        Files.writeString(evidence, "Official social media accounts: 214 compiled of 260 offices.");
        var magEvidence = Files.createTempFile("mag-expenditure-", ".txt");
        Files.writeString(magEvidence, "Media cells' expenditure 2020-21, by Controller.");
        var moitDone = Files.createTempFile("moit-list-final-", ".txt");
        Files.writeString(moitDone, "Official social media accounts: 260 of 260 offices.");

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            try {
                journey(browser, reference, unique, letterId, directionId, monitor, moit, mag, evidence, magEvidence,
                        moitDone);
            } catch (RuntimeException | AssertionError e) {
                // what the page showed when the journey stopped, to read beside the trace
                browser.screenshot("compliance-journey-stopped");
                throw e;
            }
        } finally {
            Files.deleteIfExists(evidence);
            Files.deleteIfExists(magEvidence);
            Files.deleteIfExists(moitDone);
        }
        var details = Fixtures.as(monitor, () -> letters.letter(letterId));
        assertThat(details.cascade().forwarded()).singleElement()
                .satisfies(n -> assertThat(n.letter().reference()).isEqualTo("MAG/Coord/" + unique + "/2026"));
        assertThat(BrowserSupport.SCREENSHOTS.resolve("compliance-journey-9-green-ur.png")).exists();
    }

    private void journey(BrowserSupport browser, String reference, String unique, long letterId, long directionId,
            MashwaraUser monitor, MashwaraUser moit, MashwaraUser mag, Path evidence, Path magEvidence, Path moitDone)
            throws Exception {
        {
            var letterPage = "/directions/letters/" + letterId;
            var directionPage = "/directions/" + directionId;

            // 1. the monitor opens the letter, then the dashboard: red
            for (var language : new String[] { "en", "ur" }) {
                signIn(browser, monitor, language);
                open(browser, letterPage, By.id("directions-grid"), "M/o IT to compile");
                browser.screenshot("compliance-journey-1-letter-" + language);
                dashboard(browser, letterId, Rag.RED, "compliance-journey-2-red-" + language);
                Journeys.signOut(browser);
            }

            // 2. the Ministry records progress with evidence: amber
            signIn(browser, moit, "en");
            open(browser, directionPage, By.id("direction-entries"), "not acknowledged");
            Journeys.click(browser, By.id("add-progress"));
            fill(browser, "#progress-done", "Accounts of 214 of the 260 offices compiled.");
            fill(browser, "#progress-percent", "80");
            upload(browser, evidence);
            browser.screenshot("compliance-journey-3-progress-en");
            Journeys.click(browser, By.id("progress-save"));
            browser.wait.until(d -> browser.find(By.id("direction-entries")).getText()
                    .contains(evidence.getFileName().toString()));
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("direction-entries")));
            browser.screenshot("compliance-journey-4-direction-en");
            Journeys.signOut(browser);
            look(browser, moit, "ur", directionPage, By.id("direction-entries"), evidence.getFileName().toString(),
                    "compliance-journey-4-direction-ur");
            for (var language : new String[] { "en", "ur" }) {
                signIn(browser, monitor, language);
                dashboard(browser, letterId, Rag.AMBER, "compliance-journey-5-amber-" + language);
                Journeys.signOut(browser);
            }

            // 3. the MAG records its receipt, forwards the letter to its Controllers and reports its part done
            signIn(browser, mag, "en");
            open(browser, letterPage, By.id("cascade-tree"), reference);
            Journeys.click(browser, By.id("record-receipt"));
            fill(browser, "#receipt-diary", "MAG/D-" + unique);
            Journeys.click(browser, By.id("receipt-save"));
            browser.wait.until(d -> browser.find(By.id("cascade-tree")).getText().contains("MAG/D-" + unique));
            Journeys.click(browser, By.id("forward-letter"));
            var forwarded = "MAG/Coord/" + unique + "/2026";
            fill(browser, "#forward-reference", forwarded);
            fill(browser, "#forward-named", "Controller of Military Accounts (Army), Rawalpindi");
            fill(browser, "#forward-signed-by", "Deputy MAG (Coord)");
            browser.screenshot("compliance-journey-6-forward-en");
            Journeys.click(browser, By.id("forward-save"));
            browser.wait.until(d -> browser.find(By.id("cascade-tree")).getText().contains(forwarded));
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("cascade-tree")));
            browser.screenshot("compliance-journey-7-cascade-en");
            browser.driver.get("http://localhost:" + port + directionPage);
            Journeys.click(browser, By.id("add-progress"));
            Journeys.choose(browser, "progress-status", "Done");
            fill(browser, "#progress-done", "Expenditure of the media cells sent to M/o IT, by Controller.");
            // shared, so that the Ministry, the lead, reads what it confirms
            Journeys.click(browser, By.cssSelector("#progress-shared input"));
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "return document.getElementById('progress-shared').checked")));
            upload(browser, magEvidence);
            Journeys.click(browser, By.id("progress-save"));
            browser.wait.until(d -> browser.find(By.id("direction-entries")).getText()
                    .contains(magEvidence.getFileName().toString()));
            Journeys.signOut(browser);
            look(browser, mag, "ur", letterPage, By.id("cascade-tree"), forwarded, "compliance-journey-7-cascade-ur");

            // 4. the Ministry, the lead, confirms the MAG's part and reports the direction done: green
            signIn(browser, moit, "en");
            open(browser, directionPage, By.id("direction-entries"), magEvidence.getFileName().toString());
            Journeys.click(browser, By.cssSelector("[id^='confirm-']"));
            browser.wait.until(d -> d.findElements(By.cssSelector("[id^='confirm-']")).isEmpty());
            Journeys.click(browser, By.id("add-progress"));
            Journeys.choose(browser, "progress-status", "Done");
            fill(browser, "#progress-done", "Accounts of all 260 offices compiled, with the MAG's expenditure.");
            upload(browser, moitDone);
            Journeys.click(browser, By.id("progress-save"));
            browser.wait.until(d -> browser.find(By.id("direction-entries")).getText()
                    .contains(moitDone.getFileName().toString()));
            browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("direction-entries")));
            browser.screenshot("compliance-journey-8-done-en");
            Journeys.signOut(browser);
            look(browser, moit, "ur", directionPage, By.id("direction-entries"), moitDone.getFileName().toString(),
                    "compliance-journey-8-done-ur");
            for (var language : new String[] { "en", "ur" }) {
                signIn(browser, monitor, language);
                dashboard(browser, letterId, Rag.GREEN, "compliance-journey-9-green-" + language);
                Journeys.signOut(browser);
            }
        }
    }

    private void signIn(BrowserSupport browser, MashwaraUser user, String language) {
        Fixtures.as(user, () -> directory.changeMyLanguage(language));
        Journeys.signIn(browser, port, user);
        browser.wait.until(d -> language.equals(browser.js("return document.documentElement.lang")));
    }

    private void open(BrowserSupport browser, String path, By part, String text) {
        browser.driver.get("http://localhost:" + port + path);
        browser.wait.until(d -> browser.find(part).getText().contains(text));
    }

    /** Signs in in the language, opens the page and shoots it. */
    private void look(BrowserSupport browser, MashwaraUser user, String language, String path, By part, String text,
            String name) throws Exception {
        signIn(browser, user, language);
        open(browser, path, part, text);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(part));
        browser.screenshot(name);
        Journeys.signOut(browser);
    }

    /** Opens the dashboard, checks the letter's one direction has the colour (and the letter's counts), shoots it. */
    private void dashboard(BrowserSupport browser, long letterId, Rag expected, String name) throws Exception {
        browser.driver.get("http://localhost:" + port + "/compliance");
        var grid = By.id("compliance-grid-" + letterId);
        var colour = expected.name().toLowerCase(Locale.ROOT);
        browser.wait.until(d -> !d.findElements(By.cssSelector("#compliance-grid-" + letterId
                + " .compliance-direction-rag.rag-" + colour)).isEmpty());
        for (var rag : Rag.values()) {
            var lower = rag.name().toLowerCase(Locale.ROOT);
            assertThat(browser.driver.findElements(By.cssSelector("#compliance-grid-" + letterId
                    + " .compliance-direction-rag.rag-" + lower))).hasSize(rag == expected ? 1 : 0);
            var count = browser.find(By.id("compliance-count-" + letterId + "-" + lower)).getText();
            assertThat(count).startsWith(rag == expected ? "1" : "0");
        }
        var chart = browser.find(By.id("compliance-chart"));
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", chart)));
        browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.find(By.id("compliance-letter-" + letterId)));
        browser.find(grid);
        browser.screenshot(name);
    }

    /** Types into the field and leaves it, so that the value reaches the server before a button is clicked. */
    private static void fill(BrowserSupport browser, String field, String text) {
        browser.type(field, text);
        browser.find(By.cssSelector(field + " input, " + field + " textarea")).sendKeys(Keys.TAB);
    }

    private static void upload(BrowserSupport browser, Path file) {
        var upload = browser.find(By.id("progress-evidence"));
        browser.inShadow(upload, "input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const f = arguments[0].files; return f.length === 1 && f[0].complete === true;", upload)));
    }
}
