package pk.gov.mashwara.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** Upload through the API, then read the extracted text and find it, as the API's users would. */
@WebIntegrationTest
class SearchApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ThreadActions threads;

    private ApiClient api;
    private MashwaraUser drafter;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
    }

    @Test
    void an_uploaded_pdf_is_extracted_readable_and_found_with_a_highlighted_snippet_by_its_committee_only() {
        var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        var pdf = DemoDocuments.pdf("Broadcast code", List.of("Licensees shall observe the " + word + " requirement.",
                "A second paragraph about regulations."));
        var created = api.postMultipart("/api/drafts", ApiClient.newDraft(Fixtures.unique("API search"), "MOIB", "POLICY",
                Part.file("code.pdf", "application/pdf", pdf)), as(drafter.getUsername()));
        assertThat(created.status()).isEqualTo(201);
        long id = created.<Number>json("$.id").longValue();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get("/api/drafts/" + id + "/versions/1", as(drafter.getUsername())).<String>json("$.extraction"))
                .isEqualTo("DONE"));

        var text = api.get("/api/drafts/" + id + "/versions/1/text", as(drafter.getUsername()));
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.header("Content-Type")).startsWith("text/plain");
        assertThat(text.text()).contains("Licensees shall observe the " + word + " requirement.");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var found = api.get("/api/search?q=" + word, as(drafter.getUsername()));
            assertThat(found.<Integer>json("$.total")).isEqualTo(1);
            assertThat(found.<Number>json("$.hits[0].draftId").longValue()).isEqualTo(id);
            assertThat(found.<String>json("$.hits[0].snippets[0]")).contains("<mark>" + word + "</mark>");
            assertThat(found.<Map<String, Object>>json("$.facets.committee")).containsEntry("MOIB", 1);
        });

        var outsider = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var hidden = api.get("/api/search?q=" + word, as(outsider.getUsername()));
        assertThat(hidden.<Integer>json("$.total")).isZero();
        assertThat(hidden.<Map<String, Object>>json("$.facets.committee")).doesNotContainKey("MOIB");
        assertJsonError(api.get("/api/drafts/" + id + "/versions/1/text", as(outsider.getUsername())), 404, "not_found");
        assertJsonError(api.get("/api/drafts/" + id + "/versions/1", as(outsider.getUsername())), 404, "not_found");
    }

    @Test
    void a_malformed_query_or_filter_is_a_json_400_and_no_credentials_a_json_401() {
        var user = as(drafter.getUsername());
        assertJsonError(api.get("/api/search?q=" + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8), user), 400,
                "invalid_input");
        assertJsonError(api.get("/api/search?q=x&kind=NOVEL", user), 400, "invalid_input");
        assertJsonError(api.get("/api/search?q=x&size=51", user), 400, "invalid_input");
        assertJsonError(api.get("/api/search?q=x&page=214748364&size=20", user), 400, "invalid_input");
        assertJsonError(api.get("/api/search?q=" + URLEncoder.encode("/.*/", StandardCharsets.UTF_8), user), 400,
                "invalid_input");
        assertJsonError(api.get("/api/search?q=x", null), 401, "unauthorized");
    }

    @Test
    void matching_comments_come_with_the_results_internal_notes_only_for_their_committee() {
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var word = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        var created = fixtures.submittedDraft(drafter, officer, Fixtures.unique("API comment search"));
        var open = Fixtures.as(member, () -> threads.start(new NewThread(created.id(), 1, null,
                "The " + word + " clause is unclear.", false)));
        Fixtures.as(officer, () -> threads.start(new NewThread(created.id(), 1, null, "Internal: " + word, true)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/search?q=" + word, as(drafter.getUsername())).<Integer>json("$.comments.total")).isEqualTo(2));

        var found = api.get("/api/search?q=" + word, as(member.getUsername()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<Integer>json("$.comments.total")).isEqualTo(1);
        assertThat(found.<Boolean>json("$.comments.available")).isTrue();
        assertThat(found.<Number>json("$.comments.hits[0].threadId").longValue()).isEqualTo(open.id());
        assertThat(found.<Number>json("$.comments.hits[0].draftId").longValue()).isEqualTo(created.id());
        assertThat(found.<Boolean>json("$.comments.hits[0].internal")).isFalse();
        assertThat(found.<String>json("$.comments.hits[0].committee")).isEqualTo("MOIB");
        assertThat(found.<String>json("$.comments.hits[0].author")).isEqualTo(member.displayName());
        assertThat(found.<String>json("$.comments.hits[0].snippet")).contains("<mark>" + word + "</mark>");
        assertThat(found.<String>json("$.comments.hits[0].link"))
                .isEqualTo("drafts/" + created.id() + "/versions/1/text?thread=" + open.id());

        var outsider = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        assertThat(api.get("/api/search?q=" + word, as(outsider.getUsername())).<Integer>json("$.comments.total")).isZero();
    }
}
