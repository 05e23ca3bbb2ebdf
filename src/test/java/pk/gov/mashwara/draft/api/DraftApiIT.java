package pk.gov.mashwara.draft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiClient.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.StoredFiles;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.support.WebIntegrationTest;

@WebIntegrationTest
class DraftApiIT {

    private static final String PDF = "application/pdf";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FileStore store;

    private ApiClient api;
    private MashwaraUser drafter;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
    }

    @Test
    void creating_a_draft_answers_201_with_its_location_and_first_version_without_any_csrf_token() {
        var title = unique("API create");

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "rules_under_statute",
                Part.file("rules.pdf", PDF, Fixtures.uniquePdf(title))), as(drafter.getUsername()));

        assertThat(response.status()).isEqualTo(201);
        Number id = response.json("$.id");
        assertThat(response.<Integer>json("$.version")).isEqualTo(1);
        assertThat(response.<String>json("$.sha256")).matches("[0-9a-f]{64}");
        assertThat(response.header("Location")).endsWith("/api/drafts/" + id);
        // Stateless: the API never starts a session that a browser could ride on
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        var details = api.get("/api/drafts/" + id, as(drafter.getUsername()));
        assertThat(details.<String>json("$.title")).isEqualTo(title);
        assertThat(details.<String>json("$.kind")).isEqualTo("RULES_UNDER_STATUTE");
        assertThat(details.<String>json("$.status")).isEqualTo("DRAFT");
    }

    @Test
    void a_new_version_answers_201_and_the_draft_lists_its_versions_newest_first() {
        var id = createDraft(unique("API versions"));

        var response = api.postMultipart("/api/drafts/" + id + "/versions",
                List.of(Part.file("rules-v2.pdf", PDF, Fixtures.uniquePdf("v2"))), as(drafter.getUsername()));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.<Integer>json("$.version")).isEqualTo(2);
        assertThat(response.header("Location")).endsWith("/api/drafts/" + id + "/versions/2");
        var details = api.get("/api/drafts/" + id, as(drafter.getUsername()));
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.<List<Integer>>json("$.versions[*].number")).containsExactly(2, 1);
        assertThat(details.<List<String>>json("$.versions[*].fileName")).containsExactly("rules-v2.pdf", "draft.pdf");
        assertThat(details.<Boolean>json("$.permissions.uploadVersion")).isTrue();
    }

    @Test
    void the_list_is_filtered_by_committee_kind_status_and_title() {
        var title = unique("API list");
        var id = createDraft(title);
        var user = as(drafter.getUsername());
        var q = "&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);

        assertThat(ids(api.get("/api/drafts?committee=PTA&kind=POLICY&status=DRAFT" + q, user))).containsExactly(id);
        assertThat(ids(api.get("/api/drafts?committee=pta&kind=policy&status=draft" + q, user))).containsExactly(id);
        assertThat(ids(api.get("/api/drafts?committee=PEMRA" + q, user))).isEmpty();
        assertThat(ids(api.get("/api/drafts?kind=BILL" + q, user))).isEmpty();
        // the name before Bills and Ordinances were told apart is still read (as a Bill)
        assertThat(ids(api.get("/api/drafts?kind=BILL_OR_ORDINANCE" + q, user))).isEmpty();
        assertThat(ids(api.get("/api/drafts?status=SUBMITTED" + q, user))).isEmpty();
        var page = api.get("/api/drafts?size=1&page=0" + q, user);
        assertThat(page.<Integer>json("$.total")).isEqualTo(1);
        assertThat(page.<Integer>json("$.size")).isEqualTo(1);
        assertThat(ids(api.get("/api/drafts?size=1&page=1" + q, user))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "size=101", "page=-1", "size=abc", "kind=STATUTE", "status=LOST" })
    void paging_and_filters_are_validated_with_a_json_400(String query) {
        var response = api.get("/api/drafts?" + query, as(drafter.getUsername()));

        assertJsonError(response, 400, "invalid_input");
    }

    @Test
    void the_file_comes_back_byte_for_byte_as_an_attachment_that_is_never_sniffed() {
        var title = unique("API download");
        var content = Fixtures.uniquePdf(title);
        var id = createDraft(title, Part.file("Online Safety Rules.pdf", PDF, content));

        var response = api.get("/api/drafts/" + id + "/versions/1/file", as(drafter.getUsername()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.header("Content-Type")).isEqualTo(PDF);
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(content.length));
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment;").contains("filename=\"Online Safety Rules.pdf\"");
        assertThat(response.header("X-Content-SHA256")).isEqualTo(TestFiles.sha256(content));
    }

    @Test
    void a_hostile_file_name_is_neither_a_path_nor_a_way_to_break_the_download_header() {
        var id = createDraft(unique("API hostile name"),
                Part.file("..\\..\\evil\"name<script>.pdf", PDF, Fixtures.uniquePdf("hostile")));

        var stored = api.get("/api/drafts/" + id, as(drafter.getUsername())).<String>json("$.versions[0].fileName");
        var disposition = api.get("/api/drafts/" + id + "/versions/1/file", as(drafter.getUsername()))
                .header("Content-Disposition");

        assertThat(stored).doesNotContain("/", "\\", "\"", "<", ">").endsWith(".pdf").isEqualTo("evil_name_script_.pdf");
        assertSafeDisposition(disposition);
    }

    @Test
    void a_right_to_left_override_does_not_survive_and_an_urdu_name_does() {
        var spoofed = createDraft(unique("API RTL"), Part.file("minutes\u202Efdp.exe", "text/plain",
                "Minutes of the meeting".getBytes(StandardCharsets.UTF_8)));
        var urdu = createDraft(unique("API Urdu"), Part.file("مسودہ قواعد ۲۰۲۶.pdf", PDF, Fixtures.uniquePdf("urdu")));
        var user = as(drafter.getUsername());

        var spoofedName = api.get("/api/drafts/" + spoofed, user).<String>json("$.versions[0].fileName");
        var spoofedHeader = api.get("/api/drafts/" + spoofed + "/versions/1/file", user).header("Content-Disposition");
        assertThat(spoofedName).doesNotContain("\u202E").isEqualTo("minutes_fdp.exe");
        assertThat(spoofedHeader).doesNotContain("%E2%80%AE", "\u202E");
        assertSafeDisposition(spoofedHeader);

        assertThat(api.get("/api/drafts/" + urdu, user).<String>json("$.versions[0].fileName"))
                .isEqualTo("مسودہ قواعد ۲۰۲۶.pdf");
        var urduHeader = api.get("/api/drafts/" + urdu + "/versions/1/file", user).header("Content-Disposition");
        assertThat(urduHeader).contains("filename*=UTF-8''" + URLEncoder.encode("مسودہ", StandardCharsets.UTF_8));
        assertSafeDisposition(urduHeader);
    }

    @Test
    void without_credentials_or_with_a_wrong_password_the_answer_is_a_json_401() {
        var anonymous = api.get("/api/drafts", null);
        var wrong = api.get("/api/drafts", new ApiClient.Credentials(drafter.getUsername(), "not-the-password"));

        assertJsonError(anonymous, 401, "unauthorized");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertJsonError(wrong, 401, "unauthorized");
    }

    @Test
    void an_unknown_api_path_is_a_json_404_and_never_the_web_page() {
        var response = api.get("/api/no-such-endpoint", as(drafter.getUsername()));

        assertJsonError(response, 404, "not_found");
        assertJsonError(api.get("/api/no-such-endpoint", null), 401, "unauthorized");
    }

    @Test
    void another_committee_s_draft_is_reported_missing_whatever_is_asked() {
        var id = createDraft(unique("API hidden"));
        var outsider = as(fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER).getUsername());

        assertJsonError(api.get("/api/drafts/" + id, outsider), 404, "not_found");
        assertJsonError(api.get("/api/drafts/" + id + "/versions/1/file", outsider), 404, "not_found");
        assertJsonError(api.postMultipart("/api/drafts/" + id + "/versions",
                List.of(Part.file("v2.pdf", PDF, Fixtures.uniquePdf("v2"))), outsider), 404, "not_found");
        assertThat(ids(api.get("/api/drafts?committee=PTA", outsider))).doesNotContain(id);
    }

    @Test
    void a_visible_draft_the_user_may_not_change_is_a_json_403() {
        var id = createDraft(unique("API forbidden"));
        var officer = as(fixtures.user("PTA", Role.COMMITTEE_OFFICER).getUsername());

        assertThat(api.get("/api/drafts/" + id, officer).status()).isEqualTo(200);
        assertJsonError(api.postMultipart("/api/drafts/" + id + "/versions",
                List.of(Part.file("v2.pdf", PDF, Fixtures.uniquePdf("v2"))), officer), 403, "forbidden");
        assertJsonError(api.postMultipart("/api/drafts", ApiClient.newDraft(unique("Officer"), "PTA", "POLICY",
                Part.file("a.pdf", PDF, Fixtures.uniquePdf("a"))), officer), 403, "forbidden");
    }

    @Test
    void a_zip_archive_is_refused_with_415_and_nothing_is_kept() {
        var title = unique("API zip");
        var filesBefore = StoredFiles.count(store.root());

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY",
                Part.file("rules.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        TestFiles.zipNamedLikeDocx())), as(drafter.getUsername()));

        assertJsonError(response, 415, "file_refused");
        assertThat(response.<String>json("$.message")).contains("ZIP");
        assertNoDraftTitled(title);
        assertThat(StoredFiles.count(store.root())).isEqualTo(filesBefore);
    }

    @Test
    void a_file_over_the_portal_s_limit_is_refused_with_413_and_nothing_is_kept() {
        var title = unique("API too large");
        var filesBefore = StoredFiles.count(store.root());
        var tooLarge = new byte[WebIntegrationTest.MAX_FILE_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY",
                Part.file("big.txt", "text/plain", tooLarge)), as(drafter.getUsername()));

        assertJsonError(response, 413, "file_refused");
        assertThat(response.<String>json("$.message")).contains("nothing was stored");
        assertNoDraftTitled(title);
        assertThat(StoredFiles.count(store.root())).isEqualTo(filesBefore);
    }

    @Test
    void a_file_over_the_servlet_s_multipart_limit_is_refused_with_a_json_413_too() {
        var title = unique("API far too large");
        var farTooLarge = new byte[WebIntegrationTest.MULTIPART_MAX_FILE_BYTES + 1024];
        Arrays.fill(farTooLarge, (byte) 'a');

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY",
                Part.file("big.txt", "text/plain", farTooLarge)), as(drafter.getUsername()));

        assertJsonError(response, 413, "file_refused");
        assertNoDraftTitled(title);
    }

    @Test
    void a_request_without_a_file_part_is_a_json_400() {
        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(unique("API no file"), "PTA", "POLICY", null),
                as(drafter.getUsername()));

        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).contains("'file'");
    }

    @Test
    void an_unknown_kind_is_a_json_400_that_names_the_accepted_ones() {
        var title = unique("API bad kind");

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "STATUTE",
                Part.file("a.pdf", PDF, Fixtures.uniquePdf(title))), as(drafter.getUsername()));

        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).contains("STATUTE", "BILL", "ORDINANCE", "REGULATOR_RULES",
                "POLICY");
        assertNoDraftTitled(title);
    }

    @Test
    void the_openapi_description_is_served_and_describes_the_drafts_api() {
        var response = api.get("/api/openapi", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.<Map<String, Object>>json("$.paths")).containsKeys("/api/drafts",
                "/api/drafts/{id}", "/api/drafts/{id}/versions", "/api/drafts/{id}/versions/{number}/file");
    }

    // --- helpers ---

    private long createDraft(String title) {
        return createDraft(title, Part.file("draft.pdf", PDF, Fixtures.uniquePdf(title)));
    }

    private long createDraft(String title, Part file) {
        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY", file),
                as(drafter.getUsername()));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.<Number>json("$.id").longValue();
    }

    private static List<Long> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.<List<Number>>json("$.items[*].id").stream().map(Number::longValue).toList();
    }

    private void assertNoDraftTitled(String title) {
        var auditor = as(fixtures.user(null, Role.AUDITOR).getUsername());
        var response = api.get("/api/drafts?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8), auditor);
        assertThat(response.<Integer>json("$.total")).isZero();
    }


    /** The header is one line, and its quoted filename cannot be closed early or smuggle a path. */
    private static void assertSafeDisposition(String disposition) {
        assertThat(disposition).isNotNull().doesNotContain("\r", "\n")
                .matches("attachment; filename=\"[^\"\\\\/]*\"(; filename\\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+)?");
    }
}
