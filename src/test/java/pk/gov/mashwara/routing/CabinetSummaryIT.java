package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The summary for the Cabinet generated from a draft's record: a PTA rule under section 37(2) walked through MoIT's
 * and Finance's views (Finance's received on paper) and the Law Division's vetting to the Cabinet's step, downloaded
 * through the API and read back with POI; refused where no Cabinet step applies and to those it is not for.
 */
@WebIntegrationTest
class CabinetSummaryIT {

    static final String FILE_NUMBER = "F. No. 2(1)/2026-Pub.";

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
    CabinetSummaryService summaries;

    ConsultationWalk walk() {
        return new ConsultationWalk(fixtures, drafts, routing, threads, windows);
    }

    static String today() {
        return LocalDate.now(DraftService.OFFICE_ZONE).toString();
    }

    @Test
    void the_summary_of_a_pta_rule_at_the_cabinet_step_carries_the_record_on_every_page() throws IOException {
        var api = new ApiClient(port);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var title = Fixtures.unique("Social Media Platforms (Registration) Rules");
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_RULES, true, false, title);
        Fixtures.as(pta, () -> drafts.setFileNumber(id, FILE_NUMBER));
        var diary = Fixtures.as(pta, () -> drafts.get(id)).diaryNumber();

        assertThat(api.get("/api/drafts/" + id + "/cabinet-summary.docx", ApiClient.as(pta.getUsername())).status())
                .as("the Cabinet's step applies from the consultations' start, before it opens").isEqualTo(200);

        // MoIT and Finance together; Finance's view came on paper and the NSMCWG secretary records it
        walk().act(fixtures.user("MOIT", Role.COMMITTEE_OFFICER), id, "record-view", Fixtures.uo("view", "concur",
                "viewText", "The Ministry supports the rules.", "uoNumber", "U.O. No. 1(3)/2026-Tel"));
        var scan = Fixtures.uniquePdf("U.O. note of the Finance Division");
        var finance = new HashMap<>(Fixtures.uo("view", "concur-with-observations", "viewText",
                "The registration fee covers the Authority's cost", "division", "FINANCE", "receivedOn", today(),
                "uoNumber", "U.O. No. F.5(2)/2026-Exp", "designation", "Deputy Secretary (Expenditure)"));
        walk().act(secretary, id, "record-view", finance,
                new ActionRequest.Attachment("uo-note.pdf", () -> new ByteArrayInputStream(scan)));
        walk().act(fixtures.user("LAW", Role.COMMITTEE_OFFICER), id, "record-view", Fixtures.uo("view", "concur",
                "viewText", "Vetted.", "uoNumber", "U.O. No. 123/2026-Law(Sol)", "designation", "Solicitor"));
        assertThat(Fixtures.as(pta, () -> routing.consultations(id))).filteredOn(RoutingView.ConsultationStep::open)
                .extracting(RoutingView.ConsultationStep::step).containsExactly("cabinet-decision");

        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var response = api.get("/api/drafts/" + id + "/cabinet-summary.docx", ApiClient.as(moit.getUsername()));
        assertThat(response.status()).as("the sponsoring ministry of the regulator").isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            var headers = document.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(headers).as("the default header, on every page").isNotNull();
            assertThat(document.getHeaderFooterPolicy().getFirstPageHeader()).as("no other header on the first page")
                    .isNull();
            var header = headerText(headers);
            assertThat(header).contains("UNCLASSIFIED").contains("NSMCWG Diary No. " + diary).contains(FILE_NUMBER);

            var paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            var text = String.join("\n", paragraphs);
            assertThat(paragraphs.getFirst()).isEqualTo("SUMMARY FOR THE CABINET");
            assertThat(paragraphs.get(1)).isEqualTo("Subject:  " + title);
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("1.  Background.")
                    .contains("Pakistan Telecommunication Authority").contains(diary).contains(FILE_NUMBER)
                    .contains("Ministry of Information Technology"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("3.  Financial implications.")
                    .contains("U.O. No. F.5(2)/2026-Exp").contains("The registration fee covers the Authority's cost."));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("(a)  ")
                    .contains("U.O. No. 1(3)/2026-Tel")
                    .contains(LocalDate.now(DraftService.OFFICE_ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("signed by the Section Officer (Coordination)").contains("The Ministry supports the rules."));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("U.O. No. F.5(2)/2026-Exp")
                    .contains("Deputy Secretary (Expenditure)").contains("Recorded on behalf of the Finance Division"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("U.O. No. 123/2026-Law(Sol)")
                    .contains("signed by the Solicitor"));
            // the NSMCWG's cleared input: its covering note and the point it comes from, as plain paragraphs
            assertThat(text).contains("5.  Input of the NSMCWG.").contains("cleared by")
                    .contains("conveys its input below").contains("Ninety days is long.");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("6.  Decision sought.")
                    .contains("requests the Federal Cabinet to approve the draft").contains(title));
            assertThat(paragraphs.subList(paragraphs.size() - 3, paragraphs.size()).getFirst()).isEqualTo("Secretary");
            assertThat(paragraphs.get(paragraphs.size() - 2)).as("the regulator's ministry signs, not the regulator")
                    .contains("Ministry of Information Technology");
        }

        // the NSMCWG and the Cabinet Division get it; a division consulted on the draft, or another committee, does not
        assertThat(api.get("/api/drafts/" + id + "/cabinet-summary.docx", ApiClient.as(secretary.getUsername()))
                .status()).isEqualTo(200);
        assertThat(api.get("/api/drafts/" + id + "/cabinet-summary.docx",
                ApiClient.as(fixtures.user("CABINET", Role.COMMITTEE_OFFICER).getUsername())).status()).isEqualTo(200);
        assertThat(api.get("/api/drafts/" + id + "/cabinet-summary.docx",
                ApiClient.as(fixtures.user("LAW", Role.COMMITTEE_OFFICER).getUsername())).status())
                .as("a consulted division sees the draft but the summary is not its to lodge").isEqualTo(403);
        assertThat(api.get("/api/drafts/" + id + "/cabinet-summary.docx",
                ApiClient.as(fixtures.user("MOIB", Role.COMMITTEE_OFFICER).getUsername())).status())
                .as("an outsider").isIn(403, 404);
        assertThat(Fixtures.as(moit, () -> summaries.available(id))).as("the page offers it to the sponsor").isTrue();
        assertThat(Fixtures.as(fixtures.user("LAW", Role.COMMITTEE_OFFICER), () -> summaries.available(id))).isFalse();

        var auditor = fixtures.user(null, Role.AUDITOR);
        var exported = new AuditQuery(null, AuditAction.CABINET_SUMMARY_EXPORTED, "DRAFT", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(exported)) == 4);
    }

    @Test
    void no_summary_where_no_cabinet_step_applies() {
        var api = new ApiClient(port);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        long regulations = walk().inConsultations("PTA", DraftKind.REGULATOR_REGULATIONS, false, false,
                Fixtures.unique("Regulations the Authority makes itself"));
        assertThat(api.get("/api/drafts/" + regulations + "/cabinet-summary.docx", ApiClient.as(pta.getUsername()))
                .status()).as("regulations").isEqualTo(404);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        long rules = walk().inConsultations("MOIT", DraftKind.RULES_UNDER_STATUTE, false, false,
                Fixtures.unique("Rules without the Federal Government's power"));
        assertThat(api.get("/api/drafts/" + rules + "/cabinet-summary.docx", ApiClient.as(moit.getUsername()))
                .status()).as("rules where the statute gives the power to no one but the Division").isEqualTo(404);
        assertThat(Fixtures.as(moit, () -> summaries.available(rules))).isFalse();
    }

    private static String headerText(XWPFHeader header) {
        return header.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
