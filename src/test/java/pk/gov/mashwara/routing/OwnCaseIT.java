package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * No officer acts on his own case (Secretariat Instructions; {@code not-by} in the rule book): an officer who put
 * a draft up, or wrote it, may not approve and submit it, through the service, the page's actions or the API;
 * another officer of the same committee may.
 */
@WebIntegrationTest
class OwnCaseIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;

    @Test
    void an_officer_who_put_a_draft_up_cannot_submit_it_and_another_officer_of_the_committee_can() {
        // one person holding both posts of MoIB: he drafts, puts up, and would approve his own draft
        var both = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
        var colleague = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draftAwaitingApproval(both, unique("Own case"));
        long version = as(both, () -> drafts.get(draft.id())).version();

        var submit = as(both, () -> routing.routing(draft.id())).actions().stream()
                .filter(a -> a.name().equals("submit")).findFirst().orElseThrow();
        assertThat(submit.possibleNow()).isFalse();
        assertThat(submit.blockedBy()).containsExactly("routing.notBy.PUT_UP", "routing.notBy.AUTHOR");
        assertThatThrownBy(() -> as(both, () -> routing.act(draft.id(), "submit", version, null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.routing.ownCase.PUT_UP");
        assertThat(as(both, () -> drafts.get(draft.id())).status()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);

        assertThat(as(colleague, () -> routing.routing(draft.id())).actions())
                .filteredOn(a -> a.name().equals("submit")).singleElement()
                .satisfies(a -> assertThat(a.possibleNow()).isTrue());
        var submitted = as(colleague, () -> routing.act(draft.id(), "submit", version, null));
        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(submitted.diaryNumber()).isNotNull();
    }

    @Test
    void an_officer_who_wrote_a_version_cannot_approve_it_though_a_colleague_put_it_up() {
        var writer = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Written by the officer"));
        as(writer, () -> drafts.addVersion(draft.id(), "second.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf(unique("second")))));
        var putUp = as(drafter, () -> routing.act(draft.id(), "put-up", drafts.get(draft.id()).version(), null));

        assertThatThrownBy(() -> as(writer, () -> routing.act(draft.id(), "submit", putUp.version(), null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.routing.ownCase.AUTHOR");
    }

    @Test
    void the_api_refuses_a_self_approval_with_409_and_says_why() {
        var both = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
        var draft = fixtures.draftAwaitingApproval(both, unique("Own case through the API"));
        long version = as(both, () -> drafts.get(draft.id())).version();
        var api = new ApiClient(port);

        var refused = api.postJson("/api/drafts/" + draft.id() + "/actions/submit", "{\"version\":" + version + "}",
                ApiClient.as(both.getUsername()));

        assertJsonError(refused, 409, "conflict");
        assertThat(refused.<String>json("$.message")).contains("Approve and submit", "you put this draft up",
                "own case", "Another officer");
        var routingView = api.get("/api/drafts/" + draft.id() + "/routing", ApiClient.as(both.getUsername()));
        assertThat(routingView.text()).contains("routing.notBy.PUT_UP", "you put this draft up");
        assertThat(as(both, () -> drafts.get(draft.id())).status()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
    }
}
