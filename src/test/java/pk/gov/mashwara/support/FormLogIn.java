package pk.gov.mashwara.support;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Signs in through the log-in page as a browser does: it opens the page (which starts a session and carries the
 * form's CSRF token in its meta tags) and posts the form with that token, in one cookie-keeping client.
 */
public final class FormLogIn {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String forwardedFor;

    public FormLogIn(int port) {
        this(port, null);
    }

    /** A browser behind a proxy that says its requests come from {@code forwardedFor} (X-Forwarded-For). */
    public FormLogIn(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    /** Posts the log-in form; the answer is the redirect (to the portal, or back to {@code /login?error}). */
    public HttpResponse<String> post(String username, String password) {
        var page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        var form = Map.of("username", username, "password", password, meta(page.body(), "_csrf_parameter"),
                meta(page.body(), "_csrf")).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * What the log-in page says after a failed log-in, as this browser gets it from Vaadin: the UI is started, then
     * navigates to {@code login?error} as the client engine does, and the answer (JSON) holds the form's texts.
     */
    public String errorPage() {
        var start = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=login&query=error")).GET()).body();
        var key = find(start, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        var ui = find(start, "\"v-uiId\":(\\d+)");
        var navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":"
                + "\"ui-navigate\",\"data\":{\"route\":\"login\",\"query\":\"error\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate))).body();
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text.substring(0, Math.min(500, text.length()))).isTrue();
        return m.group(1);
    }

    /** Where the log-in sent the browser. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String meta(String html, String name) {
        var m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("meta " + name + " on the log-in page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
