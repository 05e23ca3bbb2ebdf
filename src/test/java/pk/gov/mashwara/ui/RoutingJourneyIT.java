package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The routing path in a real browser, each step by the right person clicking the draft page's buttons: the PTA's
 * drafter puts a draft up, its officer submits it, a member comments, the secretary closes the review, accepts
 * the point and sends the input for clearance, the focal person clears it, the officer takes it up and the
 * committee records how it dealt with the accepted point; the regulations then go through their consultations (the
 * PTA's officer adds Foreign Affairs, consulted together with MoIT, each with its own due date; MoIT records its view
 * as a U.O. note with a file attached through the upload; the NSMCWG secretary records the view Foreign Affairs sent
 * on paper on its behalf, with the scanned note; the Law Division vets them once both are in), to the competent
 * authority, are notified and closed. A screenshot of each step is saved under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class RoutingJourneyIT {

    static final String TEXT = """
            Telecom Consumers Protection (Amendment) Regulations, 2026

            Regulation 2. A licensee shall resolve a consumer's complaint within thirty days of receiving it.

            Regulation 3. A licensee shall publish its complaint statistics every quarter.
            """;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    DraftService drafts;
    @Autowired
    ReviewService review;
    @Autowired
    ReviewWindows windows;
    @Autowired
    RoutingService routing;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threads;
    @Autowired
    pk.gov.mashwara.routing.CabinetSummaryService summaries;

    @Test
    void a_draft_goes_from_the_drafter_through_the_nsmcwg_and_the_focal_person_to_the_committee_response()
            throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.namedUser("pta.officer", "PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.namedUser("nsmcwg.member", "NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.namedUser("nsmcwg.secretary", "NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        var draftId = Fixtures.as(drafter, () -> drafts.create(new NewDraft(
                Fixtures.unique("Telecom Consumers Protection Regulations"), drafter.committeeId(),
                DraftKind.REGULATOR_REGULATIONS, "Section 5 of the Pakistan Telecommunication (Re-organization) Act, 1996",
                false, Classification.UNCLASSIFIED), "regulations.txt",
                new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)))).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var page = "http://localhost:" + port + "/drafts/" + draftId;

        var moit = fixtures.namedUser("moit.officer", "MOIT", Role.COMMITTEE_OFFICER);
        var law = fixtures.namedUser("law.officer", "LAW", Role.COMMITTEE_OFFICER);
        var observations = Files.createTempDirectory("journey").resolve("moit-observations.pdf");
        var scannedNote = observations.resolveSibling("mofa-uo-note.pdf");
        Files.write(scannedNote, DemoDocuments.pdf("U.O. note of the Ministry of Foreign Affairs",
                java.util.List.of("No objection; the missions abroad are to be informed.",
                        "Unique text " + java.util.UUID.randomUUID())));
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).toString();
        Files.write(observations, DemoDocuments.pdf("Observations of the Ministry of IT and Telecom",
                java.util.List.of("The fee schedule in Regulation 5 should follow section 5 of the Act.",
                        "Unique text " + java.util.UUID.randomUUID())));

        try (var browser = BrowserSupport.start()) {
            // the usual government laptop
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            // 1. the drafter puts it up; only the committee's officer may submit it
            signIn(browser, drafter);
            browser.driver.get(page);
            assertThat(browser.driver.findElements(By.id("action-submit"))).isEmpty();
            click(browser, By.id("action-put-up"));
            confirm(browser, "only the officer can return it to you");
            awaitState(browser, drafter, draftId, DraftStatus.COMMITTEE_APPROVAL);
            assertThat(browser.driver.findElements(By.id("action-submit"))).as("the drafter may not submit").isEmpty();
            assertThat(browser.driver.findElements(By.id("action-put-up"))).isEmpty();
            screenshotOf(browser, "routing-01-put-up", By.id("routing"));
            signOut(browser);

            signIn(browser, officer);
            browser.driver.get(page);
            click(browser, By.id("action-submit"));
            // submitting cannot be undone: the dialog says so and what it does before anything happens
            confirm(browser, "the next diary number (NSMCWG/", "It cannot be withdrawn.");
            awaitState(browser, officer, draftId, DraftStatus.SUBMITTED);
            var diary = browser.find(By.id("diary-number")).getText();
            assertThat(diary).contains(Fixtures.as(officer, () -> drafts.get(draftId)).diaryNumber())
                    .containsPattern("NSMCWG/\\d{4}/\\d{4}");
            screenshotOf(browser, "routing-02-submitted", By.id("diary-number"));
            signOut(browser);

            // 2. a member comments on a passage; the review window opens and closes
            signIn(browser, member);
            browser.driver.get(page + "/versions/1/text");
            browser.find(By.id("review-panel"));
            Journeys.comment(browser, "within thirty days", "Thirty days is too long; fifteen would serve consumers better.");
            browser.screenshot("routing-03-member-comments");
            signOut(browser);
            var point = Fixtures.as(member, () -> review.threads(draftId, 1)).getFirst();

            // the secretary opens the review and says, in the same dialog, when comments close
            signIn(browser, secretary);
            browser.driver.get(page);
            click(browser, By.id("action-open-review"));
            browser.find(By.id("routing-reviewDeadline"));
            confirm(browser, "NSMCWG members can comment until the deadline above");
            awaitState(browser, secretary, draftId, DraftStatus.UNDER_REVIEW);
            assertThat(Fixtures.as(secretary, () -> review.window(draftId)).deadline())
                    .isEqualTo(Fixtures.as(secretary, () -> routing.proposedReviewDeadline()));
            assertThat(browser.find(By.id("review-window-state")).getText()).startsWith("Open for comments until");
            // every member has had their say: closing the review closes comments now and consolidates, in one step
            click(browser, By.id("action-close-review"));
            confirm(browser, "This closes comments now, if they are still open, and moves the draft to consolidation");
            awaitState(browser, secretary, draftId, DraftStatus.CONSOLIDATION);
            browser.wait.until(d -> d.findElement(By.id("review-window-state")).getText().startsWith("Comments closed on"));
            screenshotOf(browser, "routing-04-review-closed", By.id("routing"));

            browser.driver.get(page + "/versions/1/text");
            click(browser, By.id("resolve-" + point.id()));
            browser.visible(By.id("confirm-decision")).click();
            browser.wait.until(d -> thread(secretary, draftId, point.id()).resolution() == Resolution.ACCEPTED);
            browser.driver.get(page);
            assertThat(browser.find(By.id("action-send-for-clearance")).getAttribute("disabled"))
                    .as("the input is not composed yet").isNotNull();
            // the secretary composes the input: pre-filled from the review, edited into the group's words
            click(browser, By.id("input-link"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/drafts/" + draftId + "/input"));
            assertThat(browser.find(By.id("input-points")).getText()).contains("within thirty days",
                    "Thirty days is too long", "Open the passage in the reader");
            var composed = browser.find(By.cssSelector("#input-text textarea")).getAttribute("value");
            assertThat(composed).startsWith("## Points accepted by the NSMCWG").contains("within thirty days",
                    "- **Accepted.** Thirty days is too long");
            browser.find(By.cssSelector("#input-text textarea")).sendKeys(Keys.END, Keys.ENTER, Keys.ENTER,
                    "Regulation 3 is supported *as drafted*.", Keys.TAB);
            browser.wait.until(d -> d.findElement(By.id("input-preview")).getText().contains("as drafted"));
            browser.screenshot("input-01-compose");
            click(browser, By.id("input-save"));
            browser.wait.until(d -> d.findElement(By.id("input-revisions")).getText().contains("(1)"));
            inUrdu(browser, page + "/input", "input-01-compose-ur");
            browser.driver.get(page);
            click(browser, By.id("action-send-for-clearance"));
            confirm(browser, "to the focal person for clearance");
            awaitState(browser, secretary, draftId, DraftStatus.CLEARANCE);
            assertThat(browser.driver.findElements(By.id("action-clear"))).as("only the focal person clears").isEmpty();
            screenshotOf(browser, "routing-05-sent-for-clearance", By.id("routing"));
            signOut(browser);

            // 3. the focal person reads the input beside the points it came from, and clears it: the stamp shows
            signIn(browser, focal);
            browser.driver.get(page + "/input");
            assertThat(browser.find(By.id("input-points")).getText()).contains("Thirty days is too long");
            assertThat(browser.find(By.cssSelector("#input-text textarea")).getAttribute("value"))
                    .contains("Regulation 3 is supported *as drafted*.");
            browser.screenshot("input-02-clearance");
            inUrdu(browser, page + "/input", "input-02-clearance-ur");
            browser.driver.get(page);
            click(browser, By.id("action-clear"));
            assertThat(browser.driver.findElements(By.id("routing-input"))).as("nothing to type: the document is cleared")
                    .isEmpty();
            assertThat(browser.find(By.id("routing-consequence")).getText()).contains("The clearance is final");
            browser.screenshot("routing-06-clearance-dialog");
            click(browser, By.id("routing-confirm"));
            awaitState(browser, focal, draftId, DraftStatus.INPUT_ISSUED);
            var stamp = browser.find(By.id("clearance-stamp"));
            assertThat(stamp.getText()).contains("Cleared by", focal.displayName(), "SHA-256");
            assertThat(browser.find(By.id("clearance")).getText()).contains("Cleared");
            screenshotOf(browser, "routing-07-cleared", By.id("routing"));
            signOut(browser);

            // 4. the officer takes the input up; the drafter records how the accepted point was dealt with
            signIn(browser, officer);
            browser.driver.get(page);
            // the committee reads the cleared input on its own page, point by point
            click(browser, By.id("input-link"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/drafts/" + draftId + "/input"));
            assertThat(browser.find(By.id("input-cleared-by")).getText()).contains("Input of the NSMCWG, cleared by "
                    + focal.displayName(), "Focal Person, NSMCWG").containsPattern("\\d{2}/\\d{2}/\\d{4}");
            assertThat(browser.find(By.id("input-rendered")).getText()).contains("Regulation 3 is supported as drafted.");
            assertThat(browser.find(By.id("input-point-open-" + point.id())).getAttribute("href"))
                    .endsWith("/drafts/" + draftId + "/versions/1/text?thread=" + point.id());
            browser.find(By.id("input-download-pdf"));
            browser.screenshot("input-03-committee-page");
            inUrdu(browser, page + "/input", "input-03-committee-page-ur");
            browser.driver.get(page);
            click(browser, By.id("action-take-up-input"));
            confirm(browser, "takes up the NSMCWG’s input");
            awaitState(browser, officer, draftId, DraftStatus.COMMITTEE_RESPONSE);
            screenshotOf(browser, "routing-08-input-taken-up", By.id("routing"));
            signOut(browser);

            signIn(browser, drafter);
            browser.driver.get(page);
            click(browser, By.id("action-record-response"));
            var choice = browser.find(By.cssSelector("#routing-threadId vaadin-radio-button"));
            assertThat(choice.getText()).contains("within thirty days", "Thirty days is too long");
            click(browser, By.cssSelector("#routing-threadId input[type=radio]"));
            browser.type("#routing-response", "Changed to fifteen days in Regulation 2.");
            browser.find(By.cssSelector("#routing-response textarea")).sendKeys(Keys.TAB);
            browser.screenshot("routing-09-response-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(drafter, draftId).contains("record-response"));
            awaitState(browser, drafter, draftId, DraftStatus.COMMITTEE_RESPONSE);
            browser.wait.until(d -> d.findElement(By.id("routing-timeline")).getText().contains("fifteen days"));
            var timeline = browser.find(By.id("routing-timeline"));
            assertThat(timeline.getText()).contains("How it was dealt with: Changed to fifteen days in Regulation 2.",
                    "Clearance hash (SHA-256): ").doesNotContain("routing.detail.");
            screenshotOf(browser, "routing-10-committee-response", By.id("routing-timeline"));
            signOut(browser);

            // 5. the officer sends the regulations for the consultations their kind needs: MoIT, then Law
            signIn(browser, officer);
            browser.driver.get(page);
            click(browser, By.id("action-start-consultations"));
            click(browser, By.xpath("//*[@id='routing-federalGovernmentPower']//vaadin-radio-button[2]//input"));
            browser.screenshot("routing-11-start-consultations-dialog");
            click(browser, By.id("routing-confirm"));
            awaitState(browser, officer, draftId, DraftStatus.CONSULTATIONS);
            // the regulator's officer records a view only on a division's behalf, when it arrives on paper
            assertThat(Fixtures.as(officer, () -> routing.viewTargets(draftId)))
                    .allSatisfy(t -> assertThat(t.onBehalf()).isTrue());
            assertThat(browser.find(By.id("routing-consultations")).getText())
                    .contains("Views of the administrative ministry", "Vetting by the Law Division");
            screenshotOf(browser, "routing-12-consultations-started", By.id("routing-consultations"));

            // the regulations bind platforms based abroad: the officer adds Foreign Affairs, with the reason
            click(browser, By.id("action-add-consultation"));
            browser.type("#routing-division", "Foreign");
            browser.visible(By.xpath("//vaadin-combo-box-item[contains(., 'Foreign Affairs')]")).click();
            browser.wait.until(d -> String.valueOf(browser.js("return arguments[0].inputElement.value",
                    d.findElement(By.id("routing-division")))).contains("Foreign Affairs"));
            browser.settle();
            browser.type("#routing-reason", "The regulations bind platforms based abroad (Rule 8): Foreign Affairs.");
            browser.find(By.cssSelector("#routing-reason textarea")).sendKeys(Keys.TAB);
            browser.screenshot("routing-12a-add-division-dialog");
            confirm(browser, "consulted from now");
            browser.wait.until(d -> history(officer, draftId).contains("add-consultation"));
            browser.driver.get(page);
            // MoIT and Foreign Affairs together, each with its own due date; the Law Division after them
            var stageOne = browser.find(By.id("consultation-stage-1"));
            browser.wait.until(d -> d.findElement(By.id("consultation-stage-1")).getText().contains("Foreign Affairs"));
            assertThat(browser.find(By.id("consultation-stage-1")).getText()).contains("consulted together",
                    "Ministry of Information Technology", "Ministry of Foreign Affairs", "Awaited",
                    "Added by", "because The regulations bind platforms based abroad");
            assertThat(stageOne.findElements(By.cssSelector(".routing-consultation"))).hasSize(2);
            assertThat(browser.find(By.id("consultation-stage-2")).getText()).contains("Vetting by the Law Division",
                    "Later stage");
            screenshotOf(browser, "routing-12b-parallel-consultations", By.id("routing-consultations"));
            inUrduConsultations(browser, page, "routing-12c-parallel-consultations-ur");
            signOut(browser);

            // the Law Division's turn comes after the ministry's: its officer has no button yet
            signIn(browser, law);
            browser.driver.get(page);
            browser.find(By.id("routing-consultations"));
            assertThat(browser.driver.findElements(By.id("action-record-view"))).as("not the Law Division's turn")
                    .isEmpty();
            signOut(browser);

            // 6. MoIT, the administrative ministry, records its view with its observations attached
            signIn(browser, moit);
            browser.driver.get(page);
            click(browser, By.id("action-record-view"));
            click(browser, By.xpath("//*[@id='routing-view']//vaadin-radio-button[2]//input"));
            browser.type("#routing-viewText", "Concur, with observations on the fee schedule (attached).");
            browser.find(By.cssSelector("#routing-viewText textarea")).sendKeys(Keys.TAB);
            typeField(browser, "routing-uoNumber", "No. 7(2)/2026-Tel");
            pickDate(browser, "routing-uoDate", today);
            typeField(browser, "routing-designation", "Joint Secretary (Telecom)");
            var upload = browser.find(By.id("routing-attachment"));
            browser.inShadow(upload, "input[type=file]").sendKeys(observations.toAbsolutePath().toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "const f = arguments[0].files; return f.length === 1 && f[0].complete === true;", upload)));
            browser.screenshot("routing-13-moit-view-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(moit, draftId).contains("record-view"));
            var moitStep = Fixtures.as(moit, () -> routing.consultations(draftId)).getFirst();
            assertThat(moitStep.note().uoNumber()).isEqualTo("No. 7(2)/2026-Tel");
            assertThat(moitStep.attachment()).isNotNull();
            assertThat(moitStep.attachment().sha256()).isEqualTo(sha256(Files.readAllBytes(observations)));
            assertThat(moitStep.attachment().fileName()).isEqualTo("moit-observations.pdf");
            var link = browser.find(By.id("consultation-" + moitStep.id() + "-attachment"));
            assertThat(link.getText()).contains("moit-observations.pdf");
            assertThat(browser.driver.findElements(By.id("action-record-view"))).as("the ministry has had its say")
                    .isEmpty();
            // the link gives the very bytes that were attached
            var downloaded = browser.asyncJs("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => crypto.subtle.digest('SHA-256', b))"
                    + ".then(h => done(Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join('')))"
                    + ".catch(e => done('failed: ' + e));", link);
            assertThat(downloaded).isEqualTo(moitStep.attachment().sha256());
            screenshotOf(browser, "routing-14-moit-view-recorded", By.id("routing-consultations"));
            assertThat(browser.find(By.id("consultation-" + moitStep.id() + "-uo")).getText())
                    .contains("U.O. No. 7(2)/2026-Tel", "signed by the Joint Secretary (Telecom)");
            assertThat(browser.find(By.id("consultation-stage-2")).getText()).as("Foreign Affairs is still awaited")
                    .contains("Later stage");
            signOut(browser);

            // Foreign Affairs answers on paper: the NSMCWG secretary records its view on its behalf, with the scan
            signIn(browser, secretary);
            browser.driver.get(page);
            click(browser, By.id("action-record-view"));
            browser.wait.until(d -> d.findElement(By.id("routing-division")).getText() != null);
            click(browser, By.xpath("//*[@id='routing-view']//vaadin-radio-button[1]//input"));
            browser.type("#routing-viewText", "No objection; the missions abroad are to be informed.");
            browser.find(By.cssSelector("#routing-viewText textarea")).sendKeys(Keys.TAB);
            typeField(browser, "routing-uoNumber", "No. PD(UN)-3/12/2026");
            pickDate(browser, "routing-uoDate", today);
            typeField(browser, "routing-designation", "Director General (UN)");
            pickDate(browser, "routing-receivedOn", today);
            var scan = browser.find(By.id("routing-attachment"));
            browser.inShadow(scan, "input[type=file]").sendKeys(scannedNote.toAbsolutePath().toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "const f = arguments[0].files; return f.length === 1 && f[0].complete === true;", scan)));
            browser.screenshot("routing-14a-view-on-behalf-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(secretary, draftId).stream().filter("record-view"::equals).count() == 2);
            browser.driver.get(page);
            var mofaStep = Fixtures.as(secretary, () -> routing.consultations(draftId)).stream()
                    .filter(c -> "MOFA".equals(c.committeeCode())).findFirst().orElseThrow();
            assertThat(mofaStep.note().onBehalf()).isTrue();
            assertThat(browser.find(By.id("consultation-" + mofaStep.id() + "-onBehalf")).getText())
                    .contains("Recorded on behalf of Ministry of Foreign Affairs, received on");
            assertThat(browser.find(By.id("consultation-stage-2")).getText()).as("the Law Division's turn now")
                    .contains("Awaited");
            screenshotOf(browser, "routing-14b-view-on-behalf-recorded", By.id("consultation-" + mofaStep.id()));
            signOut(browser);

            // 7. the Law Division vets it
            signIn(browser, law);
            browser.driver.get(page);
            click(browser, By.id("action-record-view"));
            click(browser, By.xpath("//*[@id='routing-view']//vaadin-radio-button[1]//input"));
            browser.type("#routing-viewText", "Vetted; the regulations are within section 5 of the Act.");
            browser.find(By.cssSelector("#routing-viewText textarea")).sendKeys(Keys.TAB);
            typeField(browser, "routing-uoNumber", "No. 2(3)/2026-Leg");
            pickDate(browser, "routing-uoDate", today);
            typeField(browser, "routing-designation", "Joint Secretary (Legislation)");
            browser.screenshot("routing-15-law-vetting-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(law, draftId).stream().filter("record-view"::equals).count() == 3);
            browser.driver.get(page);
            browser.wait.until(d -> d.findElement(By.id("routing-consultations")).getText().contains("Vetted;"));
            screenshotOf(browser, "routing-16-law-vetted", By.id("routing-consultations"));
            signOut(browser);

            // 8. the officer submits it to the competent authority, records its approval and the gazette, and closes
            signIn(browser, officer);
            browser.driver.get(page);
            click(browser, By.id("action-to-competent-authority"));
            confirm(browser, "to the competent authority");
            awaitState(browser, officer, draftId, DraftStatus.COMPETENT_AUTHORITY);
            screenshotOf(browser, "routing-17-competent-authority", By.id("routing"));

            click(browser, By.id("action-record-approval"));
            typeField(browser, "routing-authority", "Pakistan Telecommunication Authority");
            typeField(browser, "routing-decisionNumber", "PTA/REG/2026/14");
            pickDate(browser, "routing-decisionDate", "2026-12-15");
            typeField(browser, "routing-gazetteNumber", "S.R.O. 1201(I)/2026");
            pickDate(browser, "routing-gazetteDate", "2026-12-20");
            browser.screenshot("routing-18-approval-dialog");
            click(browser, By.id("routing-confirm"));
            awaitState(browser, officer, draftId, DraftStatus.NOTIFIED);
            browser.wait.until(d -> d.findElement(By.id("routing-timeline")).getText().contains("S.R.O. 1201(I)/2026"));
            screenshotOf(browser, "routing-19-notified", By.id("routing-timeline"));

            click(browser, By.id("action-close"));
            confirm(browser, "closes the file for good");
            awaitState(browser, officer, draftId, DraftStatus.CLOSED);
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-button[id^='action-']")))
                    .as("nothing left to do").isEmpty();
            screenshotOf(browser, "routing-20-closed", By.id("routing"));
        } finally {
            Files.deleteIfExists(observations);
            Files.deleteIfExists(scannedNote);
        }
        var history = Fixtures.as(officer, () -> routing.routing(draftId)).history();
        assertThat(history).extracting(pk.gov.mashwara.routing.RoutingView.Step::action).containsSubsequence("put-up",
                "submit", "open-review", "close-review", "send-for-clearance", "clear", "take-up-input",
                "record-response", "start-consultations", "add-consultation", "record-view", "record-view",
                "record-view", "to-competent-authority", "record-approval", "close");
        assertThat(history).filteredOn(step -> step.action().equals("record-view")).extracting(
                pk.gov.mashwara.routing.RoutingView.Step::actor)
                .containsExactly("moit.officer", "nsmcwg.secretary", "law.officer");
    }

    /**
     * The Cabinet's part, in the browser: the PTA's rules under section 37(2) of PECA have MoIT's views and the Law
     * Division's vetting; the page says the case now waits for MoIT, which sponsors it; MoIT's officer lodges the
     * final summary (the generated one, edited) with the Cabinet Division, the file uploaded with the date; the
     * case then waits for the Cabinet Division, whose officer records the decision with its case number and the
     * meeting's date. The lodged summary is on the page, its bytes kept.
     */
    @Test
    void the_sponsoring_ministry_lodges_the_summary_with_its_file_and_the_cabinet_division_records_the_decision()
            throws Exception {
        var walker = new pk.gov.mashwara.support.ConsultationWalk(fixtures, drafts, routing, threads, windows);
        var walk = walker.ptaInConsultations(Fixtures.unique("Removal of Unlawful Online Content Rules"),
                        DraftKind.REGULATOR_RULES);
        long draftId = walk.draftId();
        walker.act(walk.ministryOfficer(), draftId, "record-view", Fixtures.uo("view", "concur", "viewText",
                "The Ministry supports the rules."));
        walker.act(walk.lawOfficer(), draftId, "record-view", Fixtures.uo("view", "concur", "viewText",
                "Vetted; within section 37(2) of PECA 2016."));
        var moit = fixtures.namedUser("moit.officer", "MOIT", Role.COMMITTEE_OFFICER);
        var cabinet = fixtures.namedUser("cabinet.officer", "CABINET", Role.COMMITTEE_OFFICER);
        var cabinetStep = Fixtures.as(moit, () -> routing.consultations(draftId)).stream()
                .filter(c -> c.step().equals("cabinet-decision")).findFirst().orElseThrow();
        // the summary as generated, which the officer edits before lodging it
        var summary = Files.createTempDirectory("journey").resolve("Summary for the Cabinet (final).docx");
        Files.write(summary, Fixtures.as(moit, () -> summaries.summary(draftId)).content());
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        var page = "http://localhost:" + port + "/drafts/" + draftId;
        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            signIn(browser, moit);
            browser.driver.get(page);
            // nothing is before the Cabinet yet: the case waits for MoIT, its sponsor, to lodge the summary
            assertThat(browser.find(By.id("routing-waiting-for")).getText())
                    .contains("Ministry of Information Technology").doesNotContain("Cabinet Division");
            browser.find(By.id("cabinet-summary-link"));
            screenshotOf(browser, "routing-21-summary-to-lodge", By.id("routing"));
            click(browser, By.id("action-lodge-summary"));
            pickDate(browser, "routing-summaryLodgedOn", today.minusDays(10).toString());
            var upload = browser.find(By.id("routing-summaryFile"));
            browser.inShadow(upload, "input[type=file]").sendKeys(summary.toAbsolutePath().toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                    "const f = arguments[0].files; return f.length === 1 && f[0].complete === true;", upload)));
            assertThat(browser.find(By.id("routing-consequence")).getText()).contains("Cabinet Division");
            browser.screenshot("routing-22-lodge-summary-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(moit, draftId).contains("lodge-summary"));
            browser.driver.get(page);
            var lodged = Fixtures.as(moit, () -> routing.decisions(draftId)).stream()
                    .filter(d -> d.consultationId() == cabinetStep.id()).findFirst().orElseThrow();
            assertThat(lodged.summaryFile().sha256()).isEqualTo(sha256(Files.readAllBytes(summary)));
            var file = browser.find(By.id("consultation-" + cabinetStep.id() + "-summaryFile"));
            assertThat(file.getText()).contains("Summary for the Cabinet (final).docx");
            var downloaded = browser.asyncJs("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => crypto.subtle.digest('SHA-256', b))"
                    + ".then(h => done(Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join('')))"
                    + ".catch(e => done('failed: ' + e));", file);
            assertThat(downloaded).as("the very bytes lodged").isEqualTo(lodged.summaryFile().sha256());
            assertThat(browser.find(By.id("routing-waiting-for")).getText()).contains("Cabinet Division");
            screenshotOf(browser, "routing-23-summary-lodged", By.id("consultation-" + cabinetStep.id()));
            signOut(browser);

            signIn(browser, cabinet);
            browser.driver.get(page);
            click(browser, By.id("action-record-cabinet-decision"));
            click(browser, By.xpath("//*[@id='routing-decision']//vaadin-radio-button[1]//input"));
            typeField(browser, "routing-caseNumber", "Case No. 15/12/2026");
            pickDate(browser, "routing-meetingDate", today.minusDays(1).toString());
            browser.screenshot("routing-24-cabinet-decision-dialog");
            click(browser, By.id("routing-confirm"));
            browser.wait.until(d -> history(cabinet, draftId).contains("record-cabinet-decision"));
            browser.driver.get(page);
            browser.wait.until(d -> d.findElement(By.id("consultation-" + cabinetStep.id() + "-decision")).getText()
                    .contains("Case No. 15/12/2026"));
            assertThat(browser.find(By.id("consultation-" + cabinetStep.id() + "-decision")).getText())
                    .contains("Approved");
            assertThat(browser.find(By.id("routing-timeline")).getText()).contains("Case No. 15/12/2026")
                    .doesNotContain("routing.detail.");
            screenshotOf(browser, "routing-25-cabinet-decided", By.id("routing-consultations"));
            inUrduConsultations(browser, page, "routing-26-cabinet-decided-ur", "کابینہ");
        } finally {
            Files.deleteIfExists(summary);
        }
        assertThat(Fixtures.as(moit, () -> routing.decisions(draftId))).anySatisfy(d -> {
            assertThat(d.decision()).isEqualTo("approved");
            assertThat(d.caseNumber()).isEqualTo("Case No. 15/12/2026");
        });
    }

    /** Opens the page in Urdu, keeps a screenshot of it, and goes back to English. */
    private static void inUrdu(BrowserSupport browser, String url, String name) throws java.io.IOException {
        language(browser, "اردو", "ur");
        browser.driver.get(url);
        browser.wait.until(d -> d.findElement(By.id("input-title")).getText().contains("سفارشات"));
        browser.screenshot(name);
        language(browser, "English", "en");
    }

    /** The consultations of the page in Urdu, kept as a screenshot; back to English after. */
    private static void inUrduConsultations(BrowserSupport browser, String url, String name) throws java.io.IOException {
        inUrduConsultations(browser, url, name, "بیک وقت مشاورت", "منتظر", "وزارتِ خارجہ");
    }

    private static void inUrduConsultations(BrowserSupport browser, String url, String name, String... shown)
            throws java.io.IOException {
        language(browser, "اردو", "ur");
        browser.driver.get(url);
        browser.wait.until(d -> d.findElement(By.id("consultation-stage-1")).getText().contains("مرحلہ"));
        assertThat(browser.find(By.id("routing-consultations")).getText()).contains(shown)
                .doesNotContain("Ministry of Foreign Affairs");
        browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.find(By.id("routing-consultations")));
        browser.screenshot(name);
        language(browser, "English", "en");
    }

    private static void language(BrowserSupport browser, String label, String lang) {
        Journeys.language(browser, label, lang);
    }

    /** Types into a text field and leaves it, which commits its value. */
    private static void typeField(BrowserSupport browser, String id, String text) {
        browser.type("#" + id, text);
        browser.find(By.cssSelector("#" + id + " input")).sendKeys(Keys.TAB);
    }

    /** Picks a date as the date picker's own calendar does: its value, in ISO form, committed with a change. */
    private static void pickDate(BrowserSupport browser, String id, String isoDate) {
        browser.js("const p = arguments[0]; p.value = arguments[1];"
                + " p.dispatchEvent(new CustomEvent('change', { bubbles: true }));", browser.find(By.id(id)), isoDate);
        browser.settle();
    }

    private static String sha256(byte[] content) {
        return pk.gov.mashwara.support.TestFiles.sha256(content);
    }

    /** Waits until the draft is in {@code expected} and the page shows it (English: the rule book's title). */
    private void awaitState(BrowserSupport browser, MashwaraUser user, long draftId, DraftStatus expected) {
        browser.wait.until(d -> status(user, draftId) == expected);
        var title = Fixtures.as(user, () -> routing.routing(draftId)).stateTitle();
        // the page is rebuilt after an action: an element found just before may be gone when read
        browser.wait.until(d -> {
            try {
                return d.findElements(By.id("routing-state")).stream().anyMatch(e -> e.getText().equals(title));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        browser.settle();
    }

    private java.util.List<String> history(MashwaraUser user, long draftId) {
        return Fixtures.as(user, () -> routing.routing(draftId)).history().stream()
                .map(pk.gov.mashwara.routing.RoutingView.Step::action).toList();
    }

    private DraftStatus status(MashwaraUser user, long draftId) {
        return Fixtures.as(user, () -> drafts.get(draftId)).status();
    }

    private ThreadView thread(MashwaraUser user, long draftId, long threadId) {
        return Fixtures.as(user, () -> review.allThreads(draftId)).stream().filter(t -> t.id() == threadId)
                .findFirst().orElseThrow();
    }

    private void screenshotOf(BrowserSupport browser, String name, By focus) throws java.io.IOException {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.find(focus));
        browser.screenshot(name);
    }

    private static void click(BrowserSupport browser, By by) {
        Journeys.click(browser, by);
    }

    /** An act that cannot be undone first says what it does; the user reads it and confirms. */
    private static void confirm(BrowserSupport browser, String... consequence) {
        browser.wait.until(d -> d.findElements(By.id("routing-consequence")).stream()
                .anyMatch(e -> java.util.Arrays.stream(consequence).allMatch(e.getText()::contains)));
        click(browser, By.id("routing-confirm"));
    }

    private void signIn(BrowserSupport browser, MashwaraUser user) {
        Journeys.signIn(browser, port, user);
    }

    private void signOut(BrowserSupport browser) {
        Journeys.signOut(browser);
    }
}
