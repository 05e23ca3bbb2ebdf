package pk.gov.mashwara.routing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.support.WebIntegrationTest;

/** The routing API as a client uses it: where a draft stands, taking actions, and every refusal. */
@WebIntegrationTest
class RoutingApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewWindows windows;
    @Autowired
    AuditLog audit;
    @Autowired
    List<pk.gov.mashwara.draft.StoredFileReferences> references;

    ApiClient api;
    MashwaraUser drafter;
    MashwaraUser officer;
    MashwaraUser secretary;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
    }

    static ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    ApiClient.Response act(long draftId, String action, String body, MashwaraUser user) {
        return api.postJson("/api/drafts/" + draftId + "/actions/" + action, body, as(user));
    }

    int version(long draftId, MashwaraUser user) {
        return api.get("/api/drafts/" + draftId + "/routing", as(user)).json("$.version");
    }

    @Test
    void put_up_submit_and_open_review_each_by_the_user_the_draft_waits_for() {
        long id = fixtures.draft(drafter, Fixtures.unique("Routing API")).id();

        var fresh = api.get("/api/drafts/" + id + "/routing", as(drafter));
        assertThat(fresh.status()).as(fresh.text()).isEqualTo(200);
        assertThat(fresh.<String>json("$.state")).isEqualTo("DRAFT");
        assertThat(fresh.<String>json("$.stateTitle")).isEqualTo("Draft with its committee");
        assertThat(fresh.<String>json("$.waitingFor.role")).isEqualTo("COMMITTEE_DRAFTER");
        assertThat(fresh.<String>json("$.waitingFor.relation")).isEqualTo("own-committee");
        assertThat(fresh.<List<String>>json("$.actions[*].name")).containsExactly("put-up");
        assertThat(fresh.<Boolean>json("$.actions[0].possibleNow")).isTrue();
        assertThat(fresh.<List<Object>>json("$.history")).isEmpty();
        assertThat(api.get("/api/drafts/" + id + "/routing", as(officer)).<List<Object>>json("$.actions")).isEmpty();

        var putUp = act(id, "put-up", "{\"version\":" + fresh.json("$.version") + "}", drafter);
        assertThat(putUp.status()).as(putUp.text()).isEqualTo(200);
        assertThat(putUp.<String>json("$.state")).isEqualTo("COMMITTEE_APPROVAL");
        assertThat(putUp.<String>json("$.dueAt")).isNotBlank();
        assertThat(putUp.<Boolean>json("$.overdue")).isFalse();
        assertThat(putUp.<List<Object>>json("$.actions")).as("the drafter has nothing more to do").isEmpty();

        var waiting = api.get("/api/drafts/" + id + "/routing", as(officer));
        assertThat(waiting.<List<String>>json("$.actions[*].name")).containsExactly("return-to-drafter", "submit");
        assertThat(waiting.<List<String>>json("$.actions[0].asks")).containsExactly("REASON");

        var submitted = act(id, "submit", "{\"version\":" + waiting.json("$.version") + "}", officer);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.<String>json("$.state")).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/drafts/" + id, as(officer)).<String>json("$.diaryNumber")).startsWith("NSMCWG/");

        var opened = act(id, "open-review", "{\"version\":" + version(id, secretary) + ",\"reason\":\"Window of three weeks\"}",
                secretary);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.<String>json("$.state")).isEqualTo("UNDER_REVIEW");
        assertThat(opened.<List<String>>json("$.history[*].action")).containsExactly("put-up", "submit", "open-review");
        assertThat(opened.<String>json("$.history[2].actorName")).isEqualTo(secretary.displayName());
        assertThat(opened.<String>json("$.history[2].reason")).isEqualTo("Window of three weeks");
        assertThat(opened.<String>json("$.history[1].from")).isEqualTo("COMMITTEE_APPROVAL");
        assertThat(opened.<String>json("$.history[1].to")).isEqualTo("SUBMITTED");

        // opened without a deadline, comments are open for the rule book's period of review
        var window = api.get("/api/drafts/" + id + "/review-window", as(secretary));
        assertThat(window.<String>json("$.deadline")).as(window.text()).isNotNull();
        // closing the review closes comments with it: offered at once, not blocked by the open window
        assertThat(opened.<String>json("$.actions[0].name")).isEqualTo("close-review");
        assertThat(opened.<Boolean>json("$.actions[0].possibleNow")).isTrue();
    }

    @Test
    void opening_the_review_with_a_bad_deadline_is_refused_and_moves_nothing() {
        long id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Routing API review deadline")).id();
        act(id, "submit", "{\"version\":" + version(id, officer) + "}", officer);

        var past = act(id, "open-review", "{\"version\":" + version(id, secretary)
                + ",\"details\":{\"reviewDeadline\":\"2020-01-01T17:00\"}}", secretary);
        assertJsonError(past, 400, "invalid_input");
        assertThat(past.<String>json("$.message")).isEqualTo("The deadline must be in the future.");
        assertThat(api.get("/api/drafts/" + id, as(secretary)).<String>json("$.status")).isEqualTo("SUBMITTED");

        var deadline = java.time.LocalDate.now(pk.gov.mashwara.draft.DraftService.OFFICE_ZONE).plusDays(10) + "T16:00";
        var opened = act(id, "open-review", "{\"version\":" + version(id, secretary)
                + ",\"details\":{\"reviewDeadline\":\"" + deadline + "\"}}", secretary);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        var window = api.get("/api/drafts/" + id + "/review-window", as(secretary));
        assertThat(java.time.Instant.parse(window.<String>json("$.deadline")))
                .isEqualTo(java.time.LocalDateTime.parse(deadline).atZone(pk.gov.mashwara.draft.DraftService.OFFICE_ZONE)
                        .toInstant());
    }

    @Test
    void refusals_say_what_is_wrong_with_the_right_status() {
        long id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Routing API refusals")).id();
        int version = version(id, officer);

        // a draft another committee cannot see, and an action the rules do not know, are not found
        var outsider = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        assertJsonError(api.get("/api/drafts/" + id + "/routing", as(outsider)), 404, "not_found");
        assertJsonError(act(id, "submit", "{\"version\":" + version + "}", outsider), 404, "not_found");
        var unknown = act(id, "approve-everything", "{\"version\":" + version + "}", officer);
        assertJsonError(unknown, 404, "not_found");
        assertThat(unknown.<String>json("$.message")).contains("approve-everything");

        // the drafter may see the draft but not approve it
        assertJsonError(act(id, "submit", "{\"version\":" + version + "}", drafter), 403, "forbidden");

        // a return needs a reason; every action needs the version read
        var noReason = act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"  \"}", officer);
        assertJsonError(noReason, 400, "invalid_input");
        assertThat(noReason.<String>json("$.message")).containsIgnoringCase("reason");
        var noVersion = act(id, "submit", "{}", officer);
        assertJsonError(noVersion, 400, "invalid_input");
        assertThat(noVersion.<String>json("$.message")).contains("version");
        assertJsonError(act(id, "submit", "not json", officer), 400, "invalid_input");

        // the draft is no longer where the action starts from
        var returned = act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"Cite section 37.\"}",
                officer);
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.<String>json("$.history[-1].reason")).isEqualTo("Cite section 37.");
        var wrongState = act(id, "submit", "{\"version\":" + returned.json("$.version") + "}", officer);
        assertJsonError(wrongState, 409, "conflict");
        assertThat(wrongState.<String>json("$.message")).contains("cannot be taken while the draft is");

        // an old version: someone acted meanwhile, and the message says who
        var stale = act(id, "put-up", "{\"version\":" + version + "}", drafter);
        assertJsonError(stale, 409, "conflict");
        assertThat(stale.<String>json("$.message")).contains(officer.displayName());
    }

    @Test
    void of_two_simultaneous_actions_one_is_taken_and_the_other_is_told_who_acted() throws Exception {
        long id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Routing API race")).id();
        var otherOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        int version = version(id, officer);
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var submit = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return act(id, "submit", "{\"version\":" + version + "}", officer);
            }, pool);
            var back = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"Not yet.\"}",
                        otherOfficer);
            }, pool);
            var responses = List.of(submit.get(), back.get());
            assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
            var won = responses.get(0).status() == 200 ? officer : otherOfficer;
            var lost = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertJsonError(lost, 409, "conflict");
            assertThat(lost.<String>json("$.message")).contains(won.displayName());
            var history = api.get("/api/drafts/" + id + "/routing", as(officer)).<List<String>>json("$.history[*].actor");
            assertThat(history).containsExactly(drafter.getUsername(), won.getUsername());
        }
    }

    @Test
    void the_cabinets_decision_is_recorded_with_its_case_number_and_meeting_and_served_with_the_step() throws IOException {
        var walk = new ConsultationWalk(fixtures, drafts, routing, threads, windows)
                .ptaInConsultations(Fixtures.unique("PECA section 37(2) rules"), pk.gov.mashwara.draft.DraftKind.REGULATOR_RULES);
        long id = walk.draftId();
        var moit = walk.ministryOfficer();
        var view = "{\"version\":%d,\"details\":{\"view\":\"concur\",\"viewText\":\"No objection.\","
                + "\"uoNumber\":\"No. 7(2)/2026-Tel\",\"uoDate\":\""
                + java.time.LocalDate.now(DraftService.OFFICE_ZONE) + "\",\"designation\":\"Section Officer (Telecom)\"}}";
        assertThat(act(id, "record-view", view.formatted(version(id, moit)), moit).status()).isEqualTo(200);
        assertThat(act(id, "record-view", view.formatted(version(id, walk.lawOfficer())), walk.lawOfficer()).status())
                .isEqualTo(200);
        var today = java.time.LocalDate.now(DraftService.OFFICE_ZONE);
        var lodge = "{\"version\":%d,\"details\":{\"summaryLodgedOn\":\"%s\"}}";
        // the PTA cannot lodge a Cabinet summary: its ministry sponsors it
        assertJsonError(act(id, "lodge-summary", lodge.formatted(version(id, walk.officer()), today.minusDays(20)),
                walk.officer()), 403, "forbidden");
        // the summary is lodged as the final document: without its file, or with a file that is neither DOCX nor
        // PDF, nothing is lodged
        var withoutFile = act(id, "lodge-summary", lodge.formatted(version(id, moit), today.minusDays(20)), moit);
        assertJsonError(withoutFile, 400, "invalid_input");
        assertThat(withoutFile.<String>json("$.message")).contains("Attach the final summary");
        var lodgePath = "/api/drafts/" + id + "/actions/lodge-summary";
        var asText = api.postMultipart(lodgePath, lodgeParts(version(id, moit), today.minusDays(20),
                ApiClient.Part.file("summary.txt", "text/plain", "Summary".getBytes(StandardCharsets.UTF_8))), as(moit));
        assertJsonError(asText, 415, "file_refused");
        assertThat(asText.<String>json("$.message")).contains("neither a Word document (DOCX) nor a PDF");
        var notLodged = api.get("/api/drafts/" + id + "/routing", as(moit));
        assertThat(notLodged.<Object>json("$.consultations[2].summaryLodgedOn")).isNull();
        assertJsonError(api.get("/api/drafts/" + id + "/cabinet-summary/lodged", as(moit)), 404, "not_found");

        var summary = Fixtures.uniquePdf("Summary for the Cabinet: PECA section 37(2) rules");
        var summarySha = TestFiles.sha256(summary);
        var lodged = api.postMultipart(lodgePath, lodgeParts(version(id, moit), today.minusDays(20),
                ApiClient.Part.file("Summary for the Cabinet (final).pdf", "application/pdf", summary)), as(moit));
        assertThat(lodged.status()).as(lodged.text()).isEqualTo(200);
        assertThat(lodged.<String>json("$.consultations[2].summaryFile.sha256")).isEqualTo(summarySha);
        assertThat(lodged.<String>json("$.consultations[2].summaryFile.mediaType")).isEqualTo("application/pdf");
        assertThat(lodged.<String>json("$.history[-1].details.summaryFile")).contains(summarySha);
        var lodgedUrl = lodged.<String>json("$.consultations[2].summaryFile.url");
        assertThat(lodgedUrl).startsWith("/api/drafts/" + id + "/cabinet-summary/lodged?summary=");
        // the sponsoring ministry, the regulator, the NSMCWG and the Cabinet Division get the same bytes
        var cabinet = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        for (var reader : List.of(moit, walk.officer(), secretary, cabinet)) {
            for (var url : List.of(lodgedUrl, "/api/drafts/" + id + "/cabinet-summary/lodged")) {
                var file = api.get(url, as(reader));
                assertThat(file.status()).as(reader.getUsername() + " " + url).isEqualTo(200);
                assertThat(file.body()).isEqualTo(summary);
                assertThat(file.header("X-Content-SHA256")).isEqualTo(summarySha);
            }
        }
        // a consulted division that is not the sponsor sees the draft but not the Cabinet's papers
        assertJsonError(api.get(lodgedUrl, as(walk.lawOfficer())), 403, "forbidden");
        assertJsonError(api.get(lodgedUrl, as(fixtures.user("PEMRA", Role.COMMITTEE_OFFICER))), 404, "not_found");
        // the file store's sweep keeps it: it is among the files the portal's tables refer to
        assertThat(references).anySatisfy(r -> assertThat(r.referencedSha256()).contains(summarySha));
        var auditor = fixtures.user(null, Role.AUDITOR);
        var downloads = new AuditQuery(null, AuditAction.LODGED_SUMMARY_DOWNLOADED, "DRAFT", Long.toString(id),
                null, null);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.as(auditor, () -> audit.count(downloads)) == 8);
        assertThat(Fixtures.as(auditor, () -> audit.find(downloads, 0, 8))).extracting(AuditRecord::detail)
                .allSatisfy(d -> assertThat(d).contains("sha256 " + summarySha));

        var decide = "{\"version\":%d,\"details\":{\"decision\":\"approved\",\"caseNumber\":\"%s\","
                + "\"meetingDate\":\"%s\"}}";
        var badCase = act(id, "record-cabinet-decision", decide.formatted(version(id, cabinet), "123-12-2026",
                today.minusDays(10)), cabinet);
        assertJsonError(badCase, 400, "invalid_input");
        assertThat(badCase.<String>json("$.message")).contains("Case No. 123/12/2026");
        var decided = act(id, "record-cabinet-decision", decide.formatted(version(id, cabinet), "Case No. 123/12/2026",
                today.minusDays(10)), cabinet);
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        assertThat(decided.<String>json("$.consultations[2].step")).isEqualTo("cabinet-decision");
        assertThat(decided.<Boolean>json("$.consultations[2].decides")).isTrue();
        assertThat(decided.<String>json("$.consultations[2].decision")).isEqualTo("approved");
        assertThat(decided.<String>json("$.consultations[2].caseNumber")).isEqualTo("Case No. 123/12/2026");
        assertThat(decided.<String>json("$.consultations[2].meetingDate")).isEqualTo(today.minusDays(10).toString());
        assertThat(decided.<String>json("$.consultations[2].summaryLodgedOn")).isEqualTo(today.minusDays(20).toString());
        assertThat(decided.<Boolean>json("$.consultations[0].decides")).isFalse();

        // the review record names the lodged summary with its hash
        var record = api.get("/api/drafts/" + id + "/record.pdf", as(moit));
        assertThat(record.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(record.body())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("SummaryfortheCabinet(final).pdf", summarySha);
        }
    }

    static List<ApiClient.Part> lodgeParts(int version, java.time.LocalDate lodgedOn, ApiClient.Part file) {
        return List.of(ApiClient.Part.field("version", String.valueOf(version)),
                ApiClient.Part.field("summaryLodgedOn", lodgedOn.toString()), file);
    }

    @Test
    void a_division_records_its_view_with_a_file_that_whoever_sees_the_draft_downloads_byte_for_byte()
            throws IOException {
        var walk = new ConsultationWalk(fixtures, drafts, routing, threads, windows)
                .ptaRegulationInConsultations(Fixtures.unique("Platform registration regulations"));
        long id = walk.draftId();
        var moit = walk.ministryOfficer();
        var path = "/api/drafts/" + id + "/actions/record-view";
        var observations = Fixtures.uniquePdf("Observations of the Ministry of IT and Telecom");

        // an empty file and one over the limit are refused with what was wrong; the step stays open
        var empty = api.postMultipart(path, viewParts(version(id, moit), ApiClient.Part.file("observations.pdf",
                "application/pdf", new byte[0])), as(moit));
        assertJsonError(empty, 400, "file_refused");
        assertThat(empty.<String>json("$.message")).contains("The file is empty");
        var tooLarge = api.postMultipart(path, viewParts(version(id, moit), ApiClient.Part.file("annex.txt",
                "text/plain", "x".repeat(WebIntegrationTest.MAX_FILE_BYTES + 1).getBytes(StandardCharsets.UTF_8))),
                as(moit));
        assertJsonError(tooLarge, 413, "file_refused");
        assertThat(tooLarge.<String>json("$.message")).contains("larger than");
        var archive = api.postMultipart(path, viewParts(version(id, moit), ApiClient.Part.file("observations.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestFiles.zipNamedLikeDocx())),
                as(moit));
        assertJsonError(archive, 415, "file_refused");
        assertThat(archive.<String>json("$.message")).contains("ZIP archive");
        var waiting = api.get("/api/drafts/" + id + "/routing", as(moit));
        assertThat(waiting.<String>json("$.consultations[0].step")).isEqualTo("ministry-views");
        assertThat(waiting.<Object>json("$.consultations[0].view")).as("nothing recorded").isNull();
        assertThat(waiting.<List<String>>json("$.history[*].action")).doesNotContain("record-view");

        // a file goes only with a division's view
        var wrongAction = api.postMultipart("/api/drafts/" + id + "/actions/to-competent-authority",
                List.of(ApiClient.Part.field("version", String.valueOf(version(id, walk.officer()))),
                        ApiClient.Part.file("note.pdf", "application/pdf", observations)), as(walk.officer()));
        assertJsonError(wrongAction, 400, "invalid_input");
        assertThat(wrongAction.<String>json("$.message")).contains("Only a consulted division");

        var recorded = api.postMultipart(path, viewParts(version(id, moit), ApiClient.Part.file(
                "MoIT observations: fees.pdf", "application/pdf", observations)), as(moit));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        var sha = TestFiles.sha256(observations);
        var consultationId = ((Number) recorded.json("$.consultations[0].id")).longValue();
        assertThat(recorded.<String>json("$.consultations[0].view.view")).isEqualTo("concur-with-observations");
        assertThat(recorded.<String>json("$.consultations[0].view.uoNumber")).isEqualTo("No. 7(2)/2026-Tel");
        assertThat(recorded.<String>json("$.consultations[0].status")).isEqualTo("RECORDED");
        assertThat(recorded.<String>json("$.consultations[0].attachment.fileName"))
                .as("sanitised as version names are").isEqualTo("MoIT observations_ fees.pdf");
        assertThat(recorded.<String>json("$.consultations[0].attachment.mediaType")).isEqualTo("application/pdf");
        assertThat(((Number) recorded.json("$.consultations[0].attachment.size")).longValue())
                .isEqualTo(observations.length);
        assertThat(recorded.<String>json("$.consultations[0].attachment.sha256")).isEqualTo(sha);
        assertThat(recorded.<String>json("$.consultations[0].attachment.uploadedBy")).isEqualTo(moit.getUsername());
        var url = recorded.<String>json("$.consultations[0].attachment.url");
        assertThat(url).isEqualTo("/api/drafts/" + id + "/consultations/" + consultationId + "/attachment");
        assertThat(recorded.<Object>json("$.consultations[1].openedAt")).as("the Law Division's turn").isNotNull();
        assertThat(recorded.<String>json("$.history[-1].details.attachment")).contains(sha);

        // the regulator, the ministry and the NSMCWG get the same bytes; whoever may not see the draft gets 404
        for (var reader : List.of(moit, walk.drafter(), secretary)) {
            var file = api.get(url, as(reader));
            assertThat(file.status()).as(reader.getUsername()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(observations);
            assertThat(file.header("X-Content-SHA256")).isEqualTo(sha);
            assertThat(file.header("Content-Type")).startsWith("application/pdf");
        }
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        assertJsonError(api.get(url, as(outsider)), 404, "not_found");
        assertJsonError(api.get("/api/drafts/" + id + "/consultations/" + (consultationId + 1) + "/attachment",
                as(moit)), 404, "not_found");

        // the Law Division vets without a file, through JSON as before
        var vetted = act(id, "record-view", "{\"version\":" + version(id, walk.lawOfficer())
                + ",\"details\":{\"view\":\"concur\",\"viewText\":\"Vetted.\",\"uoNumber\":\"No. 2(3)/2026-Leg\","
                + "\"uoDate\":\"" + today() + "\",\"designation\":\"Joint Secretary (Legislation)\"}}", walk.lawOfficer());
        assertThat(vetted.status()).as(vetted.text()).isEqualTo(200);
        assertThat(vetted.<Object>json("$.consultations[1].attachment")).isNull();

        // every download is audited
        var auditor = fixtures.user(null, Role.AUDITOR);
        var downloads = new AuditQuery(null, AuditAction.CONSULTATION_FILE_DOWNLOADED, "DRAFT", Long.toString(id),
                null, null);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.as(auditor, () -> audit.count(downloads)) == 3);
        assertThat(Fixtures.as(auditor, () -> audit.find(downloads, 0, 3))).extracting(AuditRecord::detail)
                .allSatisfy(d -> assertThat(d).contains("ministry-views", "sha256 " + sha));

        // the review record names the file with its hash
        var record = api.get("/api/drafts/" + id + "/record.pdf", as(walk.officer()));
        assertThat(record.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(record.body())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("attachedfile:MoITobservations_fees.pdf", sha);
        }
    }

    static List<ApiClient.Part> viewParts(int version, ApiClient.Part file) {
        return List.of(ApiClient.Part.field("version", String.valueOf(version)),
                ApiClient.Part.field("view", "concur-with-observations"),
                ApiClient.Part.field("viewText", "Align the fee schedule with section 5 of the Act."),
                ApiClient.Part.field("uoNumber", "No. 7(2)/2026-Tel"), ApiClient.Part.field("uoDate", today()),
                ApiClient.Part.field("designation", "Joint Secretary (Telecom)"), file);
    }

    static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).toString();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
