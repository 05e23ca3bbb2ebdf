package pk.gov.mashwara.bench;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import pk.gov.mashwara.Application;
import pk.gov.mashwara.support.ApiClient;

/**
 * The portal the load benchmark drives: a process of its own (the {@code mariadb} profile, the demo data, a
 * temporary data directory, loopback only) on a MariaDB database of the benchmark's own, dropped and created afresh
 * for every run.
 */
final class LoadPortal {

    private static final Duration READY_WITHIN = Duration.ofSeconds(300);

    /** The benchmark's MariaDB database: dropped and created afresh for every run. */
    record Database(String url, String user, String password, String name, String version) {

        static Database fromSettings() throws Exception {
            var url = setting("load.db.url", "MASHWARA_BENCH_DB_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("Give the benchmark a MariaDB database of its own: -Dload.db.url="
                        + "jdbc:mariadb://127.0.0.1:3306/mashwara_load -Dload.db.user=... -Dload.db.password=... "
                        + "(or MASHWARA_BENCH_DB_URL, _USER, _PASSWORD), or -Dload.url=http://127.0.0.1:PORT for a running portal");
            }
            var name = databaseName(url);
            if (!name.contains("load") && !name.contains("bench")) {
                throw new IllegalArgumentException("The benchmark drops and recreates its database; refusing '" + name
                        + "': give it one whose name contains 'load' or 'bench' (e.g. mashwara_load)");
            }
            var user = setting("load.db.user", "MASHWARA_BENCH_DB_USER");
            var password = setting("load.db.password", "MASHWARA_BENCH_DB_PASSWORD");
            try (var connection = DriverManager.getConnection(url, user, password)) {
                return new Database(url, user, password, name, connection.getMetaData().getDatabaseProductVersion());
            }
        }

        /** The database named in a JDBC URL: the path after host and port, without parameters. */
        static String databaseName(String url) {
            var matcher = Pattern.compile("^jdbc:(?:mariadb|mysql)://[^/]+/([A-Za-z0-9_]+)(?:[?;].*)?$").matcher(url);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("load.db.url: a MariaDB JDBC URL with a database, e.g. "
                        + "jdbc:mariadb://127.0.0.1:3306/mashwara_load (got " + url + ")");
            }
            return matcher.group(1);
        }

        void recreate() throws Exception {
            try (var connection = DriverManager.getConnection(url, user, password); var st = connection.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + name + "`");
                st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }

        private static String setting(String property, String env) {
            var value = System.getProperty(property);
            return value != null ? value : System.getenv(env);
        }
    }

    final Process process;
    final ApiClient api;
    final double startSeconds;
    final Path data;
    final int port;

    private LoadPortal(Process process, ApiClient api, double startSeconds, Path data, int port) {
        this.process = process;
        this.port = port;
        this.api = api;
        this.startSeconds = startSeconds;
        this.data = data;
    }

    static LoadPortal start(Database db, String heap) throws Exception {
        var data = Files.createTempDirectory("mashwara-load");
        int port;
        try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // the portal's own classes and dependencies only: not the tests' configuration
        var classPath = classPath().stream().filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                // deep enough for a request's whole stack (servlet, Spring, Vaadin), for the flight recordings
                "-XX:FlightRecorderOptions=stackdepth=256"));
        // extra options for the portal's JVM, e.g. a flight recording: -Dload.jvm="-XX:StartFlightRecording=..."
        var jvm = System.getProperty("load.jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath, Application.class.getName(), "--spring.profiles.active=mariadb",
                "--server.port=" + port, "--server.address=127.0.0.1", "--mashwara.data-dir=" + data,
                "--mashwara.demo.enabled=true", "--vaadin.launch-browser=false", "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                // as users run it (the jar): the production bundle comes from `./mvnw package`
                "--vaadin.productionMode=" + Boolean.parseBoolean(System.getProperty("load.production", "true"))));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("portal.log").toFile());
        builder.environment().put("MASHWARA_DB_URL", db.url());
        builder.environment().put("MASHWARA_DB_USER", db.user());
        builder.environment().put("MASHWARA_DB_PASSWORD", db.password() == null ? "" : db.password());
        builder.environment().put("MASHWARA_DEMO_PASSWORD", LoadBenchmark.PASSWORD);
        long start = System.nanoTime();
        var process = builder.start();
        var api = new ApiClient(port);
        var deadline = start + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting; see " + data.resolve("portal.log"));
            }
            try {
                if (api.get("/actuator/health/readiness", null).status() == 200
                        && api.get("/api/drafts?size=1", LoadBenchmark.AUDITOR).status() == 200) {
                    return new LoadPortal(process, api, (System.nanoTime() - start) / 1e9, data, port);
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the portal was not ready within " + READY_WITHIN + "; see " + data.resolve("portal.log"));
    }

    /**
     * The class path the benchmark runs with: under {@code exec:java} the project's is that of the context class
     * loader (the JVM's own is Maven's), otherwise the JVM's.
     */
    private static List<String> classPath() throws Exception {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader
                && loader.getURLs().length > 0) {
            var out = new ArrayList<String>();
            for (var url : loader.getURLs()) {
                out.add(Path.of(url.toURI()).toString());
            }
            return out;
        }
        return List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
    }

    void stop() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (Boolean.getBoolean("load.keep")) {
            System.out.println("[load] the portal's data directory and log are kept in " + data);
        } else {
            SearchBenchmark.deleteTree(data);
        }
    }
}
