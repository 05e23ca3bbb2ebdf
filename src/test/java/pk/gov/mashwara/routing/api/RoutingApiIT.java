package pk.gov.mashwara.routing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** The routing API as a client uses it: where a draft stands, taking actions, and every refusal. */
@WebIntegrationTest
class RoutingApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    MashwaraUser drafter;
    MashwaraUser officer;
    MashwaraUser secretary;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
    }

    static ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    ApiClient.Response act(long draftId, String action, String body, MashwaraUser user) {
        return api.postJson("/api/drafts/" + draftId + "/actions/" + action, body, as(user));
    }

    int version(long draftId, MashwaraUser user) {
        return api.get("/api/drafts/" + draftId + "/routing", as(user)).json("$.version");
    }

    @Test
    void put_up_submit_and_open_review_each_by_the_user_the_draft_waits_for() {
        long id = fixtures.draft(drafter, Fixtures.unique("Routing API")).id();

        var fresh = api.get("/api/drafts/" + id + "/routing", as(drafter));
        assertThat(fresh.status()).as(fresh.text()).isEqualTo(200);
        assertThat(fresh.<String>json("$.state")).isEqualTo("DRAFT");
        assertThat(fresh.<String>json("$.stateTitle")).isEqualTo("Draft with its committee");
        assertThat(fresh.<String>json("$.waitingFor.role")).isEqualTo("COMMITTEE_DRAFTER");
        assertThat(fresh.<String>json("$.waitingFor.relation")).isEqualTo("own-committee");
        assertThat(fresh.<List<String>>json("$.actions[*].name")).containsExactly("put-up");
        assertThat(fresh.<Boolean>json("$.actions[0].possibleNow")).isTrue();
        assertThat(fresh.<List<Object>>json("$.history")).isEmpty();
        assertThat(api.get("/api/drafts/" + id + "/routing", as(officer)).<List<Object>>json("$.actions")).isEmpty();

        var putUp = act(id, "put-up", "{\"version\":" + fresh.json("$.version") + "}", drafter);
        assertThat(putUp.status()).as(putUp.text()).isEqualTo(200);
        assertThat(putUp.<String>json("$.state")).isEqualTo("COMMITTEE_APPROVAL");
        assertThat(putUp.<String>json("$.dueAt")).isNotBlank();
        assertThat(putUp.<Boolean>json("$.overdue")).isFalse();
        assertThat(putUp.<List<Object>>json("$.actions")).as("the drafter has nothing more to do").isEmpty();

        var waiting = api.get("/api/drafts/" + id + "/routing", as(officer));
        assertThat(waiting.<List<String>>json("$.actions[*].name")).containsExactly("return-to-drafter", "submit");
        assertThat(waiting.<List<String>>json("$.actions[0].asks")).containsExactly("REASON");

        var submitted = act(id, "submit", "{\"version\":" + waiting.json("$.version") + "}", officer);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.<String>json("$.state")).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/drafts/" + id, as(officer)).<String>json("$.diaryNumber")).startsWith("NSMCWG/");

        var opened = act(id, "open-review", "{\"version\":" + version(id, secretary) + ",\"reason\":\"Window of three weeks\"}",
                secretary);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.<String>json("$.state")).isEqualTo("UNDER_REVIEW");
        assertThat(opened.<List<String>>json("$.history[*].action")).containsExactly("put-up", "submit", "open-review");
        assertThat(opened.<String>json("$.history[2].actorName")).isEqualTo(secretary.displayName());
        assertThat(opened.<String>json("$.history[2].reason")).isEqualTo("Window of three weeks");
        assertThat(opened.<String>json("$.history[1].from")).isEqualTo("COMMITTEE_APPROVAL");
        assertThat(opened.<String>json("$.history[1].to")).isEqualTo("SUBMITTED");

        // closing the review waits for the window's deadline: offered, but blocked, and said so in words
        assertThat(opened.<String>json("$.actions[0].name")).isEqualTo("close-review");
        assertThat(opened.<Boolean>json("$.actions[0].possibleNow")).isFalse();
        assertThat(opened.<List<String>>json("$.actions[0].blockedBy")).containsExactly("guard.REVIEW_WINDOW_CLOSED");
        assertThat(opened.<List<String>>json("$.actions[0].blockedByText"))
                .containsExactly("the review window must have closed (its deadline passed)");
        var blocked = act(id, "close-review", "{\"version\":" + opened.json("$.version") + "}", secretary);
        assertJsonError(blocked, 409, "conflict");
        assertThat(blocked.<String>json("$.message")).contains("review window must have closed");
    }

    @Test
    void refusals_say_what_is_wrong_with_the_right_status() {
        long id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Routing API refusals")).id();
        int version = version(id, officer);

        // a draft another committee cannot see, and an action the rules do not know, are not found
        var outsider = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        assertJsonError(api.get("/api/drafts/" + id + "/routing", as(outsider)), 404, "not_found");
        assertJsonError(act(id, "submit", "{\"version\":" + version + "}", outsider), 404, "not_found");
        var unknown = act(id, "approve-everything", "{\"version\":" + version + "}", officer);
        assertJsonError(unknown, 404, "not_found");
        assertThat(unknown.<String>json("$.message")).contains("approve-everything");

        // the drafter may see the draft but not approve it
        assertJsonError(act(id, "submit", "{\"version\":" + version + "}", drafter), 403, "forbidden");

        // a return needs a reason; every action needs the version read
        var noReason = act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"  \"}", officer);
        assertJsonError(noReason, 400, "invalid_input");
        assertThat(noReason.<String>json("$.message")).containsIgnoringCase("reason");
        var noVersion = act(id, "submit", "{}", officer);
        assertJsonError(noVersion, 400, "invalid_input");
        assertThat(noVersion.<String>json("$.message")).contains("version");
        assertJsonError(act(id, "submit", "not json", officer), 400, "invalid_input");

        // the draft is no longer where the action starts from
        var returned = act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"Cite section 37.\"}",
                officer);
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.<String>json("$.history[-1].reason")).isEqualTo("Cite section 37.");
        var wrongState = act(id, "submit", "{\"version\":" + returned.json("$.version") + "}", officer);
        assertJsonError(wrongState, 409, "conflict");
        assertThat(wrongState.<String>json("$.message")).contains("cannot be taken while the draft is");

        // an old version: someone acted meanwhile, and the message says who
        var stale = act(id, "put-up", "{\"version\":" + version + "}", drafter);
        assertJsonError(stale, 409, "conflict");
        assertThat(stale.<String>json("$.message")).contains(officer.displayName());
    }

    @Test
    void of_two_simultaneous_actions_one_is_taken_and_the_other_is_told_who_acted() throws Exception {
        long id = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Routing API race")).id();
        var otherOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        int version = version(id, officer);
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var submit = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return act(id, "submit", "{\"version\":" + version + "}", officer);
            }, pool);
            var back = CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return act(id, "return-to-drafter", "{\"version\":" + version + ",\"reason\":\"Not yet.\"}",
                        otherOfficer);
            }, pool);
            var responses = List.of(submit.get(), back.get());
            assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
            var won = responses.get(0).status() == 200 ? officer : otherOfficer;
            var lost = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertJsonError(lost, 409, "conflict");
            assertThat(lost.<String>json("$.message")).contains(won.displayName());
            var history = api.get("/api/drafts/" + id + "/routing", as(officer)).<List<String>>json("$.history[*].actor");
            assertThat(history).containsExactly(drafter.getUsername(), won.getUsername());
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
