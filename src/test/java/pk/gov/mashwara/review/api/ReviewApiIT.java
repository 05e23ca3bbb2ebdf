package pk.gov.mashwara.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.VersionTexts;

/** The review API as a client uses it: threads with anchors, replies, decisions, the window and its errors. */
@WebIntegrationTest
class ReviewApiIT {

    static final String TEXT = "Clause 1. Platforms shall keep complaint records for three years.\n\n"
            + "Clause 2. Records shall be shared with the Authority on request.\n";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;

    ApiClient api;
    MashwaraUser drafter;
    MashwaraUser member;
    MashwaraUser secretary;
    long draftId;

    @BeforeEach
    void submittedDraft() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        draftId = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("API review"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
    }

    ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    @Test
    void a_thread_is_started_on_a_quote_replied_to_resolved_and_listed() {
        var started = api.postJson("/api/drafts/" + draftId + "/versions/1/threads",
                "{\"body\":\"Three years is long.\",\"anchor\":{\"exact\":\"for three years\"}}", as(member));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        int threadId = started.json("$.id");
        assertThat(started.header("Location")).endsWith("/api/threads/" + threadId);
        assertThat(started.<String>json("$.passage.exact")).isEqualTo("for three years");
        int start = started.json("$.passage.start");
        assertThat(texts.text(draftId, 1).orElseThrow().substring(start, start + 15)).isEqualTo("for three years");

        var reply = api.postJson("/api/threads/" + threadId + "/comments", "{\"body\":\"We follow the Act.\"}", as(drafter));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.<Integer>json("$.comments.length()")).isEqualTo(2);

        var declinedWithoutReason = api.postJson("/api/threads/" + threadId + "/resolve",
                "{\"resolution\":\"DECLINED\"}", as(secretary));
        assertJsonError(declinedWithoutReason, 400, "invalid_input");
        assertThat(declinedWithoutReason.<String>json("$.message")).contains("why");
        assertThat(declinedWithoutReason.<String>json("$.field")).as("names the field to fix").isEqualTo("reason");

        var byMember = api.postJson("/api/threads/" + threadId + "/resolve", "{\"resolution\":\"ACCEPTED\"}", as(member));
        assertJsonError(byMember, 403, "forbidden");

        var unknown = api.postJson("/api/threads/" + threadId + "/resolve", "{\"resolution\":\"MAYBE\"}", as(secretary));
        assertJsonError(unknown, 400, "invalid_input");
        assertThat(unknown.<String>json("$.field")).isEqualTo("resolution");

        var resolved = api.postJson("/api/threads/" + threadId + "/resolve",
                "{\"resolution\":\"DECLINED\",\"reason\":\"The Act requires three years.\"}", as(secretary));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.<String>json("$.status")).isEqualTo("RESOLVED");
        assertThat(resolved.<String>json("$.resolution")).isEqualTo("DECLINED");

        var listed = api.get("/api/drafts/" + draftId + "/versions/1/threads", as(member));
        assertThat(listed.<Integer>json("$.length()")).isEqualTo(1);
        assertThat(listed.<String>json("$[0].resolutionReason")).isEqualTo("The Act requires three years.");
    }

    @Test
    void clear_errors_for_what_cannot_be_done() {
        var mismatch = api.postJson("/api/drafts/" + draftId + "/versions/1/threads",
                "{\"body\":\"x\",\"anchor\":{\"start\":0,\"end\":5,\"exact\":\"Not in the text\"}}", as(member));
        assertJsonError(mismatch, 400, "invalid_input");
        assertThat(mismatch.<String>json("$.message")).contains("does not match");
        assertThat(mismatch.text()).as("about the anchor as a whole, no one field").doesNotContain("\"field\"");

        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        assertJsonError(api.get("/api/drafts/" + draftId + "/versions/1/threads", as(outsider)), 404, "not_found");
        assertJsonError(api.get("/api/threads/999999999", as(member)), 404, "not_found");
        var blank = api.postJson("/api/drafts/" + draftId + "/versions/1/threads", "{\"body\":\" \"}", as(member));
        assertJsonError(blank, 400, "invalid_input");
        assertThat(blank.<String>json("$.field")).isEqualTo("body");
        var nul = api.postJson("/api/drafts/" + draftId + "/versions/1/threads", "{\"body\":\"a\\u0000b\"}", as(member));
        assertJsonError(nul, 400, "invalid_input");
        assertThat(nul.<String>json("$.field")).as("a rule broken while the JSON is read names its field too")
                .isEqualTo("body");
        assertJsonError(api.postJson("/api/drafts/" + draftId + "/versions/1/threads", "{not json", as(member)),
                400, "invalid_input");

        var window = api.putJson("/api/drafts/" + draftId + "/review-window",
                "{\"deadline\":\"" + Instant.now().plusSeconds(2) + "\"}", as(secretary));
        assertThat(window.status()).as(window.text()).isEqualTo(200);
        assertJsonError(api.putJson("/api/drafts/" + draftId + "/review-window", "{\"deadline\":\"tomorrow\"}",
                as(secretary)), 400, "invalid_input");
        assertJsonError(api.putJson("/api/drafts/" + draftId + "/review-window",
                "{\"deadline\":\"" + Instant.now().plusSeconds(60) + "\"}", as(member)), 403, "forbidden");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/drafts/" + draftId + "/review-window", as(member))
                .<Boolean>json("$.open") == Boolean.FALSE);
        var late = api.postJson("/api/drafts/" + draftId + "/versions/1/threads", "{\"body\":\"Late\"}", as(member));
        assertJsonError(late, 409, "conflict");
        assertThat(late.<String>json("$.message")).contains("closed");
    }
}
