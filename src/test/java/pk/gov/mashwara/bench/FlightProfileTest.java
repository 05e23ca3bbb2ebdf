package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

/**
 * The flight profile's counting, on a recording of this JVM while one of its methods burns CPU: the method is the
 * largest of the portal's own methods, its package the largest library, and the shares add up.
 */
class FlightProfileTest {

    static volatile long sink;

    @Test
    void a_method_that_burns_the_cpu_leads_the_portal_methods_and_its_package_the_libraries(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve("burn.jfr");
        try (var recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            burn(Duration.ofMillis(1500));
            recording.stop();
            recording.dump(file);
        }
        var profile = FlightProfile.read(file);
        assertThat(profile.samples()).isGreaterThan(20);
        var burn = profile.portal().stream().filter(r -> r.name().equals(FlightProfileTest.class.getName() + ".burn"))
                .findFirst().orElseThrow();
        assertThat(burn.share()).isGreaterThan(0.5);
        // inclusive: the test method that called it counts every one of its samples too
        var caller = profile.portal().stream().filter(r -> r.name().endsWith(".a_method_that_burns_the_cpu_leads_the_"
                + "portal_methods_and_its_package_the_libraries")).findFirst().orElseThrow();
        assertThat(caller.samples()).isGreaterThanOrEqualTo(burn.samples());
        assertThat(profile.self().getFirst().name()).isEqualTo(FlightProfileTest.class.getName() + ".burn");
        assertThat(profile.libraries().getFirst().name()).isEqualTo("pk.gov.mashwara.bench");
        assertThat(profile.libraries().stream().mapToLong(FlightProfile.Row::samples).sum())
                .isLessThanOrEqualTo(profile.samples());
        assertThat(profile.table()).contains("| `" + FlightProfileTest.class.getName() + ".burn` |")
                .contains("By library");
    }

    @Test
    void a_library_is_named_by_its_first_three_parts_a_portal_module_by_four() {
        assertThat(FlightProfile.packagePrefix("org.apache.lucene.search.IndexSearcher")).isEqualTo("org.apache.lucene");
        assertThat(FlightProfile.packagePrefix("pk.gov.mashwara.search.index.Snippets"))
                .isEqualTo("pk.gov.mashwara.search");
        assertThat(FlightProfile.packagePrefix("com.zaxxer.HikariPool")).isEqualTo("com.zaxxer");
        assertThat(FlightProfile.packagePrefix("Top")).isEqualTo("Top");
        assertThat(FlightProfile.Profile.failed("no jcmd").table()).contains("No flight recording: no jcmd");
        assertThat(FlightProfile.synthetic("pk.gov.mashwara.search.index.IndexSearch.lambda$search$0")).isTrue();
        assertThat(FlightProfile.synthetic("pk.gov.mashwara.search.SearchService$$SpringCGLIB$$0.search")).isTrue();
        assertThat(FlightProfile.synthetic("pk.gov.mashwara.search.index.IndexSearch.run")).isFalse();
    }

    @Test
    void a_sample_is_charged_to_the_outermost_portal_entry_point_on_its_stack() {
        // innermost first, as a recording gives them
        assertThat(FlightProfile.entry(java.util.List.of("org.apache.lucene.search.IndexSearcher.search",
                "pk.gov.mashwara.search.SearchService.search", "pk.gov.mashwara.search.api.SearchApiController.search",
                "org.springframework.web.servlet.DispatcherServlet.doDispatch",
                "org.apache.catalina.core.ApplicationFilterChain.doFilter", "java.lang.Thread.run")))
                .isEqualTo("pk.gov.mashwara.search.api.SearchApiController.search");
        // a listener run within a UI request counts for the UI request
        assertThat(FlightProfile.entry(java.util.List.of("pk.gov.mashwara.review.Updates.on",
                "com.vaadin.flow.server.communication.UidlRequestHandler.synchronizedHandleRequest",
                "org.apache.catalina.connector.CoyoteAdapter.service")))
                .isEqualTo("Vaadin UIDL handling (every view)");
        // a listener on a background thread is its own entry point
        assertThat(FlightProfile.entry(java.util.List.of("org.apache.lucene.index.IndexWriter.commit",
                "pk.gov.mashwara.search.index.IndexListeners.on", "java.util.concurrent.ThreadPoolExecutor.runWorker")))
                .isEqualTo("pk.gov.mashwara.search.index.IndexListeners.on");
        assertThat(FlightProfile.entry(java.util.List.of("org.springframework.security.crypto.bcrypt.BCrypt.key",
                "org.apache.catalina.core.ApplicationFilterChain.doFilter")))
                .startsWith("HTTP requests outside the controllers");
        assertThat(FlightProfile.entry(java.util.List.of("org.apache.lucene.index.ConcurrentMergeScheduler$MergeThread.run")))
                .isEqualTo("Lucene segment merges");
        assertThat(FlightProfile.entry(java.util.List.of("java.lang.Thread.run"))).isEqualTo("other background work");
    }

    private static void burn(Duration time) {
        var until = System.nanoTime() + time.toNanos();
        long x = 1;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        sink = x;
    }
}
