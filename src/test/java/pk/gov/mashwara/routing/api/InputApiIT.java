package pk.gov.mashwara.routing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.InputService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.VersionTexts;

/** The input API as a client uses it: the document, and the letter as PDF and DOCX, each for whom it is meant. */
@WebIntegrationTest
class InputApiIT {

    static final String TEXT = """
            Draft Grievance Rules

            Rule 1. A complaint shall be resolved within seven days of its receipt.
            """;
    static final String NOTE = "The NSMCWG has reviewed the draft and conveys its input below.";
    static final String HTML = "<h2>Points accepted</h2><ol><li>Complaints are resolved within <strong>fourteen"
            + "</strong> days.</li><li>شکایت کا فیصلہ چودہ دن میں کیا جائے۔</li></ol>";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.desk.DeskService desk;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewWindows windows;
    @Autowired
    InputService inputs;
    @Autowired
    VersionTexts texts;
    @Autowired
    AuditLog audit;

    @Test
    void the_input_its_letter_in_pdf_and_docx_and_who_gets_them() throws IOException {
        var api = new ApiClient(port);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Grievance rules"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        var text = texts.text(id, 1).orElseThrow();
        var quote = "resolved within seven days";
        var start = text.indexOf(quote);
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(7))));
        var point = Fixtures.as(member, () -> threads.start(new NewThread(id, 1,
                new Selection(start, start + quote.length(), quote, null, null, null), "Fourteen days, please.", false)));
        fixtures.closeReview(secretary, id);
        Fixtures.as(secretary, () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED,
                "Consumers need the time."));

        // before it is composed: the secretary gets the pre-filled text; the committee and others are told nothing
        var prefilled = api.get("/api/drafts/" + id + "/input", ApiClient.as(secretary.getUsername()));
        assertThat(prefilled.status()).isEqualTo(200);
        assertThat(prefilled.<String>json("$.status")).isEqualTo("NOT_COMPOSED");
        assertThat(prefilled.<String>json("$.text")).contains("Fourteen days, please.", quote);
        assertThat(prefilled.<String>json("$.points[0].passage")).isEqualTo(quote);
        assertThat(prefilled.<String>json("$.points[0].position")).isEqualTo("ACCEPTED");
        assertThat(prefilled.<String>json("$.points[0].reason")).isEqualTo("Consumers need the time.");
        assertThat(prefilled.<String>json("$.points[0].reader")).isEqualTo("/drafts/" + id + "/versions/1/text?thread="
                + point.id());
        for (var who : List.of(drafter, officer, outsider)) {
            assertThat(api.get("/api/drafts/" + id + "/input", ApiClient.as(who.getUsername())).status())
                    .as(who.getUsername()).isEqualTo(404);
        }
        assertThat(api.get("/api/drafts/" + id + "/input.pdf", ApiClient.as(secretary.getUsername())).status())
                .as("no letter before clearance").isEqualTo(404);

        Fixtures.as(secretary, () -> inputs.save(id, 0, NOTE, HTML));
        fixtures.act(secretary, id, "send-for-clearance");
        fixtures.act(focal, id, "clear");
        fixtures.act(officer, id, "take-up-input");
        fixtures.act(drafter, id, "record-response", Map.of("threadId", String.valueOf(point.id()),
                "response", "Rule 1 now says fourteen days."));

        assertThat(Fixtures.as(drafter, () -> desk.lastLooked(id))).as("the drafter has not looked yet").isEmpty();
        var input = api.get("/api/drafts/" + id + "/input", ApiClient.as(drafter.getUsername()));
        assertThat(input.status()).isEqualTo(200);
        assertThat(Fixtures.as(drafter, () -> desk.lastLooked(id))).as("reading the input through the API is a look, "
                + "as opening its page is").isPresent();
        // people by name and office, as the page names them, besides their user ids
        assertThat(input.<String>json("$.revisions[0].author")).isEqualTo(secretary.getUsername());
        assertThat(input.<String>json("$.revisions[0].authorOffice")).isEqualTo("NSMCWG secretary");
        assertThat(input.<String>json("$.clearance.signerOffice")).isEqualTo("Focal person");
        assertThat(input.<String>json("$.points[0].response.by")).isEqualTo(drafter.getUsername());
        assertThat(input.<String>json("$.points[0].response.byName")).isEqualTo(drafter.displayName());
        assertThat(input.<String>json("$.points[0].response.byOffice")).isEqualTo("Drafter (PTA)");
        assertThat(input.<String>json("$.status")).isEqualTo("CLEARED");
        assertThat(input.<String>json("$.coveringNote")).isEqualTo(NOTE);
        assertThat(input.<String>json("$.text")).isEqualTo(HTML);
        assertThat(input.<Integer>json("$.revision")).isEqualTo(1);
        assertThat(input.<String>json("$.revisions[0].authorName")).isEqualTo(secretary.displayName());
        assertThat(input.<String>json("$.clearance.signerName")).isEqualTo(focal.displayName());
        assertThat(input.<String>json("$.clearance.hash")).matches("[0-9a-f]{64}");
        assertThat(input.<String>json("$.points[0].response.text")).isEqualTo("Rule 1 now says fourteen days.");
        var diary = input.<String>json("$.diaryNumber");
        assertThat(api.get("/api/drafts/" + id + "/input", ApiClient.as(outsider.getUsername())).status()).isEqualTo(404);

        var pdf = api.get("/api/drafts/" + id + "/input.pdf", ApiClient.as(officer.getUsername()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("attachment", ".pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed).contains("GOVERNMENT OF PAKISTAN", "No. " + diary, "Subject:",
                    "National Social Media Coordination Working Group", NOTE, "Points accepted",
                    "Complaints are resolved within fourteen days.",
                    "This issues with the approval of the focal person (" + focal.displayName() + ").",
                    "Secretary, NSMCWG", input.<String>json("$.clearance.hash"));
            assertThat(printed).doesNotContain("<strong>", "<li>");
        }

        var docx = api.get("/api/drafts/" + id + "/input.docx", ApiClient.as(drafter.getUsername()));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            var paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            var all = paragraphs.stream().collect(Collectors.joining("\n"));
            assertThat(all).contains("No. " + diary, NOTE, "This issues with the approval of the focal person ("
                    + focal.displayName() + ").");
            assertThat(paragraphs).contains("1.  Complaints are resolved within fourteen days.",
                    "2.  شکایت کا فیصلہ چودہ دن میں کیا جائے۔", "Points accepted");
            var bold = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().equals("fourteen")).findFirst().orElseThrow();
            assertThat(bold.isBold()).as("emphasis is kept").isTrue();
        }
        for (var path : List.of("/input.pdf", "/input.docx")) {
            assertThat(api.get("/api/drafts/" + id + path, ApiClient.as(outsider.getUsername())).status())
                    .as(path).isEqualTo(404);
        }

        var auditor = fixtures.user(null, Role.AUDITOR);
        var exported = new AuditQuery(null, AuditAction.INPUT_LETTER_EXPORTED, "DRAFT", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(exported)) == 2);
    }
}
