package pk.gov.mashwara.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.DemoPortalTest;
import pk.gov.mashwara.support.Fixtures;

/**
 * {@code /actuator/prometheus}: only administrators read it, and it holds the portal's own timers once something was
 * done (a search's phases, a UI request's handling by view), beside the API's requests, the pool and the JVM.
 */
@DemoPortalTest
class OperatorMetricsIT {

    private static final String DEMO_PASSWORD = "Mashwara#2026";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void only_administrators_read_the_metrics() {
        var api = api();
        var anonymous = api.get("/actuator/prometheus", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Mashwara\"");
        assertThat(anonymous.<String>json("$.error")).isEqualTo("unauthorized");
        assertThat(anonymous.text()).doesNotContain("jvm_memory");
        for (var role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            var committee = switch (role) {
                case COMMITTEE_DRAFTER, COMMITTEE_OFFICER -> "PTA";
                case NSMCWG_MEMBER, NSMCWG_SECRETARY, SPOKESPERSON -> "NSMCWG";
                case PMO_MONITOR -> "PMO";
                case NSA_LEAD -> "NSD";
                default -> null;
            };
            var user = role == Role.FOCAL_PERSON ? fixtures.focalPerson()
                    : role == Role.SPOKESPERSON ? fixtures.namedUser("test.spokesperson", committee, role)
                    : fixtures.user(committee, role);
            var refused = api.get("/actuator/prometheus", new ApiClient.Credentials(user.getUsername(), Fixtures.PASSWORD));
            if (refused.status() == 401 && role == Role.FOCAL_PERSON) {
                // the one focal person may be the demo's, with the demo's password
                refused = api.get("/actuator/prometheus", new ApiClient.Credentials(user.getUsername(), DEMO_PASSWORD));
            }
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(refused.<String>json("$.error")).as(role.name()).isEqualTo("forbidden");
            assertThat(refused.<String>json("$.path")).as(role.name()).isEqualTo("/actuator/prometheus");
            assertThat(refused.text()).as(role.name()).doesNotContain("jvm_memory");
        }
        var wrongPassword = api.get("/actuator/prometheus", new ApiClient.Credentials(admin().username(), "not it"));
        assertThat(wrongPassword.status()).isEqualTo(401);

        var metrics = api.get("/actuator/prometheus", admin());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        // the API's requests with their histogram, the database pool (active, waits), the JVM's heap and collections
        assertThat(metrics.text()).contains("http_server_requests_seconds_bucket{", "hikaricp_connections_active{",
                "hikaricp_connections_acquire_seconds_bucket{", "jvm_memory_used_bytes{", "application=\"mashwara\"");
        // health stays open, as before
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Autowired
    io.micrometer.observation.ObservationRegistry observations;

    /**
     * Spring Security's own steps (each filter, the sign-in, each permission check) are not observed, and repository
     * calls not timed: under load they cost the portal's CPU for timers no one reads. The request itself still is.
     */
    @Test
    void only_the_request_is_observed_not_spring_securitys_steps_nor_each_repository_call() {
        var seen = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var recording = new java.util.concurrent.atomic.AtomicBoolean(true);
        observations.observationConfig().observationHandler(
                new io.micrometer.observation.ObservationHandler<io.micrometer.observation.Observation.Context>() {
                    @Override
                    public void onStart(io.micrometer.observation.Observation.Context context) {
                        if (recording.get()) {
                            seen.add(context.getName());
                        }
                    }

                    @Override
                    public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
                        return true;
                    }
                });
        try {
            var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
            var credentials = new ApiClient.Credentials(member.getUsername(), Fixtures.PASSWORD);
            assertThat(api().get("/api/drafts?size=5", credentials).status()).isEqualTo(200);
            assertThat(api().get("/api/search?q=regulation", credentials).status()).isIn(200, 503);
        } finally {
            recording.set(false);
        }
        assertThat(seen).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
        var metrics = scrape();
        assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain("spring_data_repository")
                .doesNotContain("spring_security_");
    }

    @Test
    void a_search_is_timed_phase_by_phase() {
        var api = api();
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var credentials = new ApiClient.Credentials(member.getUsername(), Fixtures.PASSWORD);
        double before = count(scrape(), "mashwara_search_phase_seconds_count", "phase=\"snippets\"");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(api.get("/api/search?q=regulation", credentials).status()).isEqualTo(200));
        var after = scrape();
        for (var phase : new String[] { "match", "facets", "snippets" }) {
            assertThat(count(after, "mashwara_search_phase_seconds_count", "phase=\"" + phase + "\""))
                    .as(phase).isGreaterThanOrEqualTo(1);
            assertThat(after).contains("mashwara_search_phase_seconds_bucket{");
        }
        assertThat(count(after, "mashwara_search_phase_seconds_count", "phase=\"snippets\"")).isGreaterThan(before);
        // the API request itself, under its endpoint's template
        assertThat(count(after, "http_server_requests_seconds_count", "uri=\"/api/search\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_ui_request_is_timed_under_the_view_it_shows() {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        double before = count(scrape(), "mashwara_ui_uidl_seconds_count", "view=\"search\"");
        var browser = new Browser();
        var page = browser.get("/login");
        var signedIn = browser.post("/login", "application/x-www-form-urlencoded", Map.of("username",
                user.getUsername(), "password", Fixtures.PASSWORD, meta(page.body(), "_csrf_parameter"),
                meta(page.body(), "_csrf")).entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                        StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        var start = browser.get("/?v-r=init&location=notifications&query=");
        assertThat(start.statusCode()).isEqualTo(200);
        var key = find(start.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        var ui = find(start.body(), "\"v-uiId\":(\\d+)");
        // the client's request to go to the search page: handled, and timed under the view it ends on
        var navigate = browser.post("/?v-r=uidl&v-uiId=" + ui, "application/json; charset=UTF-8", "{\"csrfToken\":\""
                + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + "\"search\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}");
        assertThat(navigate.statusCode()).isEqualTo(200);
        assertThat(navigate.body()).contains("\"syncId\":1");

        var after = scrape();
        assertThat(count(after, "mashwara_ui_uidl_seconds_count", "view=\"search\"")).isEqualTo(before + 1);
        assertThat(after).containsPattern("mashwara_ui_uidl_seconds_bucket\\{[^}]*view=\"search\"");
        // the page and the init request are not UIDL requests: no other view was timed for them
        assertThat(after).doesNotContain("view=\"notifications\",outcome=\"error\"");
    }

    private ApiClient.Credentials admin;

    private ApiClient.Credentials admin() {
        if (admin == null) {
            admin = new ApiClient.Credentials(fixtures.user(null, Role.ADMIN).getUsername(), Fixtures.PASSWORD);
        }
        return admin;
    }

    private String scrape() {
        var metrics = api().get("/actuator/prometheus", admin());
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.text();
    }

    /** The sum of a counter's samples whose labels contain {@code label} (0 when there is none). */
    static double count(String exposition, String name, String label) {
        return exposition.lines().filter(l -> l.startsWith(name + "{") && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static String meta(String html, String name) {
        var m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    /** A cookie-keeping client, as a browser signed in through the form. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String contentType, String body) {
            return send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
