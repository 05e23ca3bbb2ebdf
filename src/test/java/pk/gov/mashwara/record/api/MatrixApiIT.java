package pk.gov.mashwara.record.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.Severity;
import pk.gov.mashwara.review.SuggestionKind;
import pk.gov.mashwara.review.SuggestionRequest;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The comments matrix through the API: exported as XLSX and Word with only what the reader may see, audited;
 * a received matrix recorded as threads (all rows or none), and a matrix exported from one draft recorded on
 * another with the same text gives the same threads.
 */
@WebIntegrationTest
class MatrixApiIT {

    static final String TEXT = "Clause 1. Platforms shall keep complaint records for three years.\n\n"
            + "Clause 2. Records shall be shared with the Authority on request and without delay.\n\n"
            + "Clause 3. The Authority may issue directions to platforms.\n";
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"Click\")";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewService review;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;
    @Autowired
    pk.gov.mashwara.draft.DraftService drafts;
    @Autowired
    AuditLog audit;

    /** A submitted PTA draft: a member's suggestion the committee accepted, a member's hostile comment, an internal note. */
    record Reviewed(long draftId, MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, long suggestionId) {
    }

    Reviewed reviewed() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Matrix rules"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(id, 1).isFinal());
        var suggestion = Fixtures.as(member, () -> threads.start(new NewThread(id, 1,
                new Selection(null, null, "for three years", null, null, null), "Too long for small firms.", false,
                "LEGAL", Severity.MUST_CHANGE, new SuggestionRequest(SuggestionKind.REPLACE, "for two years"))));
        Fixtures.as(member, () -> threads.start(new NewThread(id, 1, null, HOSTILE, false)));
        Fixtures.as(drafter, () -> threads.start(new NewThread(id, 1,
                new Selection(null, null, "on request and without delay", null, null, null),
                "Internal: the minister wants this kept.", true)));
        Fixtures.as(officer, () -> threads.reply(suggestion.id(), suggestion.opening().id(), "Agreed; two years it is."));
        var current = Fixtures.as(officer, () -> review.thread(suggestion.id()));
        Fixtures.as(officer, () -> threads.resolve(suggestion.id(), current.version(), Resolution.ACCEPTED, null));
        return new Reviewed(id, drafter, officer, member, suggestion.id());
    }

    /** The secretary returns the submitted draft for revision and its drafter uploads the revised text. */
    void revise(long draftId, pk.gov.mashwara.security.MashwaraUser drafter, String text) {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        Fixtures.as(secretary, () -> routing.act(draftId, "return-for-revision", drafts.get(draftId).version(),
                "Please revise as agreed."));
        fixtures.textVersion(drafter, draftId, text);
    }

    @Test
    void the_matrix_holds_what_each_reader_may_see_with_the_verdict_in_the_next_version_and_is_audited() throws Exception {
        var api = new ApiClient(port);
        var r = reviewed();
        revise(r.draftId(), r.drafter(), TEXT.replace("for three years", "for two years"));
        await().atMost(Duration.ofSeconds(90)).until(() -> Fixtures.as(r.officer(),
                () -> review.acceptedSuggestions(r.draftId())).size() == 1);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);

        var all = api.get("/api/drafts/" + r.draftId() + "/versions/2/matrix.xlsx?all=true", ApiClient.as(secretary.getUsername()));
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        var diary = Fixtures.as(r.officer(), () -> drafts.get(r.draftId())).diaryNumber();
        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + diary.replace('/', '-') + "-matrix-all.xlsx\"");
        var rows = rows(all.body());
        assertThat(rows).as("the committee's internal note is not the secretary's to see").hasSize(2);
        var accepted = rows.getFirst();
        assertThat(accepted.get(1)).isEqualTo("1");
        assertThat(accepted.get(2)).as("its clause, or its first words").contains("for three years");
        assertThat(accepted.get(3)).isEqualTo("for three years");
        assertThat(accepted.get(4)).isEqualTo("Too long for small firms.");
        assertThat(accepted.get(5)).isEqualTo("for two years");
        assertThat(accepted.get(6)).contains(r.member().displayName());
        assertThat(accepted.get(7)).isEqualTo("Legal / constitutional");
        assertThat(accepted.get(8)).isEqualTo("Must change");
        assertThat(accepted.get(9)).isEqualTo("Accepted");
        assertThat(accepted.get(10)).contains("Agreed; two years it is.");
        assertThat(accepted.get(11)).isEqualTo("Incorporated in v2");
        var hostile = rows.get(1);
        assertThat(hostile.get(2)).isEqualTo("the draft as a whole");
        assertThat(hostile.get(4)).isEqualTo(HOSTILE);
        assertThat(hostile.get(9)).isEqualTo("Open");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList())).doesNotContain("Internal:");

        var committee = rows(api.get("/api/drafts/" + r.draftId() + "/versions/2/matrix.xlsx?all=true",
                ApiClient.as(r.officer().getUsername())).body());
        assertThat(committee).hasSize(3);
        assertThat(committee).anySatisfy(row -> assertThat(row.get(4)).isEqualTo("[Internal note] Internal: the minister wants this kept."));

        // one version: the open threads are carried to version 2, the accepted one stays on version 1
        assertThat(rows(api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx",
                ApiClient.as(secretary.getUsername())).body())).hasSize(1);
        var word = api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.docx", ApiClient.as(secretary.getUsername()));
        assertThat(word.status()).isEqualTo(200);
        try (var document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
            var table = document.getTables().getFirst();
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(1).getCell(11).getText()).isEqualTo("Incorporated in v2");
        }

        for (var outsider : List.of(fixtures.user("MOIB", Role.COMMITTEE_OFFICER), fixtures.user(null, Role.ADMIN))) {
            var refused = api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx", ApiClient.as(outsider.getUsername()));
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.<String>json("$.message")).isNotBlank();
        }
        assertThat(api.get("/api/drafts/" + r.draftId() + "/versions/9/matrix.docx", ApiClient.as(r.officer().getUsername()))
                .status()).isEqualTo(404);

        var auditor = fixtures.user(null, Role.AUDITOR);
        var exported = new AuditQuery(null, AuditAction.MATRIX_EXPORTED, "DRAFT", Long.toString(r.draftId()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(exported)) == 4);
        assertThat(Fixtures.as(auditor, () -> audit.find(exported, 0, 10))).extracting(e -> e.detail())
                .anyMatch(d -> d.startsWith("comments matrix of every version (xlsx), 2 rows"))
                .anyMatch(d -> d.startsWith("comments matrix of v1 (docx), 1 rows"));
    }

    @Test
    void a_matrix_exported_from_one_draft_and_recorded_on_another_with_the_same_text_gives_the_same_threads() throws Exception {
        var api = new ApiClient(port);
        var r = reviewed();
        var exported = api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx", ApiClient.as(r.officer().getUsername()));
        assertThat(exported.status()).isEqualTo(200);

        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        long other = fixtures.textDraft(drafter, Fixtures.unique("Same text"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(other, 1).isFinal());
        var recorded = api.postMultipart("/api/drafts/" + other + "/versions/1/matrix",
                List.of(Part.file("matrix.xlsx", "application/octet-stream", exported.body()),
                        Part.field("receivedOn", "2026-11-30")), ApiClient.as(drafter.getUsername()));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(recorded.<Integer>json("$.recorded")).isEqualTo(3);
        assertThat(recorded.<Integer>json("$.anchored")).isEqualTo(2);
        assertThat(recorded.<List<?>>json("$.unanchored")).isEmpty();

        var before = Fixtures.as(r.officer(), () -> review.threads(r.draftId(), 1));
        var after = Fixtures.as(drafter, () -> review.threads(other, 1));
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            var a = before.get(i);
            var b = after.get(i);
            assertThat(b.passage() == null ? null : b.passage().exact()).isEqualTo(a.passage() == null ? null : a.passage().exact());
            assertThat(b.passage() == null ? null : b.passage().start()).isEqualTo(a.passage() == null ? null : a.passage().start());
            assertThat(b.opening().body()).isEqualTo(a.internal() ? "[Internal note] " + a.opening().body() : a.opening().body());
            assertThat(b.category()).isEqualTo(a.category());
            assertThat(b.severity()).isEqualTo(a.severity());
            assertThat(b.suggestion() == null ? null : b.suggestion().kind()).isEqualTo(a.suggestion() == null ? null : a.suggestion().kind());
            assertThat(b.suggestion() == null ? null : b.suggestion().proposed())
                    .isEqualTo(a.suggestion() == null ? null : a.suggestion().proposed());
            assertThat(b.fromMatrix().receivedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(b.fromMatrix().commenter()).isEqualTo(a.opening().authorName()
                    + (a.opening().authorHome() == null ? "" : " (" + a.opening().authorHome().name() + ")"));
            assertThat(b.internal()).isFalse();
        }
        // exported again, the recorded threads name the commenter and the matrix they came from
        var again = rows(api.get("/api/drafts/" + other + "/versions/1/matrix.xlsx", ApiClient.as(drafter.getUsername())).body());
        assertThat(again.getFirst().get(6)).startsWith(r.member().displayName()).endsWith("\nRecorded from a matrix received on 30/11/2026");

        var auditor = fixtures.user(null, Role.AUDITOR);
        var imported = new AuditQuery(drafter.getUsername(), AuditAction.MATRIX_IMPORTED, "DRAFT", Long.toString(other), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(imported)) == 1);
        assertThat(Fixtures.as(auditor, () -> audit.find(imported, 0, 1)).getFirst().detail())
                .isEqualTo("comments matrix received on 2026-11-30 recorded on v1: 3 threads, 2 on the passage they quote");
        var started = new AuditQuery(drafter.getUsername(), AuditAction.THREAD_STARTED, "DRAFT", Long.toString(other), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(started)) == 3);
    }

    @Test
    void a_matrix_exported_in_urdu_has_urdu_headings_right_to_left_and_records_the_same_threads() throws Exception {
        var api = new ApiClient(port);
        var r = reviewed();
        var officer = ApiClient.as(r.officer().getUsername());
        var exported = api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx", "ur", officer);
        assertThat(exported.status()).isEqualTo(200);
        var english = rows(api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx", "en", officer).body());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(exported.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            var header = sheet.getRow(3);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("موجودہ متن");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("تبصرہ");
            assertThat(header.getCell(3).getCellStyle().getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
        }
        var urdu = rows(exported.body());
        assertThat(urdu).hasSize(english.size());
        // what people wrote is the same in both; the portal's own words are Urdu
        for (int i = 0; i < urdu.size(); i++) {
            assertThat(urdu.get(i).get(3)).isEqualTo(english.get(i).get(3));
            assertThat(urdu.get(i).get(5)).isEqualTo(english.get(i).get(5));
        }
        var accepted = urdu.stream().filter(row -> row.get(5).equals("for two years")).findFirst().orElseThrow();
        assertThat(accepted.get(8)).isEqualTo("لازماً تبدیل کریں");
        assertThat(accepted.get(9)).isEqualTo("قبول");
        assertThat(urdu.stream().filter(row -> row.get(5).isEmpty() && row.get(3).isEmpty()).findFirst().orElseThrow()
                .get(9)).isEqualTo("زیرِ غور");

        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        long other = fixtures.textDraft(drafter, Fixtures.unique("Same text in Urdu"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(other, 1).isFinal());
        var recorded = api.postMultipart("/api/drafts/" + other + "/versions/1/matrix",
                List.of(Part.file("matrix.xlsx", "application/octet-stream", exported.body()),
                        Part.field("receivedOn", "2026-11-30")), ApiClient.as(drafter.getUsername()));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(recorded.<Integer>json("$.recorded")).isEqualTo(3);
        assertThat(recorded.<Integer>json("$.anchored")).isEqualTo(2);
        var before = Fixtures.as(r.officer(), () -> review.threads(r.draftId(), 1));
        var after = Fixtures.as(drafter, () -> review.threads(other, 1));
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            var a = before.get(i);
            var b = after.get(i);
            assertThat(b.passage() == null ? null : b.passage().exact()).isEqualTo(a.passage() == null ? null : a.passage().exact());
            assertThat(b.opening().body()).isEqualTo(a.internal() ? "[اندرونی نوٹ] " + a.opening().body() : a.opening().body());
            assertThat(b.category()).isEqualTo(a.category());
            assertThat(b.severity()).isEqualTo(a.severity());
            assertThat(b.suggestion() == null ? null : b.suggestion().proposed())
                    .isEqualTo(a.suggestion() == null ? null : a.suggestion().proposed());
        }
        // exported again in Urdu and read back: the Urdu "recorded from" line is not taken for the commenter
        var again = api.get("/api/drafts/" + other + "/versions/1/matrix.xlsx", "ur", ApiClient.as(drafter.getUsername()));
        assertThat(rows(again.body()).getFirst().get(6)).startsWith(r.member().displayName()).contains("موصولہ میٹرکس");
        var third = fixtures.textDraft(drafter, Fixtures.unique("Same text, third"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(third, 1).isFinal());
        var recordedAgain = api.postMultipart("/api/drafts/" + third + "/versions/1/matrix",
                List.of(Part.file("matrix.xlsx", "application/octet-stream", again.body())), ApiClient.as(drafter.getUsername()));
        assertThat(recordedAgain.status()).as(recordedAgain.text()).isEqualTo(201);
        var thirdThreads = Fixtures.as(drafter, () -> review.threads(third, 1));
        assertThat(thirdThreads).extracting(t -> t.fromMatrix().commenter())
                .containsExactlyElementsOf(after.stream().map(t -> t.fromMatrix().commenter()).toList());
    }

    @Test
    void a_malformed_matrix_records_nothing_and_says_which_row_and_unquoted_passages_are_listed() throws Exception {
        var api = new ApiClient(port);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Received matrix"), TEXT).id();
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(id, 1).isFinal());
        var path = "/api/drafts/" + id + "/versions/1/matrix";

        var bad = xlsx(List.of(
                List.of("for three years", "Shorter.", "for a year", "A. Khan (Law Division)", "Legal", "Must change"),
                List.of("", "General point.", "", "B. Ali (MoFA)", "Gossip", "")));
        var refused = api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", bad)),
                ApiClient.as(officer.getUsername()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.message")).contains("Row 3", "Gossip", "nothing was recorded");
        assertThat(Fixtures.as(officer, () -> review.threads(id, 1))).as("nothing half-recorded").isEmpty();
        var notXlsx = api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", "a,b".getBytes())),
                ApiClient.as(officer.getUsername()));
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.<String>json("$.field")).isEqualTo("file");
        var future = api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", bad),
                Part.field("receivedOn", LocalDate.now().plusDays(3).toString())), ApiClient.as(officer.getUsername()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.<String>json("$.field")).isEqualTo("receivedOn");

        var good = xlsx(List.of(
                List.of("for three years", "Shorter.", "for a year", "A. Khan (Law Division)", "LEGAL", "must change"),
                List.of("keep records forever", "Not in the text.", "", "B. Ali (MoFA)", "Policy", "Consider"),
                List.of("", "", "", "", "", "")));
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        assertThat(api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", good)),
                ApiClient.as(member.getUsername())).status()).as("a member does not record matrices").isEqualTo(403);
        assertThat(api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", good)),
                ApiClient.as(fixtures.user("MOIB", Role.COMMITTEE_OFFICER).getUsername())).status()).isEqualTo(404);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var recorded = api.postMultipart(path, List.of(Part.file("m.xlsx", "application/octet-stream", good)),
                ApiClient.as(secretary.getUsername()));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(recorded.<Integer>json("$.recorded")).isEqualTo(2);
        assertThat(recorded.<Integer>json("$.anchored")).isEqualTo(1);
        assertThat(recorded.<Integer>json("$.unanchored[0].row")).isEqualTo(3);
        assertThat(recorded.<String>json("$.unanchored[0].existingText")).isEqualTo("keep records forever");
        List<ThreadView> kept = Fixtures.as(officer, () -> review.threads(id, 1));
        assertThat(kept).hasSize(2);
        assertThat(kept.getFirst().suggestion().proposed()).isEqualTo("for a year");
        assertThat(kept.getFirst().fromMatrix().commenter()).isEqualTo("A. Khan (Law Division)");
        assertThat(kept.getFirst().fromMatrix().receivedOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Karachi")));
        assertThat(kept.get(1).passage()).as("kept on the draft as a whole").isNull();
        assertThat(kept.get(1).opening().body()).isEqualTo("Not in the text.");
    }

    @Test
    void the_review_record_lists_the_accepted_suggestions_the_latest_version_does_not_carry() throws Exception {
        var api = new ApiClient(port);
        var r = reviewed();
        revise(r.draftId(), r.drafter(), TEXT.replace("Clause 3.", "Clause 3. Amended:"));
        await().atMost(Duration.ofSeconds(90)).until(() -> Fixtures.as(r.officer(),
                () -> review.suggestionsNotFound(r.draftId())).size() == 1);
        var record = api.get("/api/drafts/" + r.draftId() + "/record.pdf", ApiClient.as(r.officer().getUsername()));
        assertThat(record.status()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(record.body())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Accepted suggestions not found in the latest version",
                    "1 of the 1 accepted suggestions checked are not in the latest version checked", "for two years",
                    "Not found in v2");
        }
        var rows = rows(api.get("/api/drafts/" + r.draftId() + "/versions/1/matrix.xlsx",
                ApiClient.as(r.officer().getUsername())).body());
        assertThat(rows.getFirst().get(11)).isEqualTo("Not found in v2");
    }

    /** A matrix with the export's headings and the given rows (existing, comment, proposed, commenter, category, severity). */
    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Comments");
            var header = sheet.createRow(0);
            var headings = List.of("Existing text", "Comment", "Proposed text", "Commenter and organisation", "Category", "Severity");
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The rows below the header of an exported matrix, every cell text. */
    static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            var out = new ArrayList<List<String>>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                for (int c = 0; c < 12; c++) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                    cells.add(row.getCell(c).getStringCellValue());
                }
                out.add(cells);
            }
            return out;
        }
    }
}
