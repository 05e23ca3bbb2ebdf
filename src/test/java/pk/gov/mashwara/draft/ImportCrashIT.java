package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.search.IndexUnavailableException;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The command-line import killed (SIGKILL) in the middle of its work: every file it reported as created is in
 * the database with its exact bytes in the store, queued for extraction, and no draft is left without its file.
 * The portal then started on the same data extracts and indexes every one of them: each is found by a word only
 * its file contains.
 */
class ImportCrashIT {

    private static final Pattern CREATED = Pattern.compile("CREATED  draft (\\d+)  (.+)");
    /** Start-up of the portal, the first extractor process (a JVM) and a few small files, on a busy machine. */
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(120);

    @TempDir
    Path data;

    @Test
    void what_was_acknowledged_before_a_kill_is_stored_queued_and_after_a_restart_extracted_and_found() throws Exception {
        // The embedded database exactly as the portal configures it, in this test's folder
        var defaults = new java.util.Properties();
        try (var in = Application.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        var url = defaults.getProperty("spring.datasource.url").replace("${mashwara.data-dir}", data.toString());
        prepareDatabase(url);
        var inbox = Files.createDirectories(data.resolve("inbox"));
        var files = new HashMap<String, byte[]>();
        for (var i = 0; i < 60; i++) {
            var name = "draft-%02d.pdf".formatted(i);
            // PDFs with a text layer (so nothing is sent to OCR), each with a word of its own to search for
            var bytes = DemoDocuments.pdf("Imported draft " + i, List.of("Paragraph of draft " + i + " about " + word(name) + ".",
                    "Another paragraph, to give the file some size " + "x".repeat(i * 50) + "."));
            Files.write(inbox.resolve(name), bytes);
            files.put(name, bytes);
        }

        var process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dspring.datasource.url=" + url,
                "-Dspring.datasource.username=sa", "-Dspring.datasource.password=",
                "-Dmashwara.data-dir=" + data, "-Dmashwara.store.dir=" + data.resolve("files"),
                "-Dmashwara.index.dir=" + data.resolve("index"), Application.class.getName(), "import",
                "--committee", "PTA", "--kind", "POLICY", "--as", "crash.drafter", "--legal-basis", "Test basis",
                inbox.toString())).redirectErrorStream(false).start();
        var acknowledged = new ArrayList<String[]>();
        var killedWhileRunning = false;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = out.readLine(); line != null; line = out.readLine()) {
                var m = CREATED.matcher(line);
                if (m.matches()) {
                    acknowledged.add(new String[] { m.group(1), m.group(2) });
                    if (acknowledged.size() == 5) {
                        killedWhileRunning = process.isAlive();
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        }
        process.waitFor(60, TimeUnit.SECONDS);
        process.getErrorStream().close();
        Assumptions.assumeTrue(killedWhileRunning, "the import finished before it could be killed");
        assertThat(acknowledged).hasSize(5);

        try (var db = DriverManager.getConnection(url, "sa", "")) {
            for (var ack : acknowledged) {
                var draftId = Long.parseLong(ack[0]);
                var expected = sha256(files.get(ack[1]));
                try (var q = db.prepareStatement("SELECT sha256, size_bytes FROM draft_version WHERE draft_id = ? AND number = 1")) {
                    q.setLong(1, draftId);
                    var rs = q.executeQuery();
                    assertThat(rs.next()).as("version of draft " + draftId).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(expected);
                }
                var stored = data.resolve("files/objects").resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4))
                        .resolve(expected);
                assertThat(sha256(Files.readAllBytes(stored))).isEqualTo(expected);
                assertThat(queued(db, draftId)).as("extraction of draft " + draftId + " queued or pending delivery").isTrue();
            }
            try (var q = db.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM draft d WHERE NOT EXISTS (SELECT 1 FROM draft_version v WHERE v.draft_id = d.id)")) {
                q.next();
                assertThat(q.getLong(1)).as("drafts without their file").isZero();
            }
            // The import queues and leaves extraction to the portal: a job it claimed would stay "extracting"
            // after the kill until the portal gave it up as stuck, minutes later
            try (var q = db.createStatement().executeQuery("SELECT COUNT(*) FROM extraction_job WHERE status <> 'PENDING'")) {
                q.next();
                assertThat(q.getLong(1)).as("jobs the import started itself").isZero();
            }
        }

        restartAndAwaitSearchable(url, acknowledged);
    }

    /**
     * The portal, started on the killed import's data, delivers what the import left undelivered, extracts each
     * acknowledged file and indexes it. OCR is off: these files have text, and tesseract at several seconds a page
     * would only make the wait longer.
     */
    private void restartAndAwaitSearchable(String url, List<String[]> acknowledged) {
        try (var portal = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--mashwara.data-dir=" + data, "--mashwara.store.dir=" + data.resolve("files"),
                "--mashwara.index.dir=" + data.resolve("index"), "--mashwara.demo.enabled=false",
                "--mashwara.extraction.ocr.enabled=false", "--mashwara.extraction.poll-interval=1s",
                // as the portal runs (the tests' own configuration turns redelivery off)
                "--spring.modulith.events.republish-outstanding-events-on-restart=true",
                "--spring.main.banner-mode=off")) {
            var texts = portal.getBean(VersionTexts.class);
            var search = portal.getBean(SearchService.class);
            var drafter = (MashwaraUser) portal.getBean(UserDetailsService.class).loadUserByUsername("crash.drafter");
            await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IndexUnavailableException.class).untilAsserted(() -> {
                        for (var ack : acknowledged) {
                            var draftId = Long.parseLong(ack[0]);
                            assertThat(texts.status(draftId, 1)).as("extraction of draft " + draftId + " (" + ack[1] + ")")
                                    .isEqualTo(ExtractionStatus.DONE);
                            assertThat(texts.text(draftId, 1)).hasValueSatisfying(t -> assertThat(t).contains(word(ack[1])));
                            var found = RunAs.user(drafter, () -> search.search(SearchQuery.of(word(ack[1]))));
                            assertThat(found.hits()).as("search for the word of " + ack[1])
                                    .extracting(SearchHit::draftId).containsExactly(draftId);
                        }
                    });
        }
    }

    /** A word found in one file only: "crashword" and two letters from its name's number. */
    private static String word(String name) {
        var n = Integer.parseInt(name.replaceAll("\\D", ""));
        return "crashword" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
    }

    /** A job exists, or the upload event waits in the publication registry to be delivered at the next start. */
    private static boolean queued(java.sql.Connection db, long draftId) throws Exception {
        try (var q = db.prepareStatement("SELECT COUNT(*) FROM extraction_job WHERE draft_id = ? AND version_number = 1")) {
            q.setLong(1, draftId);
            var rs = q.executeQuery();
            rs.next();
            if (rs.getLong(1) > 0) {
                return true;
            }
        }
        try (var q = db.prepareStatement("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND event_type LIKE '%VersionUploaded' AND serialized_event LIKE ?")) {
            q.setString(1, "%\"draftId\":" + draftId + ",%");
            var rs = q.executeQuery();
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static void prepareDatabase(String url) throws Exception {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        var hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("Crash-test-password");
        try (var db = DriverManager.getConnection(url, "sa", "")) {
            db.createStatement().executeUpdate("INSERT INTO app_user (username, display_name, password_hash, committee_id, "
                    + "enabled, locale, created_at, version) SELECT 'crash.drafter', 'Crash drafter', '" + hash
                    + "', id, TRUE, 'en', CURRENT_TIMESTAMP, 0 FROM committee WHERE code = 'PTA'");
            db.createStatement().executeUpdate("INSERT INTO app_user_role (user_id, role) SELECT id, 'COMMITTEE_DRAFTER' "
                    + "FROM app_user WHERE username = 'crash.drafter'");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
