package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.FormLogIn;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * Passwords never reach a log: signing in through the form and the API with the right and a wrong password,
 * creating a user and changing a password, with the portal's and Spring Security's loggers turned up to DEBUG.
 * Everything written to the console and every logging event is searched, and the audit log too.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordsNeverLoggedIT {

    private static final List<String> LOUD = List.of("pk.gov.mashwara", "org.springframework.security",
            "org.springframework.web", "com.vaadin.flow.spring.security");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    AuditLog audit;

    @Test
    void no_password_appears_in_the_console_the_logging_events_or_the_audit_log(CapturedOutput output) {
        var user = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var wrong = secret("wrong");
        var created = secret("created");
        var changed = secret("changed");
        var unknownUsersPassword = secret("unknown");
        var marker = "capture-check-" + UUID.randomUUID();
        var started = Instant.now();

        var events = new ListAppender<ILoggingEvent>();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var levels = new LinkedHashMap<Logger, Level>();
        events.start();
        root.addAppender(events);
        for (var name : LOUD) {
            var logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        try {
            // the form, right and wrong; an unknown name
            assertThat(formLogIn(user.getUsername(), Fixtures.PASSWORD).headers().firstValue("Location").orElseThrow())
                    .doesNotContain("error");
            assertThat(formLogIn(user.getUsername(), wrong).headers().firstValue("Location").orElseThrow())
                    .contains("error");
            formLogIn("nobody-" + UUID.randomUUID(), unknownUsersPassword);
            // the API, right and wrong
            assertThat(api(user.getUsername(), Fixtures.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(api(user.getUsername(), wrong).statusCode()).isEqualTo(401);
            // an administrator creates a user and changes the password
            var admin = fixtures.user(null, Role.ADMIN);
            var username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
            var account = Fixtures.as(admin, () -> directory.createUser(new UserForm(username, "Password Test", null,
                    fixtures.committee("MOIB"), EnumSet.of(Role.COMMITTEE_DRAFTER), true, created)));
            Fixtures.as(admin, () -> directory.updateUser(account.id(), new UserForm(username, "Password Test", null,
                    fixtures.committee("MOIB"), EnumSet.of(Role.COMMITTEE_DRAFTER), true, changed)));
            assertThat(api(username, changed).statusCode()).isEqualTo(200);
            assertThat(api(username, created).statusCode()).isEqualTo(401);
            LoggerFactory.getLogger(PasswordsNeverLoggedIT.class).info(marker);
        } finally {
            root.detachAppender(events);
            levels.forEach(Logger::setLevel);
        }

        var logged = new StringBuilder();
        for (var event : new ArrayList<>(events.list)) {
            logged.append(event.getFormattedMessage()).append('\n');
            event.getMDCPropertyMap().values().forEach(v -> logged.append(v).append('\n'));
            if (event.getThrowableProxy() != null) {
                logged.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        // the capture works: it holds the marker and what Spring Security said about the failed log-ins
        assertThat(output.getAll()).contains(marker);
        assertThat(logged).contains(marker);
        assertThat(events.list).anyMatch(e -> e.getLoggerName().startsWith("org.springframework.security"));

        var secrets = List.of(Fixtures.PASSWORD, wrong, created, changed, unknownUsersPassword);
        for (var secret : secrets) {
            assertThat(output.getAll()).as("the console").doesNotContain(secret);
            assertThat(logged.toString()).as("the logging events").doesNotContain(secret);
        }
        var auditor = fixtures.user(null, Role.AUDITOR);
        var entries = Fixtures.as(auditor, () -> audit.find(new AuditQuery(null, null, null, null, started, null), 0, 1000));
        assertThat(entries).as("audit entries of the test").isNotEmpty();
        for (var entry : entries) {
            for (var secret : secrets) {
                assertThat(entry.toString()).as("the audit log").doesNotContain(secret);
            }
        }
    }

    private static String secret(String what) {
        return "Pw-" + what + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private HttpResponse<String> formLogIn(String username, String password) {
        var response = new FormLogIn(port).post(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private HttpResponse<String> api(String username, String password) {
        var header = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/api/notifications/preferences"))
                .header("Authorization", header).GET());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
