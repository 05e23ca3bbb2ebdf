package pk.gov.mashwara.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.review.DraftTexts;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.ExtractionAdminService;

/** Two versions uploaded through the API and compared through it, as its users would. */
@WebIntegrationTest
class ComparisonApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ExtractionAdminService extraction;

    @Test
    void two_uploaded_versions_are_compared_as_json_and_refusals_are_json_errors() {
        var api = new ApiClient(port);
        var drafter = as(fixtures.user("MOIB", Role.COMMITTEE_DRAFTER).getUsername());
        var v1 = "1. Licensees shall keep a record for ninety days.\n\n2. The code applies to all channels.\n";
        var v2 = "1. Licensees shall keep a record for sixty days.\n\n2. The code applies to all channels.\n\n"
                + "٣۔ یہ ضابطہ فوری نافذ ہوگا۔\n";
        var created = api.postMultipart("/api/drafts", ApiClient.newDraft(Fixtures.unique("API comparison"), "MOIB",
                "POLICY", Part.file("v1.txt", "text/plain", v1.getBytes(StandardCharsets.UTF_8))), drafter);
        assertThat(created.status()).isEqualTo(201);
        long id = created.<Number>json("$.id").longValue();
        awaitText(api, id, 1, drafter);
        var second = api.postMultipart("/api/drafts/" + id + "/versions",
                List.of(Part.file("v2.txt", "text/plain", v2.getBytes(StandardCharsets.UTF_8))), drafter);
        assertThat(second.status()).isEqualTo(201);
        awaitText(api, id, 2, drafter);

        var compared = api.get("/api/drafts/" + id + "/compare?from=1&to=2", drafter);
        assertThat(compared.status()).as(compared.text()).isEqualTo(200);
        assertThat(compared.header("Content-Type")).startsWith("application/json");
        assertThat(compared.<Integer>json("$.from.versionNumber")).isEqualTo(1);
        assertThat(compared.<Integer>json("$.to.versionNumber")).isEqualTo(2);
        assertThat(compared.<Map<String, Object>>json("$.counts")).containsEntry("paragraphsChanged", 1)
                .containsEntry("paragraphsAdded", 1).containsEntry("wordsRemoved", 1).containsEntry("wordsAdded", 1 + 6);
        assertThat(compared.<List<String>>json("$.rows[*].kind")).containsExactly("CHANGED", "UNCHANGED", "ADDED");
        assertThat(compared.<List<String>>json("$.rows[0].segments[?(@.change != 'SAME')].text"))
                .containsExactly("ninety", "sixty");
        assertThat(compared.<String>json("$.rows[2].to.text")).isEqualTo("٣۔ یہ ضابطہ فوری نافذ ہوگا۔");
        int start = compared.<Integer>json("$.rows[2].to.start");
        int end = compared.<Integer>json("$.rows[2].to.end");
        var text = api.get("/api/drafts/" + id + "/versions/2/text", drafter).text();
        assertThat(text.substring(start, end)).isEqualTo("٣۔ یہ ضابطہ فوری نافذ ہوگا۔");
        assertThat(compared.<Boolean>json("$.precision.approximateAlignment")).isFalse();
        assertThat(compared.<Object>json("$.rows[2].from")).isNull();

        // one page holds all: nothing left out, no next page
        assertThat(compared.<Integer>json("$.places")).isEqualTo(2);
        assertThat(compared.<Integer>json("$.placesShown")).isEqualTo(2);
        assertThat(compared.<Integer>json("$.rowCount")).isEqualTo(3);
        assertThat(compared.<List<Integer>>json("$.rows[*].index")).containsExactly(0, 1, 2);
        assertThat(compared.<Object>json("$.next")).isNull();

        // a page of one row, and the next from where it ended
        var first = api.get("/api/drafts/" + id + "/compare?from=1&to=2&limit=1", drafter);
        assertThat(first.<List<Integer>>json("$.rows[*].index")).containsExactly(0);
        assertThat(first.<Integer>json("$.next")).isEqualTo(1);
        assertThat(first.<Integer>json("$.placesShown")).isEqualTo(1);
        var rest = api.get("/api/drafts/" + id + "/compare?from=1&to=2&limit=2&start=1", drafter);
        assertThat(rest.<List<Integer>>json("$.rows[*].index")).containsExactly(1, 2);
        assertThat(rest.<Integer>json("$.start")).isEqualTo(1);
        var rows = api.get("/api/drafts/" + id + "/compare/rows?from=1&to=2&start=1&count=5", drafter);
        assertThat(rows.status()).as(rows.text()).isEqualTo(200);
        assertThat(rows.<List<String>>json("$[*].kind")).containsExactly("UNCHANGED", "ADDED");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2&limit=0", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2&limit=5000", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2&start=99", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2&start=-1", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare/rows?from=1&to=2&start=0&count=1001", drafter), 400,
                "invalid_input");

        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=2&to=2", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=x", drafter), 400, "invalid_input");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=7", drafter), 404, "not_found");
        var outsider = as(fixtures.user("PTA", Role.COMMITTEE_DRAFTER).getUsername());
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2", outsider), 404, "not_found");
        assertJsonError(api.get("/api/drafts/" + id + "/compare/rows?from=1&to=2&start=0", outsider), 404, "not_found");
        assertJsonError(api.get("/api/drafts/" + id + "/compare?from=1&to=2", null), 401, "unauthorized");
    }

    /**
     * Waits for the version's text; a failure is queued again (see {@link DraftTexts#awaitText}: another test
     * context's extraction may claim the job without having the file).
     */
    private void awaitText(ApiClient api, long id, int version, ApiClient.Credentials drafter) {
        for (int attempt = 0; attempt <= 3; attempt++) {
            await().atMost(DraftTexts.EXTRACTED_WITHIN).until(() -> List.of("DONE", "FAILED")
                    .contains(api.get("/api/drafts/" + id + "/versions/" + version, drafter).<String>json("$.extraction")));
            if ("DONE".equals(api.get("/api/drafts/" + id + "/versions/" + version, drafter).<String>json("$.extraction"))) {
                return;
            }
            Fixtures.as(Fixtures.systemAdministrator(), () -> extraction.retry(id, version));
        }
        throw new AssertionError("The text of v" + version + " was not extracted");
    }
}
