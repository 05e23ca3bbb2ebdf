package pk.gov.mashwara.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** The engagement log over HTTP: the happy path, and each refusal as the API's JSON error naming its field. */
@WebIntegrationTest
class EngagementApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi")).toString();
    }

    @Test
    void an_engagement_is_logged_read_given_a_document_and_a_commitment_that_is_followed_up() {
        var api = new ApiClient(port);
        var nsa = ApiClient.as(fixtures.user("NSD", Role.NSA_LEAD).getUsername());
        var ptaOfficer = ApiClient.as(fixtures.user("PTA", Role.COMMITTEE_OFFICER).getUsername());
        var subject = Fixtures.unique("Letter to Google on a liaison office");
        var created = api.postJson("/api/engagements", """
                {"company":"google","kind":"letter_sent","occurredOn":"%s","subject":"%s","ourParticipants":"NSA's lead",
                 "topics":"A liaison office","directionNumber":"7","letterReference":"No. 1(1)/AS-II/2021",
                 "bodies":["MOIT"]}""".formatted(today(), subject), nsa);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        int id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/engagements/" + id);
        assertThat(created.<String>json("$.company")).isEqualTo("Google");

        var listed = api.get("/api/engagements?company=Google&kind=LETTER_SENT", nsa);
        assertThat(listed.<List<String>>json("$.items[*].subject")).contains(subject);

        var content = "Our letter, signed.".getBytes(StandardCharsets.UTF_8);
        var doc = api.postMultipart("/api/engagements/" + id + "/documents", List.of(Part.field("direction", "SENT"),
                Part.file("letter.txt", "text/plain", content)), nsa);
        assertThat(doc.status()).as(doc.text()).isEqualTo(201);
        int docId = doc.json("$.id");
        var file = api.get("/api/engagements/" + id + "/documents/" + docId, nsa);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(content);
        assertThat(file.header("X-Content-SHA256")).isEqualTo(doc.<String>json("$.sha256"));

        var commitment = api.postJson("/api/engagements/" + id + "/commitments",
                "{\"owner\":\"PTA\",\"description\":\"The pending requests\",\"dueOn\":\"" + today() + "\"}", nsa);
        assertThat(commitment.status()).as(commitment.text()).isEqualTo(201);
        int commitmentId = commitment.json("$.id");
        var owed = api.get("/api/commitments?owner=PTA&status=OPEN", ptaOfficer);
        assertThat(owed.<List<Integer>>json("$[*].id")).contains(commitmentId);
        var done = api.postJson("/api/commitments/" + commitmentId + "/done", "{\"note\":\"Sent\"}", ptaOfficer);
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.<String>json("$.status")).isEqualTo("DONE");
        var again = api.postJson("/api/commitments/" + commitmentId + "/lapsed", "{\"note\":\"Late\"}", nsa);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.message")).contains("already followed up");
    }

    @Test
    void bad_input_and_callers_who_may_not_are_refused_with_clear_errors() {
        var api = new ApiClient(port);
        var member = ApiClient.as(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER).getUsername());
        var drafter = ApiClient.as(fixtures.user("PTA", Role.COMMITTEE_DRAFTER).getUsername());
        var body = """
                {"company":"%s","kind":"%s","occurredOn":"%s","subject":"A call","ourParticipants":"Us","topics":"T"}""";

        var notAllowed = api.postJson("/api/engagements", body.formatted("Google", "CALL", today()), drafter);
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(notAllowed.<String>json("$.message")).contains("Only the NSMCWG and the NSA’s lead");

        var unknownCompany = api.postJson("/api/engagements", body.formatted("MySpace", "CALL", today()), member);
        assertThat(unknownCompany.status()).isEqualTo(400);
        assertThat(unknownCompany.<String>json("$.field")).isEqualTo("company");
        var badKind = api.postJson("/api/engagements", body.formatted("Google", "DINNER", today()), member);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.<String>json("$.message")).contains("MEETING");
        var future = api.postJson("/api/engagements", body.formatted("Google", "CALL", "2999-01-01"), member);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.<String>json("$.field")).isEqualTo("occurredOn");

        assertThat(api.get("/api/engagements/999999999", member).status()).isEqualTo(404);
        assertThat(api.get("/api/commitments?status=FORGOTTEN", member).status()).isEqualTo(400);
        var empty = api.postJson("/api/commitments/999999999/done", "{}", member);
        assertThat(empty.status()).isEqualTo(404);
    }
}
