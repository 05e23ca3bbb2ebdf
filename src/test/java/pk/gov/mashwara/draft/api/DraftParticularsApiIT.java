package pk.gov.mashwara.draft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.util.ArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** The file number and priority mark of a draft through the API: set, returned, and refused on their field. */
@WebIntegrationTest
class DraftParticularsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;

    ApiClient api;
    MashwaraUser drafter;
    MashwaraUser officer;
    MashwaraUser secretary;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
    }

    @Test
    void a_draft_created_with_its_file_number_and_priority_returns_them_in_the_draft_and_routing_apis() {
        var title = unique("Numbered policy");
        var parts = new ArrayList<>(ApiClient.newDraft(title, "MOIB", "policy",
                Part.file("policy.pdf", "application/pdf", Fixtures.uniquePdf(title))));
        parts.add(Part.field("fileNumber", "F. No. 2(1)/2026-Pub."));
        parts.add(Part.field("priority", "most_immediate"));
        var created = api.postMultipart("/api/drafts", parts, as(drafter.getUsername()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.<Number>json("$.id").longValue();

        var draft = api.get("/api/drafts/" + id, as(officer.getUsername()));
        assertThat(draft.<String>json("$.fileNumber")).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(draft.<String>json("$.priority")).isEqualTo("MOST_IMMEDIATE");
        var routing = api.get("/api/drafts/" + id + "/routing", as(officer.getUsername()));
        assertThat(routing.<String>json("$.fileNumber")).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(routing.<String>json("$.priority")).isEqualTo("MOST_IMMEDIATE");
    }

    @Test
    void a_bad_file_number_is_refused_naming_the_field_and_creates_nothing() {
        var title = unique("Badly numbered");
        var parts = new ArrayList<>(ApiClient.newDraft(title, "MOIB", "policy",
                Part.file("policy.pdf", "application/pdf", Fixtures.uniquePdf(title))));
        parts.add(Part.field("fileNumber", "the file on the shelf"));
        var refused = api.postMultipart("/api/drafts", parts, as(drafter.getUsername()));
        assertJsonError(refused, 400, "invalid_input");
        assertThat(refused.<String>json("$.message")).contains("“the file on the shelf”", "file number");
        assertThat(Fixtures.as(drafter, () -> drafts.list(new DraftFilter(null, null, null, title),
                org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements())).isZero();
    }

    @Test
    void the_committee_corrects_the_file_number_and_a_bad_one_leaves_it_as_it_was() {
        var created = fixtures.draft(drafter, unique("Renumbered"));
        var path = "/api/drafts/" + created.id() + "/file-number";
        var set = api.putJson(path, "{\"fileNumber\":\"No. 1(1)/AS-II/2021\"}", as(officer.getUsername()));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(set.<String>json("$.fileNumber")).isEqualTo("No. 1(1)/AS-II/2021");

        var bad = api.putJson(path, "{\"fileNumber\":\"No. 1(1)\"}", as(officer.getUsername()));
        assertJsonError(bad, 400, "invalid_input");
        assertThat(bad.<String>json("$.message")).contains("“No. 1(1)”", "F. No. 2(1)/2026-Pub.");
        var tooLong = api.putJson(path, "{\"fileNumber\":\"No. 1(1)/" + "A".repeat(60) + "\"}",
                as(officer.getUsername()));
        assertJsonError(tooLong, 400, "invalid_input");
        assertThat(tooLong.<String>json("$.message")).contains("longer than 60");
        assertThat(api.get("/api/drafts/" + created.id(), as(drafter.getUsername())).<String>json("$.fileNumber"))
                .isEqualTo("No. 1(1)/AS-II/2021");
    }

    @Test
    void the_secretary_must_give_a_reason_to_change_a_submitted_drafts_priority() {
        var submitted = fixtures.submittedDraft(drafter, officer, unique("Urgent now"));
        var path = "/api/drafts/" + submitted.id() + "/priority";
        var noReason = api.putJson(path, "{\"priority\":\"IMMEDIATE\"}", as(secretary.getUsername()));
        assertJsonError(noReason, 400, "invalid_input");
        assertThat(noReason.<String>json("$.message")).contains("reason");
        var unknown = api.putJson(path, "{\"priority\":\"flash\",\"reason\":\"x\"}", as(secretary.getUsername()));
        assertJsonError(unknown, 400, "invalid_input");
        assertThat(unknown.<String>json("$.message")).contains("“flash”", "Most Immediate");
        assertThat(api.putJson(path, "{\"priority\":\"IMMEDIATE\"}", as(officer.getUsername())).status())
                .as("the committee no longer holds it").isEqualTo(403);
        var marked = api.putJson(path, "{\"priority\":\"IMMEDIATE\",\"reason\":\"Asked for by the PMO\"}",
                as(secretary.getUsername()));
        assertThat(marked.status()).as(marked.text()).isEqualTo(200);
        assertThat(marked.<String>json("$.priority")).isEqualTo("IMMEDIATE");
    }
}
