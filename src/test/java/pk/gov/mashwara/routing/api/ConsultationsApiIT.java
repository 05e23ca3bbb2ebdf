package pk.gov.mashwara.routing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The consultations through the API: each open step with its division, due date and status, a division added case
 * by case ({@code add-consultation}), and a view with its U.O. note.
 */
@WebIntegrationTest
class ConsultationsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewWindows windows;
    @Autowired
    WorkingCalendar calendar;

    static ApiClient.Credentials as(MashwaraUser user) {
        return ApiClient.as(user.getUsername());
    }

    @Test
    void the_routing_lists_each_consultation_and_the_officer_adds_a_division_with_a_reason() {
        var api = new ApiClient(port);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        long id = new ConsultationWalk(fixtures, drafts, routing, threads, windows).inConsultations("PTA",
                DraftKind.REGULATOR_REGULATIONS, true, false, Fixtures.unique("Regulations through the API"));
        var routed = api.get("/api/drafts/" + id + "/routing", as(officer));
        assertThat(routed.<List<String>>json("$.consultations[*].division")).containsExactly("MOIT", "FINANCE", "LAW");
        assertThat(routed.<List<String>>json("$.consultations[*].status")).containsExactly("OPEN", "OPEN",
                "NOT_YET_OPEN");
        var opened = java.time.Instant.parse(routed.<String>json("$.consultations[1].openedAt"));
        assertThat(java.time.Instant.parse(routed.<String>json("$.consultations[1].dueAt")))
                .isEqualTo(calendar.dueAt(opened, 14));
        assertThat(routed.<Object>json("$.consultations[0].view")).isNull();

        String version = String.valueOf(routed.<Integer>json("$.version"));
        var path = "/api/drafts/" + id + "/actions/add-consultation";
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        assertJsonError(api.postJson(path, "{\"version\":" + version + ",\"reason\":\"Posts under Rule 11.\","
                + "\"details\":{\"division\":\"ESTABLISHMENT\"}}", as(drafter)), 403, "forbidden");
        var unknown = api.postJson(path, "{\"version\":" + version + ",\"reason\":\"Posts under Rule 11.\","
                + "\"details\":{\"division\":\"ESTABLISHMENTS\"}}", as(officer));
        assertJsonError(unknown, 400, "invalid_input");
        assertThat(unknown.<String>json("$.message")).contains("“ESTABLISHMENTS” is not a division of the directory");
        var noReason = api.postJson(path, "{\"version\":" + version + ",\"details\":{\"division\":\"ESTABLISHMENT\"}}",
                as(officer));
        assertJsonError(noReason, 400, "invalid_input");

        var added = api.postJson(path, "{\"version\":" + version + ",\"reason\":\"The regulations create posts in the "
                + "Authority: Rule 11, the Establishment Division.\",\"details\":{\"division\":\"ESTABLISHMENT\"}}",
                as(officer));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.<List<String>>json("$.consultations[*].division")).contains("ESTABLISHMENT");
        assertThat(added.<List<String>>json("$.consultations[?(@.division == 'ESTABLISHMENT')].addedReason"))
                .singleElement().asString().contains("Rule 11");
        assertThat(added.<List<String>>json("$.consultations[?(@.division == 'ESTABLISHMENT')].addedBy"))
                .containsExactly(officer.getUsername());
        assertThat(added.<List<Integer>>json("$.consultations[?(@.division == 'ESTABLISHMENT')].stage"))
                .containsExactly(1);
        assertThat(added.<String>json("$.history[-1].action")).isEqualTo("add-consultation");

        // the Ministry's view as a U.O. note, read back from the routing
        var law = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var lawVersion = api.get("/api/drafts/" + id + "/routing", as(law)).<Integer>json("$.version");
        var today = java.time.LocalDate.now(WorkingCalendar.OFFICE_ZONE).toString();
        var badDate = api.postJson("/api/drafts/" + id + "/actions/record-view", "{\"version\":" + lawVersion
                + ",\"details\":{\"view\":\"concur\",\"viewText\":\"Vetted.\",\"uoNumber\":\"No. 2(3)/2026-Tel\","
                + "\"uoDate\":\"03/12/2026\",\"designation\":\"Joint Secretary (Telecom)\"}}", as(law));
        assertJsonError(badDate, 400, "invalid_input");
        assertThat(badDate.<String>json("$.message")).contains("“03/12/2026” is not a date");
        var vetted = api.postJson("/api/drafts/" + id + "/actions/record-view", "{\"version\":" + lawVersion
                + ",\"details\":{\"view\":\"concur\",\"viewText\":\"Vetted.\",\"uoNumber\":\"No. 2(3)/2026-Tel\","
                + "\"uoDate\":\"" + today + "\",\"designation\":\"Joint Secretary (Telecom)\"}}", as(law));
        assertThat(vetted.status()).as(vetted.text()).isEqualTo(200);
        assertThat(vetted.<String>json("$.consultations[0].status")).isEqualTo("RECORDED");
        assertThat(vetted.<Map<String, Object>>json("$.consultations[0].view")).containsEntry("view", "concur")
                .containsEntry("uoNumber", "No. 2(3)/2026-Tel").containsEntry("uoDate", today)
                .containsEntry("designation", "Joint Secretary (Telecom)").containsEntry("recordedOnBehalf", false);
    }
}
