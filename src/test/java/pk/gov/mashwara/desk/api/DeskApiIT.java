package pk.gov.mashwara.desk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import pk.gov.mashwara.desk.DeskService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** {@code GET /api/desk} as each role's client reads it. */
@WebIntegrationTest
class DeskApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewWindows windows;
    @Autowired
    DeskService desk;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    /** Every item of the user's desk, page by page. */
    List<Map<String, Object>> allItems(MashwaraUser user) {
        var items = new ArrayList<Map<String, Object>>();
        for (int page = 0; ; page++) {
            var reply = api.get("/api/desk?size=100&page=" + page, as(user));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            List<Map<String, Object>> rows = reply.json("$.items");
            items.addAll(rows);
            long total = ((Number) reply.json("$.total")).longValue();
            if (rows.isEmpty() || items.size() >= total) {
                assertThat((long) items.size()).isEqualTo(total);
                return items;
            }
        }
    }

    static Map<String, Object> itemOf(List<Map<String, Object>> items, long draftId) {
        return items.stream().filter(i -> ((Number) JsonPath.read(i, "$.draft.id")).longValue() == draftId)
                .findFirst().orElse(null);
    }

    @Test
    void an_officer_gets_the_draft_awaiting_approval_with_the_action_due_since_and_deadline_and_others_do_not() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var title = Fixtures.unique("Desk API draft");
        long id = fixtures.draftAwaitingApproval(drafter, title).id();

        var item = itemOf(allItems(officer), id);
        assertThat(item).isNotNull();
        assertThat(JsonPath.<String>read(item, "$.kind")).isEqualTo("ACT");
        assertThat(JsonPath.<String>read(item, "$.draft.title")).isEqualTo(title);
        assertThat(JsonPath.<String>read(item, "$.draft.committeeCode")).isEqualTo("PTA");
        assertThat(JsonPath.<List<String>>read(item, "$.actions[*].name")).containsExactlyInAnyOrder("submit", "return-to-drafter");
        assertThat(JsonPath.<List<String>>read(item, "$.actions[*].title")).contains("Approve and submit to the NSMCWG");
        assertThat(JsonPath.<String>read(item, "$.since")).isNotBlank();
        assertThat(Instant.parse(JsonPath.read(item, "$.deadline"))).isAfter(Instant.parse(JsonPath.read(item, "$.since")));
        assertThat(JsonPath.<Boolean>read(item, "$.overdue")).isFalse();
        assertThat(JsonPath.<Object>read(item, "$.review")).isNull();

        // another committee's officer, and the working group before submission, never get it
        assertThat(itemOf(allItems(fixtures.user("MOIB", Role.COMMITTEE_OFFICER)), id)).isNull();
        assertThat(itemOf(allItems(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY)), id)).isNull();
    }

    @Test
    void a_member_gets_the_drafts_open_for_comments_with_the_review_deadline_and_what_is_new() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        long id = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Desk API review")).id();
        var deadline = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        Fixtures.as(secretary, () -> windows.setDeadline(id, deadline));

        var item = itemOf(allItems(member), id);
        assertThat(item).isNotNull();
        assertThat(JsonPath.<String>read(item, "$.kind")).isEqualTo("COMMENT");
        assertThat(JsonPath.<String>read(item, "$.draft.diaryNumber")).startsWith("NSMCWG/");
        assertThat(JsonPath.<List<String>>read(item, "$.actions[*].name")).containsExactly("comment");
        assertThat(Instant.parse(JsonPath.read(item, "$.review.reviewDeadline"))).isEqualTo(deadline);
        assertThat(((Number) JsonPath.read(item, "$.review.daysLeft")).longValue()).isBetween(4L, 5L);
        assertThat(((Number) JsonPath.read(item, "$.review.newVersions")).intValue()).isEqualTo(1);
        assertThat(JsonPath.<Object>read(item, "$.review.lastLooked")).isNull();

        Fixtures.as(member, () -> desk.looked(id));
        var seen = itemOf(allItems(member), id);
        assertThat(((Number) JsonPath.read(seen, "$.review.newVersions")).intValue()).isZero();
        assertThat(JsonPath.<String>read(seen, "$.review.lastLooked")).isNotBlank();
        assertThat(api.get("/api/desk", as(member)).<List<String>>json("$.parts"))
                .contains("OPEN_FOR_COMMENTS", "FOLLOWED").doesNotContain("WAITING");
    }

    @Test
    void the_auditor_gets_the_latest_verification_and_the_administrator_the_figures_each_only_their_own() {
        var auditor = fixtures.user(null, Role.AUDITOR);
        Fixtures.as(auditor, () -> desk.verifyChain());
        var auditorDesk = api.get("/api/desk", as(auditor));
        assertThat(auditorDesk.status()).as(auditorDesk.text()).isEqualTo(200);
        assertThat(auditorDesk.<String>json("$.latestVerification.actor")).isEqualTo(auditor.getUsername());
        assertThat(auditorDesk.<Boolean>json("$.latestVerification.intact")).isTrue();
        assertThat(auditorDesk.<Object>json("$.administration")).isNull();

        var admin = fixtures.user(null, Role.ADMIN);
        var adminDesk = api.get("/api/desk", as(admin));
        assertThat(adminDesk.status()).as(adminDesk.text()).isEqualTo(200);
        assertThat(((Number) adminDesk.json("$.administration.users")).longValue()).isPositive();
        assertThat(adminDesk.<String>json("$.administration.index.documents.state")).isNotBlank();
        assertThat(adminDesk.<List<Object>>json("$.items")).isEmpty();
        assertThat(adminDesk.<Object>json("$.latestVerification")).isNull();

        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var drafterDesk = api.get("/api/desk", as(drafter));
        assertThat(drafterDesk.<Object>json("$.latestVerification")).isNull();
        assertThat(drafterDesk.<Object>json("$.administration")).isNull();
    }

    @Test
    void a_page_out_of_range_is_refused_with_a_message_and_the_anonymous_caller_must_sign_in() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var zero = api.get("/api/desk?size=0", as(drafter));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.<String>json("$.message")).isNotBlank();
        assertThat(api.get("/api/desk?page=-1", as(drafter)).status()).isEqualTo(400);
        assertThat(api.get("/api/desk?size=101", as(drafter)).status()).isEqualTo(400);
        assertThat(api.get("/api/desk", null).status()).isEqualTo(401);
    }
}
