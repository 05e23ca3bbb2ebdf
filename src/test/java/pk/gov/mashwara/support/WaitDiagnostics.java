package pk.gov.mashwara.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.zaxxer.hikari.HikariDataSource;

/**
 * When a test gives up waiting for background work (an Awaitility timeout), writes down what the background was
 * doing at that moment, so that a wait that failed once in a long run can be explained afterwards: the task pools
 * (active threads, queued tasks), the connection pool (in use, waiting), the event publications not yet completed
 * (per listener, with the oldest), and the portal's threads grouped by where they stand. Printed with the failure and
 * kept in {@code target/diagnostics/} (the CI script prints these files when the run fails). Registered for every
 * test through the service loader; it changes no outcome.
 */
public class WaitDiagnostics implements TestExecutionExceptionHandler {

    /** Where the reports go; other tests may leave theirs here too, for the CI script to print. */
    public static final Path DIRECTORY = Path.of("target", "diagnostics");

    private final Path directory;

    /** Reports into {@link #DIRECTORY} (made by JUnit, through the service loader). */
    public WaitDiagnostics() {
        this(DIRECTORY);
    }

    /** Reports into {@code directory} (tests of this class, which must not leave reports for the CI script). */
    WaitDiagnostics(Path directory) {
        this.directory = directory;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (isWaitTimeout(throwable)) {
            try {
                var report = report(context, throwable);
                System.out.println(report);
                Files.createDirectories(directory);
                Files.writeString(directory.resolve(context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName() + ".txt"), report);
            } catch (RuntimeException | IOException | LinkageError e) {
                System.out.println("Could not write the wait diagnostics: " + e);
            }
        }
        throw throwable;
    }

    static boolean isWaitTimeout(Throwable throwable) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (t instanceof ConditionTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String timeoutMessage(Throwable throwable) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (t instanceof ConditionTimeoutException) {
                return t.getMessage();
            }
        }
        return throwable.getMessage();
    }

    static String report(ExtensionContext context, Throwable throwable) {
        var out = new StringBuilder();
        out.append("=== Background work when ").append(context.getRequiredTestClass().getSimpleName()).append('.')
                .append(context.getRequiredTestMethod().getName()).append(" gave up waiting ===\n")
                .append(timeoutMessage(throwable)).append('\n');
        ApplicationContext application = null;
        if (AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), BootstrapWith.class)) {
            try {
                application = SpringExtension.getApplicationContext(context);
            } catch (RuntimeException e) {
                out.append("no application context: ").append(e).append('\n');
            }
        }
        if (application != null) {
            executors(application, out);
            connections(application, out);
            publications(application, out);
        }
        threads(out);
        return out.toString();
    }

    private static void executors(ApplicationContext application, StringBuilder out) {
        application.getBeansOfType(ThreadPoolTaskExecutor.class).forEach((name, executor) -> {
            var pool = executor.getThreadPoolExecutor();
            out.append("executor ").append(name).append(": ").append(pool.getActiveCount()).append(" active of ")
                    .append(pool.getPoolSize()).append(", ").append(pool.getQueue().size()).append(" queued, ")
                    .append(pool.getCompletedTaskCount()).append(" done\n");
        });
    }

    private static void connections(ApplicationContext application, StringBuilder out) {
        application.getBeansOfType(DataSource.class).forEach((name, dataSource) -> {
            try {
                if (dataSource.isWrapperFor(HikariDataSource.class)) {
                    var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                    if (pool != null) {
                        out.append("connections ").append(name).append(": ").append(pool.getActiveConnections())
                                .append(" in use, ").append(pool.getIdleConnections()).append(" idle, ")
                                .append(pool.getThreadsAwaitingConnection()).append(" threads waiting\n");
                    }
                }
            } catch (java.sql.SQLException e) {
                out.append("connections ").append(name).append(": ").append(e).append('\n');
            }
        });
    }

    private static void publications(ApplicationContext application, StringBuilder out) {
        try {
            var jdbc = new JdbcTemplate(application.getBean(DataSource.class));
            var rows = jdbc.queryForList("SELECT listener_id, event_type, status, COUNT(*) AS n,"
                    + " MIN(publication_date) AS oldest FROM event_publication WHERE completion_date IS NULL"
                    + " GROUP BY listener_id, event_type, status ORDER BY n DESC");
            out.append("event publications not completed: ").append(rows.isEmpty() ? "none" : "").append('\n');
            rows.stream().limit(25).forEach(row -> out.append("  ").append(row.get("n")).append(" × ")
                    .append(shortName(row.get("listener_id"))).append(" ← ").append(shortName(row.get("event_type")))
                    .append(" [").append(row.get("status")).append("] oldest ").append(row.get("oldest"))
                    .append('\n'));
        } catch (RuntimeException e) {
            out.append("event publications: ").append(e.getMessage()).append('\n');
        }
    }

    private static String shortName(Object name) {
        var text = String.valueOf(name);
        return text.replace("pk.gov.mashwara.", "");
    }

    /** The application's threads (not the JVM's own), grouped by state and the top of their stacks. */
    private static void threads(StringBuilder out) {
        var infos = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        int idle = 0;
        for (ThreadInfo info : infos) {
            var name = info.getThreadName();
            if (!(name.startsWith("task-") || name.startsWith("index-writer-") || name.startsWith("http-nio-")
                    || name.contains("xtract") || name.startsWith("scheduling-") || name.startsWith("mashwara"))) {
                continue;
            }
            var stack = Arrays.stream(info.getStackTrace()).map(StackTraceElement::toString).toList();
            if (stack.stream().anyMatch(f -> f.contains("ThreadPoolExecutor.getTask") || f.contains("TaskQueue.take")
                    || f.contains("EPoll.wait") || f.contains("Net.accept"))) {
                idle++;
                continue;
            }
            var frames = Arrays.stream(info.getStackTrace()).limit(8).map(StackTraceElement::toString)
                    .collect(Collectors.joining("\n      "));
            var key = info.getThreadState() + (info.getLockName() == null ? "" : " on " + info.getLockName())
                    .replaceAll("@[0-9a-f]+", "") + "\n      " + frames;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
        out.append("threads (").append(idle).append(" idle in their pools, not shown):\n");
        groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> out.append("  ").append(e.getValue().size()).append(" × ")
                        .append(String.join(", ", e.getValue().stream().limit(6).toList()))
                        .append(e.getValue().size() > 6 ? ", …" : "").append(": ").append(e.getKey()).append('\n'));
    }
}
