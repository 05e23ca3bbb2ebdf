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
        var drill = new CrashDrill(data, 2, 40, 2, 7L);
        var outcome = drill.run();
        System.out.println(drill.report(outcome));
        assertThat(outcome.acknowledged()).as(drill.report(outcome)).isGreaterThanOrEqualTo(40);
        assertThat(outcome.rounds()).hasSize(2);
        // both kills came while files were arriving: each round acknowledged some, and left some for the next
        assertThat(outcome.rounds()).allSatisfy(r -> assertThat(r.acknowledgedInRound()).isPositive());
        assertThat(outcome.rounds().get(1).sentBefore()).isLessThan(40);
        assertThat(outcome.passed()).as(drill.report(outcome)).isTrue();
    }
}
