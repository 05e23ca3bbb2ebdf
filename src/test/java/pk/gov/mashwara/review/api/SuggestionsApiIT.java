package pk.gov.mashwara.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Suggested wording through the API: proposed on a passage with a category and severity, resolved (accepted, with
 * changes, declined), refused when malformed or not allowed, and checked against the next version.
 */
@WebIntegrationTest
class SuggestionsApiIT {

    static final String TEXT = "Clause 1. Platforms shall keep complaint records for three years.\n\n"
            + "Clause 2. Records shall be shared with the Authority on request and without delay.\n\n"
            + "Clause 3. The Authority may issue directions to platforms.\n";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    AuditLog audit;

    ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    @Test
    void accepted_suggestions_are_checked_against_the_next_version() {
        var api = new ApiClient(port);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        long draftId = fixtures.textDraft(drafter, Fixtures.unique("Suggestions"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var threads = "/api/drafts/" + draftId + "/versions/1/threads";

        var replace = api.postJson(threads, """
                {"anchor":{"exact":"for three years"},"category":"legal","severity":"MUST_CHANGE",
                 "suggestion":{"kind":"REPLACE","text":"for five years"}}""", as(officer));
        assertThat(replace.status()).as(replace.text()).isEqualTo(201);
        assertThat(replace.<String>json("$.category")).isEqualTo("LEGAL");
        assertThat(replace.<String>json("$.severity")).isEqualTo("MUST_CHANGE");
        assertThat(replace.<String>json("$.suggestion.kind")).isEqualTo("REPLACE");
        assertThat(replace.<String>json("$.comments[0].body")).as("no comment text of its own").isEmpty();
        // a word-level redline of the passage: "three" struck, "five" underlined
        assertThat(replace.<List<Map<String, String>>>json("$.suggestion.redline")).containsExactly(
                Map.of("kind", "SAME", "text", "for "), Map.of("kind", "DELETED", "text", "three"),
                Map.of("kind", "INSERTED", "text", "five"), Map.of("kind", "SAME", "text", " years"));
        var delete = api.postJson(threads, """
                {"body":"Say when.","anchor":{"exact":"on request and "},"suggestion":{"kind":"DELETE"}}""", as(officer));
        assertThat(delete.status()).as(delete.text()).isEqualTo(201);
        assertThat(delete.<String>json("$.category")).as("the default category").isEqualTo("OTHER");
        assertThat(delete.<String>json("$.severity")).as("the default severity").isEqualTo("CONSIDER");
        var insert = api.postJson(threads, """
                {"anchor":{"exact":"may issue directions to platforms."},
                 "suggestion":{"kind":"INSERT_AFTER","text":"Each direction shall give its reasons."}}""", as(officer));
        assertThat(insert.status()).as(insert.text()).isEqualTo(201);

        int replaceId = replace.json("$.id");
        var accepted = api.postJson("/api/threads/" + replaceId + "/resolve",
                "{\"resolution\":\"ACCEPTED\",\"acceptedWording\":\"for four years\"}", as(drafter));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.<String>json("$.suggestion.outcome")).isEqualTo("ACCEPTED_WITH_CHANGES");
        assertThat(accepted.<String>json("$.suggestion.proposed")).as("the proposed wording kept").isEqualTo("for five years");
        assertThat(accepted.<String>json("$.suggestion.accepted")).isEqualTo("for four years");
        assertThat(accepted.<List<String>>json("$.history[*].kind")).containsExactly("STARTED", "RESOLVED", "WORDING_CHANGED");
        int deleteId = delete.json("$.id");
        assertThat(api.postJson("/api/threads/" + deleteId + "/resolve", "{\"resolution\":\"ACCEPTED\"}", as(drafter))
                .<String>json("$.suggestion.outcome")).isEqualTo("ACCEPTED");
        int insertId = insert.json("$.id");
        var declinedWithWording = api.postJson("/api/threads/" + insertId + "/resolve",
                "{\"resolution\":\"DECLINED\",\"reason\":\"Covered by the Act\",\"acceptedWording\":\"Other.\"}", as(drafter));
        assertThat(declinedWithWording.status()).isEqualTo(400);
        assertThat(declinedWithWording.<String>json("$.field")).isEqualTo("acceptedWording");
        var declined = api.postJson("/api/threads/" + insertId + "/resolve",
                "{\"resolution\":\"DECLINED\",\"reason\":\"Covered by the Act\"}", as(drafter));
        assertThat(declined.<String>json("$.suggestion.outcome")).isEqualTo("DECLINED");

        // version 2 carries the wording accepted (with changes) but keeps "on request and"
        fixtures.textVersion(drafter, draftId, "Preamble. For platforms with many users.\n\n"
                + "Clause 1. Platforms shall keep complaint records for four years.\n\n"
                + "Clause 2. Records shall be shared with the Authority on request and without delay.\n\n"
                + "Clause 3. The Authority may issue directions to platforms.\n");
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 2).isFinal());
        await().atMost(Duration.ofMinutes(2)).until(() -> api.get("/api/drafts/" + draftId + "/suggestions",
                as(officer)).<Integer>json("$.length()") == 2);
        var summary = api.get("/api/drafts/" + draftId + "/suggestions", as(officer));
        assertThat(summary.<List<String>>json("$[*].verdict")).containsExactly("INCORPORATED", "NOT_FOUND");
        assertThat(summary.<List<Integer>>json("$[*].checkedIn")).containsExactly(2, 2);
        assertThat(summary.<String>json("$[0].wording")).isEqualTo("for four years");
        var thread = api.get("/api/threads/" + replaceId, as(officer));
        assertThat(thread.<String>json("$.suggestion.checks[0].verdict")).isEqualTo("INCORPORATED");
        assertThat(thread.<Integer>json("$.suggestion.checks[0].versionNumber")).isEqualTo(2);
        // the declined suggestion is not looked for
        assertThat(api.get("/api/threads/" + insertId, as(officer)).<List<?>>json("$.suggestion.checks")).isEmpty();
        var auditor = fixtures.user(null, Role.AUDITOR);
        var checked = new AuditQuery(null, AuditAction.SUGGESTIONS_CHECKED, "DRAFT", Long.toString(draftId), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(checked)) == 1);
        assertThat(Fixtures.as(auditor, () -> audit.find(checked, 0, 1)).getFirst().detail())
                .contains("version 2", "1 incorporated", "1 not found");
    }

    @Test
    void malformed_suggestions_and_categories_are_refused_on_their_field() {
        var api = new ApiClient(port);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Bad suggestions"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var threads = "/api/drafts/" + draftId + "/versions/1/threads";
        var cases = Map.of(
                "{\"body\":\"x\",\"suggestion\":{\"kind\":\"REPLACE\",\"text\":\"y\"}}", "suggestion",
                "{\"anchor\":{\"exact\":\"for three years\"},\"suggestion\":{\"kind\":\"REPLACE\"}}", "suggestion.text",
                "{\"anchor\":{\"exact\":\"for three years\"},\"suggestion\":{\"kind\":\"REPLACE\",\"text\":\"for three years\"}}", "suggestion.text",
                "{\"anchor\":{\"exact\":\"for three years\"},\"suggestion\":{\"kind\":\"DELETE\",\"text\":\"y\"}}", "suggestion.text",
                "{\"anchor\":{\"exact\":\"for three years\"},\"suggestion\":{\"kind\":\"SWAP\",\"text\":\"y\"}}", "suggestion.kind",
                "{\"anchor\":{\"exact\":\"for three years\"},\"suggestion\":{\"text\":\"y\"}}", "suggestion.kind",
                "{\"body\":\"x\",\"category\":\"gossip\"}", "category",
                "{\"body\":\"x\",\"severity\":\"URGENT\"}", "severity",
                "{\"anchor\":{\"exact\":\"for three years\"}}", "body");
        cases.forEach((json, field) -> {
            var refused = api.postJson(threads, json, as(member));
            assertThat(refused.status()).as(json + " → " + refused.text()).isEqualTo(400);
            assertThat(refused.<String>json("$.field")).as(json).isEqualTo(field);
            assertThat(refused.<String>json("$.message")).as(json).isNotBlank();
        });
        assertThat(api.get(threads, as(member)).<Integer>json("$.length()")).as("nothing was started").isZero();
    }

    @Test
    void the_author_and_the_committee_refile_a_thread_another_member_may_not() {
        var api = new ApiClient(port);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var otherMember = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        long draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Refiled"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var started = api.postJson("/api/drafts/" + draftId + "/versions/1/threads",
                "{\"body\":\"Too long.\",\"anchor\":{\"exact\":\"for three years\"},\"category\":\"POLICY\"}", as(member));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        int id = started.json("$.id");
        assertThat(started.<Boolean>json("$.can.classify")).isTrue();

        var refiled = api.putJson("/api/threads/" + id + "/classification", "{\"category\":\"LEGAL\"}", as(member));
        assertThat(refiled.status()).as(refiled.text()).isEqualTo(200);
        assertThat(refiled.<String>json("$.category")).isEqualTo("LEGAL");
        assertThat(refiled.<String>json("$.severity")).isEqualTo("CONSIDER");
        assertThat(api.putJson("/api/threads/" + id + "/classification", "{\"severity\":\"MUST_CHANGE\"}", as(otherMember))
                .status()).isEqualTo(403);
        assertThat(api.putJson("/api/threads/" + id + "/classification", "{\"severity\":\"MUST_CHANGE\"}", as(outsider))
                .status()).as("a draft it cannot see").isEqualTo(404);
        var byCommittee = api.putJson("/api/threads/" + id + "/classification", "{\"severity\":\"must_change\"}", as(officer));
        assertThat(byCommittee.status()).as(byCommittee.text()).isEqualTo(200);
        assertThat(byCommittee.<String>json("$.severity")).isEqualTo("MUST_CHANGE");
        assertThat(byCommittee.<List<String>>json("$.history[*].kind")).containsExactly("STARTED", "CLASSIFIED", "CLASSIFIED");
        var stale = api.putJson("/api/threads/" + id + "/classification",
                "{\"severity\":\"CONSIDER\",\"version\":" + started.<Integer>json("$.version") + "}", as(officer));
        assertThat(stale.status()).as("decided on an old reading").isEqualTo(409);

        var categories = api.get("/api/review-categories", as(member));
        assertThat(categories.<List<String>>json("$[*].code"))
                .containsExactly("LEGAL", "POLICY", "DRAFTING", "FINANCIAL", "TECHNICAL", "OTHER");
        assertThat(categories.<String>json("$[0].nameUr")).isEqualTo("قانونی / آئینی");
        var auditor = fixtures.user(null, Role.AUDITOR);
        var classified = new AuditQuery(null, AuditAction.THREAD_CLASSIFIED, "DRAFT", Long.toString(draftId), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(classified)) == 2);
    }
}
