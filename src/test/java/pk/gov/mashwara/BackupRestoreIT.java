package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.search.IndexUnavailableException;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;

/**
 * Back-up and restore as README describes them: {@code scripts/backup.sh} run against a portal that is running (on
 * MariaDB, with the demo data and a version uploaded just before), {@code scripts/restore.sh} into an empty database
 * and an empty file store, and a portal started on the restored data.
 *
 * <p>Compared: the restored database holds exactly the rows of the backup (a dump of it has the same data, table by
 * table); every version acknowledged before the back-up is there with byte-identical content; the audit chain is
 * intact; the search index, which is not backed up, is rebuilt and finds what the original found. A restore into a
 * database that has tables, or from a damaged backup, is refused and changes nothing.
 *
 * <p>Needs MariaDB (the CI database: {@code MASHWARA_TEST_DB=mariadb}), its command-line client and dump tool, and
 * a user that may create databases named after the test database ({@code mashwara_test_*}, as {@code .ci/run}
 * grants). Skipped otherwise.
 */
class BackupRestoreIT {

    private static final Pattern JDBC = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");
    private static final Duration WITHIN = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void a_backup_of_a_running_portal_restores_into_an_empty_instance_with_every_row_file_and_audit_entry() throws Exception {
        Assumptions.assumeTrue("mariadb".equals(System.getenv("MASHWARA_TEST_DB")), "runs on MariaDB only (MASHWARA_TEST_DB=mariadb)");
        Assumptions.assumeTrue(onPath("mariadb-dump") || onPath("mysqldump"), "needs mariadb-dump");
        var url = System.getenv().getOrDefault("MASHWARA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/mashwara_test");
        var m = JDBC.matcher(url);
        assertThat(m.matches()).as("MASHWARA_DB_URL %s", url).isTrue();
        var server = "jdbc:mariadb://" + m.group(1) + ":" + (m.group(2) == null ? "3306" : m.group(2)) + "/";
        var source = m.group(3) + "_backup_src";
        var target = m.group(3) + "_backup_dst";
        var user = System.getenv().getOrDefault("MASHWARA_DB_USER", "mashwara");
        var password = System.getenv().getOrDefault("MASHWARA_DB_PASSWORD", "");
        try (var admin = DriverManager.getConnection(server + m.group(3), user, password)) {
            recreate(admin, source);
            recreate(admin, target);
        }

        // --- The original installation, running, with the demo data and one more version uploaded -------------
        var original = Files.createDirectories(dir.resolve("original"));
        Map<String, String> acknowledged;
        long hitsBefore;
        long auditEntries;
        Path backup;
        try (var portal = start(server + source, user, password, original, true)) {
            var drafts = portal.getBean(DraftService.class);
            var search = portal.getBean(SearchService.class);
            var drafter = (MashwaraUser) portal.getBean(UserDetailsService.class).loadUserByUsername("pta.drafter");
            var member = (MashwaraUser) portal.getBean(UserDetailsService.class).loadUserByUsername("auditor");
            var pdf = DemoDocuments.pdf("Uploaded just before the backup", List.of("A draft about the word zephyrine."));
            RunAs.user(drafter, () -> drafts.create(new NewDraft("Uploaded just before the backup", drafter.committeeId(),
                    DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED), "late.pdf",
                    new ByteArrayInputStream(pdf)));
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IndexUnavailableException.class)
                    .until(() -> RunAs.user(member, () -> search.search(SearchQuery.of("zephyrine")).total()) == 1);
            hitsBefore = RunAs.user(member, () -> search.search(SearchQuery.of("platforms")).total());
            assertThat(hitsBefore).isPositive();
            acknowledged = versions(server + source, user, password);
            auditEntries = RunAs.user(RunAs.systemAdministrator(), () -> portal.getBean(AuditLog.class).verify()).entries();

            // backed up while the portal runs
            var out = script("backup.sh", env(server + source, user, password, original), dir.resolve("backups").toString());
            assertThat(out.exit()).as(out.output()).isZero();
            try (var listing = Files.list(dir.resolve("backups"))) {
                backup = listing.filter(p -> p.getFileName().toString().startsWith("mashwara-backup-")).findFirst().orElseThrow();
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(3);
        assertThat(Files.readString(backup.resolve("backup.properties"))).contains("format=1", "database=" + source);

        // --- Refusals that change nothing ---------------------------------------------------------------------
        var restored = Files.createDirectories(dir.resolve("restored"));
        var damaged = Files.createDirectories(dir.resolve("damaged"));
        copyTree(backup, damaged);
        Files.write(damaged.resolve("backup.properties"), "\n# edited".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        var refused = script("restore.sh", env(server + target, user, password, restored), damaged.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("damaged");
        assertThat(tables(server + target, user, password)).isZero();
        var intoFull = script("restore.sh", env(server + source, user, password, Files.createDirectories(dir.resolve("x"))),
                backup.toString());
        assertThat(intoFull.exit()).isNotZero();
        assertThat(intoFull.output()).contains("restore into an empty database");

        // --- Restore into the empty instance ------------------------------------------------------------------
        var restore = script("restore.sh", env(server + target, user, password, restored), backup.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        // The restored database holds the rows of the backup, table by table: a dump of it has the same data
        var again = script("backup.sh", env(server + target, user, password, restored), dir.resolve("again").toString());
        assertThat(again.exit()).as(again.output()).isZero();
        Path second;
        try (var listing = Files.list(dir.resolve("again"))) {
            second = listing.findFirst().orElseThrow();
        }
        var rows = rowsByTable(backup.resolve("database.sql.gz"));
        assertThat(rows).containsKeys("draft", "draft_version", "audit_entry", "review_thread", "routing_step",
                "extracted_text", "flyway_schema_history");
        assertThat(rowsByTable(second.resolve("database.sql.gz"))).isEqualTo(rows);

        try (var portal = start(server + target, user, password, restored, false)) {
            var drafts = portal.getBean(DraftService.class);
            var search = portal.getBean(SearchService.class);
            var member = (MashwaraUser) portal.getBean(UserDetailsService.class).loadUserByUsername("auditor");
            // every acknowledged version, byte for byte
            for (var version : acknowledged.entrySet()) {
                var key = version.getKey().split("/");
                var download = RunAs.user(member, () -> drafts.download(Long.parseLong(key[0]), Integer.parseInt(key[1])));
                try (var in = download.open()) {
                    assertThat(sha256(in)).as("version %s", version.getKey()).isEqualTo(version.getValue());
                }
            }
            var chain = RunAs.user(RunAs.systemAdministrator(), () -> portal.getBean(AuditLog.class).verify());
            assertThat(chain.intact()).isTrue();
            assertThat(chain.entries()).isGreaterThanOrEqualTo(auditEntries);
            // the index was not in the backup: rebuilt, it finds what the original found
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IndexUnavailableException.class)
                    .untilAsserted(() -> {
                        assertThat(RunAs.user(member, () -> search.search(SearchQuery.of("zephyrine")).total())).isEqualTo(1);
                        assertThat(RunAs.user(member, () -> search.search(SearchQuery.of("platforms")).total())).isEqualTo(hitsBefore);
                    });
        }
    }

    private ConfigurableApplicationContext start(String url, String user, String password, Path data, boolean demo) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=6", "--mashwara.data-dir=" + data,
                "--mashwara.store.dir=" + data.resolve("files"), "--mashwara.index.dir=" + data.resolve("index"),
                "--mashwara.demo.enabled=" + demo, "--mashwara.extraction.ocr.enabled=false",
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off");
    }

    private static Map<String, String> env(String url, String user, String password, Path data) {
        var env = new LinkedHashMap<String, String>();
        env.put("MASHWARA_DB_URL", url);
        env.put("MASHWARA_DB_USER", user);
        env.put("MASHWARA_DB_PASSWORD", password);
        env.put("MASHWARA_DATA_DIR", data.toString());
        env.put("MASHWARA_STORE_DIR", data.resolve("files").toString());
        env.put("MASHWARA_INDEX_DIR", data.resolve("index").toString());
        return env;
    }

    private record Run(int exit, String output) {
    }

    private static Run script(String name, Map<String, String> env, String argument) throws Exception {
        var builder = new ProcessBuilder("bash", Path.of("scripts", name).toString(), argument).redirectErrorStream(true);
        builder.environment().putAll(env);
        var process = builder.start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** The data rows of a dump, per table, in the order they were written. */
    private static Map<String, List<String>> rowsByTable(Path dump) throws IOException {
        var rows = new LinkedHashMap<String, List<String>>();
        String text;
        try (var in = new GZIPInputStream(Files.newInputStream(dump))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var line : text.split("\n")) {
            if (line.startsWith("INSERT INTO `")) {
                var table = line.substring("INSERT INTO `".length(), line.indexOf('`', "INSERT INTO `".length()));
                rows.computeIfAbsent(table, t -> new ArrayList<>()).add(line);
            }
        }
        return rows;
    }

    /** draft id/version number → SHA-256 of every stored version. */
    private static Map<String, String> versions(String url, String user, String password) throws Exception {
        var out = new LinkedHashMap<String, String>();
        try (Connection db = DriverManager.getConnection(url, user, password);
                var rs = db.createStatement().executeQuery("SELECT draft_id, number, sha256 FROM draft_version ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getString(3));
            }
        }
        return out;
    }

    private static int tables(String url, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password);
                var rs = db.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void recreate(Connection admin, String database) throws Exception {
        try (var st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            st.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (var path : (Iterable<Path>) walk::iterator) {
                var dest = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(path, dest);
                }
            }
        }
    }

    private static boolean onPath(String command) {
        for (var entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(InputStream in) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        var buffer = new byte[65536];
        for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
