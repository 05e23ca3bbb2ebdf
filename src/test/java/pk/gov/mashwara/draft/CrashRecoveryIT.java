package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.bench.CrashDrill;

/**
 * The crash drill in its short form: the portal, a process of its own, killed with SIGKILL twice in the middle of
 * a bulk import through the API, then started again: every acknowledged file is there byte for byte, no draft is
 * left without its file, every version is extracted and indexed once the portal has caught up, and the audit chain
 * is intact. The long form ({@link CrashDrill#main}) runs more rounds and files and writes a report.
 */
class CrashRecoveryIT {

    @TempDir
    Path data;

    @Test
    void killed_twice_during_a_bulk_import_the_portal_loses_nothing_it_acknowledged() throws Exception {
        var drill = new CrashDrill(data, 2, 30, 3, 7L);
        var outcome = drill.run();
        System.out.println(drill.report(outcome));
        assertThat(outcome.acknowledged()).as(drill.report(outcome)).isGreaterThanOrEqualTo(30);
        assertThat(outcome.rounds()).hasSize(2);
        assertThat(outcome.passed()).as(drill.report(outcome)).isTrue();
    }
}
