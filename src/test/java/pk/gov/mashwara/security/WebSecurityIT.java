package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/** Security of the web layer as a browser meets it: headers, the session at log-in, CSRF on the UI. */
@WebIntegrationTest
class WebSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    pk.gov.mashwara.directory.DirectoryService directory;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void ui_and_api_answers_carry_the_security_headers() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, Fixtures.unique("Headers draft"));
        var basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (drafter.getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var answers = new java.util.LinkedHashMap<String, HttpResponse<String>>();
        answers.put("log-in page", get("/login"));
        answers.put("UI start", get("/?v-r=init&location=login&query="));
        answers.put("UI page, anonymous", get("/drafts"));
        answers.put("static icon", get("/icons/mashwara.svg"));
        answers.put("health", get("/actuator/health"));
        answers.put("API, anonymous", get("/api/drafts"));
        answers.put("API, signed in", send(request("/api/drafts/" + draft.id()).header("Authorization", basic).GET()));
        answers.put("API description", get("/api/openapi"));
        answers.forEach((what, response) -> {
            var headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(what).containsExactly(CSP);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        });
        // the policy is one Vaadin runs under (its engine needs inline and eval'd scripts, inline styles) ...
        assertThat(CSP).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'")
                // ... and otherwise tight
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors 'none'")
                .doesNotContain("*", "http:", "https:");

        // a draft's file is served as an attachment, never run: its own sandbox policy stays
        var file = send(request("/api/drafts/" + draft.id() + "/versions/1/file").header("Authorization", basic).GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    /**
     * An API client's log-in is remembered and its account re-read only every few seconds; an administrator's change
     * to the account applies to its very next call all the same.
     */
    @Test
    void an_account_changed_by_an_administrator_is_held_to_the_change_on_its_next_api_call() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var old = basic(drafter.getUsername(), Fixtures.PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(send(request("/api/drafts").header("Authorization", old).GET()).statusCode()).isEqualTo(200);
        }
        var newPassword = "Another-passphrase-2026";
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.updateUser(drafter.id(),
                new pk.gov.mashwara.directory.UserForm(drafter.getUsername(), "Drafter", null, drafter.committeeId(),
                        java.util.EnumSet.of(Role.COMMITTEE_DRAFTER), true, newPassword, null)));
        assertThat(send(request("/api/drafts").header("Authorization", old).GET()).statusCode()).isEqualTo(401);
        var fresh = basic(drafter.getUsername(), newPassword);
        assertThat(send(request("/api/drafts").header("Authorization", fresh).GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/drafts").header("Authorization", fresh).GET()).statusCode()).isEqualTo(200);

        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.updateUser(drafter.id(),
                new pk.gov.mashwara.directory.UserForm(drafter.getUsername(), "Drafter", null, drafter.committeeId(),
                        java.util.EnumSet.of(Role.COMMITTEE_DRAFTER), false, null, null)));
        assertThat(send(request("/api/drafts").header("Authorization", fresh).GET()).statusCode()).isEqualTo(401);
    }

    /**
     * Spring Security uses an authentication provider bean only when it is the only one: with two it would check
     * every request's password with BCrypt, remembered or not, and without the throttle.
     */
    @Test
    void log_in_goes_through_the_one_throttled_remembering_provider() {
        assertThat(context.getBeansOfType(org.springframework.security.authentication.AuthenticationProvider.class)
                .values()).singleElement().isInstanceOf(ThrottledLogIn.class);
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_one_from_before_signs_in_nobody() {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var before = session();
        assertThat(before).as("the log-in page starts a session").isNotNull();

        var signedIn = signIn(page.body(), user.getUsername(), Fixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        var after = session();
        assertThat(after).isNotNull().isNotEqualTo(before);

        // the new session is signed in; the old id, which an attacker could have planted, is not
        assertThat(getWithSession("/drafts", after).statusCode()).isEqualTo(200);
        var old = getWithSession("/drafts", before);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void the_log_in_form_needs_its_csrf_token() {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        get("/login");
        var before = session();
        var forged = post("/login", "application/x-www-form-urlencoded",
                form(Map.of("username", user.getUsername(), "password", Fixtures.PASSWORD)));
        // refused: Vaadin's handler of a CSRF failure sends the browser back to the log-in page, signed in as nobody
        assertThat(forged.statusCode()).as(forged.headers().map().toString()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(session()).isEqualTo(before);
        assertThat(getWithSession("/drafts", before).statusCode()).isEqualTo(302);
    }

    @Test
    void a_ui_request_without_the_sessions_csrf_token_is_refused_and_changes_nothing() {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var page = get("/login");
        assertThat(signIn(page.body(), user.getUsername(), Fixtures.PASSWORD).statusCode()).isEqualTo(302);
        var start = get("/?v-r=init&location=notifications&query=");
        assertThat(start.statusCode()).isEqualTo(200);
        var key = find(start.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        var ui = find(start.body(), "\"v-uiId\":(\\d+)");

        // navigation to the search page, as the browser would send it, but with a forged token, then none
        var forged = uidl(ui, "{\"csrfToken\":\"" + java.util.UUID.randomUUID() + "\"," + NAVIGATE_TO_SEARCH);
        var missing = uidl(ui, "{" + NAVIGATE_TO_SEARCH);
        for (var refused : java.util.List.of(forged, missing)) {
            // Vaadin answers with an application error and no changes, outside the UI's message sequence
            assertThat(refused.body()).as("a refused UIDL request").contains("\"changes\":{}", "\"appError\"",
                    "\"syncId\":-1");
        }
        // with the session's own token the same request is carried out, as the first of this UI: the refused ones
        // were not counted, let alone run
        var genuine = uidl(ui, "{\"csrfToken\":\"" + key + "\"," + NAVIGATE_TO_SEARCH);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("\"syncId\":1", "\"changes\"");
    }

    /** The UI's client asks to navigate to the search page (the router's "ui-navigate" event on the UI's node). */
    private static final String NAVIGATE_TO_SEARCH = "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
            + "\"data\":{\"route\":\"search\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},"
            + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";

    private HttpResponse<String> uidl(String ui, String json) {
        return post("/?v-r=uidl&v-uiId=" + ui, "application/json; charset=UTF-8", json);
    }

    private HttpResponse<String> signIn(String loginPage, String username, String password) {
        var token = meta(loginPage, "_csrf");
        var parameter = meta(loginPage, "_csrf_parameter");
        assertThat(token).as("the log-in page carries the CSRF token for its form").isNotBlank();
        return post("/login", "application/x-www-form-urlencoded",
                form(Map.of("username", username, "password", password, parameter, token)));
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text.substring(0, Math.min(500, text.length()))).isTrue();
        return m.group(1);
    }

    /** A request that carries only the given session cookie, as from another browser holding that id. */
    private HttpResponse<String> getWithSession(String path, String sessionId) {
        var other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return other.send(request(path).header("Cookie", "JSESSIONID=" + sessionId).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String meta(String html, String name) {
        var m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
