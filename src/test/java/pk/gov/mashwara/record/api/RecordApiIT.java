package pk.gov.mashwara.record.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

@WebIntegrationTest
class RecordApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DraftService drafts;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void the_record_is_a_pdf_attachment_named_after_the_diary_number() throws IOException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var title = Fixtures.unique("Record over the API <b>as text</b>");
        var created = fixtures.submittedDraft(drafter, officer, title);
        var diary = Fixtures.as(drafter, () -> drafts.get(created.id())).diaryNumber();

        var response = api.get("/api/drafts/" + created.id() + "/record.pdf", as(member.getUsername()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + diary.replace('/', '-') + "-record.pdf\"");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf)).contains(title, "Diary No. " + diary, created.sha256());
        }
    }

    @Test
    void a_draft_the_caller_may_not_see_is_not_found_and_without_credentials_the_answer_is_401() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, Fixtures.unique("Record API hidden"));
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        assertJsonError(api.get("/api/drafts/" + created.id() + "/record.pdf", as(member.getUsername())), 404,
                "not_found");
        assertJsonError(api.get("/api/drafts/" + created.id() + "/record.pdf", null), 401, "unauthorized");
        assertThat(api.get("/api/drafts/" + created.id() + "/record.pdf", as(drafter.getUsername())).status())
                .isEqualTo(200);
    }
}
