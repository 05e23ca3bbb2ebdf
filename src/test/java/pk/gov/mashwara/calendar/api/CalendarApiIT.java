package pk.gov.mashwara.calendar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** The office calendar over HTTP, as a client (or the portal's own pages) asks it. */
@WebIntegrationTest
class CalendarApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    MashwaraUser member;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
    }

    @Test
    void threeWorkingDaysFromChristmasEveFallOnTheWednesdayAfterTheHolidayWeekend() {
        var answer = api.get("/api/calendar/working-days?from=2026-12-24&days=3", ApiClient.as(member.getUsername()));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.<String>json("$.from")).isEqualTo("2026-12-24");
        assertThat(answer.<Integer>json("$.days")).isEqualTo(3);
        assertThat(answer.<String>json("$.due")).isEqualTo("2026-12-30");
        // 17:00 in Pakistan (UTC+5)
        assertThat(answer.<String>json("$.dueAt")).isEqualTo("2026-12-30T12:00:00Z");
        assertThat(answer.<List<String>>json("$.holidaysSkipped[*].date")).containsExactly("2026-12-25");
        assertThat(answer.<String>json("$.holidaysSkipped[0].name")).isEqualTo("Quaid-e-Azam Day / Christmas");
        assertThat(answer.<String>json("$.holidaysSkipped[0].nameUrdu")).contains("قائداعظم");
        assertThat(answer.<Integer>json("$.weekendDaysSkipped")).isEqualTo(2);
    }

    @Test
    void eidAndPakistanDayAreSkippedTogether() {
        var answer = api.get("/api/calendar/working-days?from=2026-03-19&days=1", ApiClient.as(member.getUsername()));
        assertThat(answer.<String>json("$.due")).isEqualTo("2026-03-24");
        assertThat(answer.<List<String>>json("$.holidaysSkipped[*].name")).containsExactly("Eid-ul-Fitr",
                "Eid-ul-Fitr", "Eid-ul-Fitr", "Pakistan Day");
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        var who = ApiClient.as(member.getUsername());
        var badDay = api.get("/api/calendar/working-days?from=2026-02-30&days=3", who);
        assertJsonError(badDay, 400, "invalid_input");
        assertThat(badDay.<String>json("$.message")).contains("“from”", "2026-02-30", "YYYY-MM-DD");
        var noDay = api.get("/api/calendar/working-days?days=3", who);
        assertJsonError(noDay, 400, "invalid_input");
        assertThat(noDay.<String>json("$.message")).contains("“from”");
        for (var days : new String[] {"-1", "367", "three", "2.5", ""}) {
            var bad = api.get("/api/calendar/working-days?from=2026-12-24&days=" + days, who);
            assertJsonError(bad, 400, "invalid_input");
            assertThat(bad.<String>json("$.message")).contains("“days”", "0 to 366");
        }
        var farOff = api.get("/api/calendar/working-days?from=2999-01-01&days=3", who);
        assertJsonError(farOff, 400, "invalid_input");
        assertThat(farOff.<String>json("$.message")).contains("“from”");
    }

    @Test
    void strangersAreAskedToSignIn() {
        var answer = api.get("/api/calendar/working-days?from=2026-12-24&days=3", null);
        assertThat(answer.status()).isEqualTo(401);
    }
}
