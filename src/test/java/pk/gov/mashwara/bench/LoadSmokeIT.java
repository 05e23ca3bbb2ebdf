package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Credentials;
import pk.gov.mashwara.support.DemoPortalTest;
import pk.gov.mashwara.support.Fixtures;

/**
 * The load benchmark's smoke form, run by {@code ./mvnw verify}: 10 virtual users for 20 s through the API of the
 * test portal (its demo users, a few generated PDFs imported and routed to review first), the same steps as the full
 * benchmark, without the browsers. It fails on errors (5xx, timeouts, unexpected 4xx) and never on timings, which
 * on a CI machine say nothing; the report is written to {@code target/benchmarks/load-smoke.md} for a look.
 */
@DemoPortalTest
class LoadSmokeIT {

    private static final List<String> USERS = List.of("auditor", "nsmcwg.secretary", "nsmcwg.member", "nsmcwg.member2",
            "moit.drafter", "moit.officer", "moib.drafter", "moib.officer", "pta.drafter", "pta.officer",
            "pemra.drafter", "pemra.officer", "law.drafter", "law.officer", "cabinet.drafter", "cabinet.officer");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void forgetPasswords() {
        LoadBenchmark.OTHER_PASSWORDS.clear();
    }

    @Test
    void ten_users_for_twenty_seconds_meet_no_error() throws Exception {
        var api = new ApiClient(port);
        knowPasswords(api);
        var settings = new LoadBenchmark.Settings(List.of(10), Duration.ofSeconds(3), Duration.ofSeconds(20), 1.5, 6,
                "-", 0);
        var bench = new LoadBenchmark(settings, api);
        // on the database the other tests share, their drafts are in states the driver's steps do not expect
        bench.onlyOwnDrafts();
        bench.metricsReader(new Credentials(fixtures.user(null, Role.ADMIN).getUsername(), Fixtures.PASSWORD));
        var started = Instant.now();
        // generated PDFs only, whatever corpus lies beside the project: the smoke form stays small
        var corpus = System.getProperty("bench.corpus");
        System.setProperty("bench.corpus", "target/no-corpus-for-the-smoke-form");
        double setup;
        try {
            setup = bench.prepare(true);
        } finally {
            if (corpus == null) {
                System.clearProperty("bench.corpus");
            } else {
                System.setProperty("bench.corpus", corpus);
            }
        }
        var phase = bench.phase(10);
        var report = bench.report(started, LoadBenchmark.loadAverage(), "the test portal (smoke form, 10 users, 20 s; "
                + "the portal runs in the driver's own process, so its CPU is in the driver's row)",
                setup, List.of(phase));
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("load-smoke.md"), report);

        var errors = new ArrayList<String>();
        phase.actions().values().forEach(s -> s.errorSamples().forEach(e -> errors.add(s.action() + ": " + e)));
        assertThat(phase.overall().errors()).as("errors, first samples: %s", errors).isZero();
        // the users did work: searches and reads at least (how fast is not judged here)
        assertThat(phase.overall().requests()).isGreaterThan(20);
        assertThat(phase.actions()).containsKeys(LoadBenchmark.SEARCH, LoadBenchmark.OPEN);
        // the portal's own figures were read beside the driver's, and the machine's CPU split by tenant
        assertThat(phase.server().actions()).containsKey(LoadBenchmark.SEARCH);
        assertThat(phase.server().actions().get(LoadBenchmark.SEARCH).requests()).isPositive();
        assertThat(phase.server().inside()).containsKey("search: snippets");
        if (ProcessCpu.available()) {
            assertThat(phase.server().cpu()).extracting(ProcessCpu.Share::tenant).contains(ProcessCpu.DRIVER, "idle");
        }
        assertThat(report).contains("As the portal measured it", String.format(Locale.ROOT, "| %s |", LoadBenchmark.SEARCH));
    }

    /**
     * The demo's users have the demo's password unless a test made one of them first (with the tests' password):
     * each is tried once with the demo's and, refused, with the tests'.
     */
    private static void knowPasswords(ApiClient api) {
        for (var user : USERS) {
            if (api.get("/api/drafts?size=1", new Credentials(user, LoadBenchmark.PASSWORD)).status() == 200) {
                continue;
            }
            assertThat(api.get("/api/drafts?size=1", new Credentials(user, Fixtures.PASSWORD)).status())
                    .as("%s signs in with the demo's or the tests' password", user).isEqualTo(200);
            LoadBenchmark.OTHER_PASSWORDS.put(user, Fixtures.PASSWORD);
        }
    }
}
