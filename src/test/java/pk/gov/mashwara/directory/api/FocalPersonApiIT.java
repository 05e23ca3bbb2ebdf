package pk.gov.mashwara.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The nomination's closing steps as a client meets them: the nominee withdraws a nomination (another member is
 * refused, 403; no reason, 400), and the secretary records that the PM did not approve another (409 before the
 * recommendation); either way the nomination is closed and no one became focal person.
 */
@WebIntegrationTest
class FocalPersonApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void a_nomination_is_withdrawn_by_its_nominee_and_another_is_not_approved_by_the_pm() {
        var api = new ApiClient(port);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var other = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));

        var created = api.postJson("/api/focal-person/nominations", "{\"nomineeId\":" + nominee.id()
                + ",\"note\":\"Knows the platforms.\"}", ApiClient.as(member.getUsername()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.<Integer>json("$.id");
        assertThat(created.<Boolean>json("$.allowed.withdraw")).isTrue();
        var path = "/api/focal-person/nominations/" + id + "/withdraw";
        assertJsonError(api.postJson(path, "{\"reason\":\"No.\",\"version\":0}", ApiClient.as(other.getUsername())),
                403, "forbidden");
        assertJsonError(api.postJson(path, "{\"reason\":\" \",\"version\":0}", ApiClient.as(nominee.getUsername())),
                400, "invalid_input");
        assertJsonError(api.postJson(path, "{\"reason\":\"Posted abroad.\"}", ApiClient.as(nominee.getUsername())),
                400, "invalid_input");
        var withdrawn = api.postJson(path, "{\"reason\":\"Posted abroad.\",\"version\":0}",
                ApiClient.as(nominee.getUsername()));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.<String>json("$.status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.<String>json("$.withdrawal.by")).isEqualTo(nominee.getUsername());
        assertThat(withdrawn.<String>json("$.withdrawal.reason")).isEqualTo("Posted abroad.");
        assertJsonError(api.postJson(path, "{\"reason\":\"Again.\",\"version\":" + withdrawn.<Integer>json("$.version")
                + "}", ApiClient.as(member.getUsername())), 409, "conflict");

        // another nomination goes to the PM, who does not approve it
        var second = api.postJson("/api/focal-person/nominations", "{\"nomineeId\":" + nominee.id() + "}",
                ApiClient.as(other.getUsername()));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        long next = second.<Integer>json("$.id");
        var base = "/api/focal-person/nominations/" + next;
        try {
            assertThat(api.postJson(base + "/support", "{}", ApiClient.as(member.getUsername())).status()).isEqualTo(200);
            var agreed = api.postJson(base + "/consensus", "{\"note\":\"Agreed\",\"version\":0}",
                    ApiClient.as(secretary.getUsername()));
            assertThat(agreed.status()).as(agreed.text()).isEqualTo(200);
            var letter = "{\"reference\":\"PMO/FP/N/9\",\"date\":\"" + today + "\",\"version\":";
            assertJsonError(api.postJson(base + "/not-approved", letter + agreed.<Integer>json("$.version") + "}",
                    ApiClient.as(secretary.getUsername())), 409, "conflict");
            var recommended = api.postJson(base + "/recommendation", "{\"reference\":\"NSMCWG/FP/9\",\"date\":\""
                    + today.minusDays(2) + "\",\"version\":" + agreed.<Integer>json("$.version") + "}",
                    ApiClient.as(secretary.getUsername()));
            assertThat(recommended.status()).as(recommended.text()).isEqualTo(200);
            assertJsonError(api.postJson(base + "/not-approved", letter + recommended.<Integer>json("$.version") + "}",
                    ApiClient.as(member.getUsername())), 403, "forbidden");
            var answered = api.postJson(base + "/not-approved", letter + recommended.<Integer>json("$.version") + "}",
                    ApiClient.as(secretary.getUsername()));
            assertThat(answered.status()).as(answered.text()).isEqualTo(200);
            assertThat(answered.<String>json("$.status")).isEqualTo("NOT_APPROVED");
            assertThat(answered.<String>json("$.approvalRef")).isEqualTo("PMO/FP/N/9");
            assertThat(answered.<Boolean>json("$.allowed.approve")).isFalse();
        } finally {
            var now = api.get(base, ApiClient.as(other.getUsername()));
            if (!java.util.List.of("NOT_APPROVED", "WITHDRAWN").contains(now.<String>json("$.status"))) {
                api.postJson(base + "/withdraw", "{\"reason\":\"Test cleanup.\",\"version\":" + now.<Integer>json("$.version")
                        + "}", ApiClient.as(other.getUsername()));
            }
        }
        assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
    }
}
