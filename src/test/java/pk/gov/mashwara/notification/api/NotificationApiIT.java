package pk.gov.mashwara.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

@WebIntegrationTest
class NotificationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NotificationService notifications;

    private ApiClient api;
    private MashwaraUser drafter;
    private MashwaraUser officer;
    private long draftId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        draftId = fixtures.draft(drafter, unique("API notifications")).id();
    }

    @Test
    void lists_the_users_notifications_newest_first_with_their_sentence_and_the_unread_count() {
        notify(officer, "first");
        notify(officer, "second");

        var all = api.get("/api/notifications", as(officer.getUsername()));
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.<List<String>>json("$.items[*].excerpt")).containsExactly("second", "first");
        assertThat(all.<String>json("$.items[0].message")).isEqualTo("Amina Khan mentioned you on “Title”");
        assertThat(all.<String>json("$.items[0].kind")).isEqualTo("MENTION");
        assertThat(all.<String>json("$.items[0].link")).isEqualTo("drafts/" + draftId);
        assertThat(all.<Integer>json("$.total")).isEqualTo(2);
        assertThat(all.<Integer>json("$.unread")).isEqualTo(2);

        var first = all.<Number>json("$.items[1].id").longValue();
        assertThat(api.postForm("/api/notifications/" + first + "/read", Map.of(), as(officer.getUsername())).status())
                .isEqualTo(204);
        var unread = api.get("/api/notifications?unread=true", as(officer.getUsername()));
        assertThat(unread.<List<String>>json("$.items[*].excerpt")).containsExactly("second");
        assertThat(unread.<Integer>json("$.unread")).isEqualTo(1);
        assertThat(api.get("/api/notifications?page=1&size=1", as(officer.getUsername()))
                .<List<String>>json("$.items[*].excerpt")).containsExactly("first");

        assertThat(api.postForm("/api/notifications/read-all", Map.of(), as(officer.getUsername())).status())
                .isEqualTo(204);
        assertThat(api.get("/api/notifications", as(officer.getUsername())).<Integer>json("$.unread")).isZero();
        // Nobody else's list shows them
        assertThat(api.get("/api/notifications", as(drafter.getUsername())).<Integer>json("$.total")).isZero();
    }

    @Test
    void another_users_notification_or_a_missing_one_is_a_json_404_and_stays_unread() {
        notify(officer, "private");
        var id = api.get("/api/notifications", as(officer.getUsername())).<Number>json("$.items[0].id").longValue();

        assertJsonError(api.postForm("/api/notifications/" + id + "/read", Map.of(), as(drafter.getUsername())), 404,
                "not_found");
        assertJsonError(api.postForm("/api/notifications/" + Long.MAX_VALUE + "/read", Map.of(),
                as(officer.getUsername())), 404, "not_found");
        assertThat(api.get("/api/notifications", as(officer.getUsername())).<Integer>json("$.unread")).isEqualTo(1);
    }

    @Test
    void without_valid_credentials_the_answer_is_a_json_401() {
        assertJsonError(api.get("/api/notifications", null), 401, "unauthorized");
        assertJsonError(api.get("/api/notifications", new ApiClient.Credentials(officer.getUsername(), "wrong")), 401,
                "unauthorized");
        assertJsonError(api.postForm("/api/notifications/read-all", Map.of(), null), 401, "unauthorized");
        assertJsonError(send("PUT", "/api/notifications/preferences", "{\"byEmail\":[]}", null), 401, "unauthorized");
    }

    @Test
    void bad_parameters_are_a_json_400() {
        assertJsonError(api.get("/api/notifications?unread=maybe", as(officer.getUsername())), 400, "invalid_input");
        assertJsonError(api.get("/api/notifications?size=101", as(officer.getUsername())), 400, "invalid_input");
        assertJsonError(api.get("/api/notifications?page=-1", as(officer.getUsername())), 400, "invalid_input");
    }

    @Test
    void e_mail_preferences_are_read_and_replaced() {
        var before = api.get("/api/notifications/preferences", as(officer.getUsername()));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.<List<String>>json("$.byEmail")).containsExactly("MENTION", "REPLY", "THREAD_RESOLVED",
                "THREAD_REOPENED", "DEADLINE_APPROACHING", "STEP_OVERDUE", "AWAITING_YOU", "LETTER_UNACKNOWLEDGED",
                "DIRECTION_CANNOT_PROCEED", "PROGRESS_REPORT_DUE", "PROGRESS_REPORT_OVERDUE", "DATA_REQUEST",
                "DATA_REQUEST_OVERDUE", "COMMITMENT_OWED", "COMMITMENT_OVERDUE", "STATEMENT");
        assertThat(before.<String>json("$.email")).isEqualTo("NOT_CONFIGURED");

        var changed = send("PUT", "/api/notifications/preferences", "{\"byEmail\":[\"new_version\",\"MENTION\"]}",
                as(officer.getUsername()));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.<List<String>>json("$.byEmail")).containsExactly("MENTION", "NEW_VERSION");
        assertThat(api.get("/api/notifications/preferences", as(officer.getUsername())).<List<String>>json("$.byEmail"))
                .containsExactly("MENTION", "NEW_VERSION");

        assertJsonError(send("PUT", "/api/notifications/preferences", "{\"byEmail\":[\"EVERYTHING\"]}",
                as(officer.getUsername())), 400, "invalid_input");
        assertJsonError(send("PUT", "/api/notifications/preferences", "{\"byEmail\":", as(officer.getUsername())), 400,
                "invalid_input");
        assertJsonError(send("PUT", "/api/notifications/preferences", "{}", as(officer.getUsername())), 400,
                "invalid_input");
        assertThat(api.get("/api/notifications/preferences", as(officer.getUsername())).<List<String>>json("$.byEmail"))
                .containsExactly("MENTION", "NEW_VERSION");
    }

    @Test
    void a_user_follows_drafts_they_may_see_and_a_hidden_one_is_a_json_404() {
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);

        assertThat(send("PUT", "/api/notifications/follows/" + draftId, null, as(officer.getUsername())).status())
                .isEqualTo(204);
        assertThat(api.get("/api/notifications/follows", as(officer.getUsername())).<List<Integer>>json("$[*].draftId"))
                .contains((int) draftId);
        assertJsonError(send("PUT", "/api/notifications/follows/" + draftId, null, as(outsider.getUsername())), 404,
                "not_found");
        assertThat(send("DELETE", "/api/notifications/follows/" + draftId, null, as(officer.getUsername())).status())
                .isEqualTo(204);
        assertThat(api.get("/api/notifications/follows", as(officer.getUsername())).<List<Integer>>json("$[*].draftId"))
                .doesNotContain((int) draftId);
    }

    private void notify(MashwaraUser recipient, String excerpt) {
        Fixtures.as(drafter, () -> notifications.send(new Notice(NotificationKind.MENTION, Set.of(recipient.id()),
                draftId, 1L, "Amina Khan", "Title", excerpt, "drafts/" + draftId)));
    }

    /** PUT and DELETE, with an optional JSON body (the shared client sends GET and POST). */
    private ApiClient.Response send(String method, String path, String json, ApiClient.Credentials credentials) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (credentials.username() + ":" + credentials.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiClient.Response(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
