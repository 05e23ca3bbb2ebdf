package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a portal that is gone from one that is alive, by the id it wrote. */
class LeaseOwnerTest {

    private final LeaseOwner me = new LeaseOwner();
    private final String[] parts = me.id().split("_");

    @TempDir
    Path root;

    @Test
    void an_id_names_host_process_start_and_a_random_part() {
        assertThat(parts).hasSize(4);
        assertThat(Long.parseLong(parts[1])).isEqualTo(ProcessHandle.current().pid());
        assertThat(new LeaseOwner().id()).isNotEqualTo(me.id()).startsWith(parts[0] + "_" + parts[1] + "_" + parts[2]);
        assertThat(new LeaseOwner("db_1.example/x y", 1, 2, "r").id()).isEqualTo("db-1.example-x-y_1_2_r");
    }

    @Test
    void a_portal_of_a_process_that_ended_or_of_an_earlier_start_is_gone() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertThat(me.isGone(id(ended.pid(), 1_000, "x"))).isTrue();
        // the same process number, started at another time: the number was used again (a container's pid 1)
        assertThat(me.isGone(id(ProcessHandle.current().pid(), Long.parseLong(parts[2]) - 1, "x"))).isTrue();
    }

    @Test
    void a_live_portal_another_host_or_an_unreadable_id_is_not_taken_for_gone() {
        assertThat(me.isGone(me.id())).isFalse();
        assertThat(me.isGone(new LeaseOwner().id())).isFalse();
        assertThat(me.isGone("another-host_1_2_x")).isFalse();
        assertThat(me.isGone(parts[0] + "_notanumber_2_x")).isFalse();
        assertThat(me.isGone("kept-by-someone-else")).isFalse();
        assertThat(me.isGone(null)).isFalse();
    }

    @Test
    void the_working_directories_of_portals_that_are_gone_are_removed_and_no_other() throws IOException {
        var killed = Files.createDirectories(root.resolve(id(ProcessHandle.current().pid(), 1, "k")).resolve("extractor-1-tmp"));
        Files.writeString(killed.resolve("spool.tmp"), "left by a killed extractor");
        var alive = WorkDirectories.create(root, new LeaseOwner());
        var foreign = Files.createDirectories(root.resolve("notes"));

        assertThat(WorkDirectories.removeAbandoned(root, me)).isEqualTo(1);
        assertThat(killed.getParent()).doesNotExist();
        assertThat(alive).isDirectory();
        assertThat(foreign).isDirectory();
        assertThat(WorkDirectories.removeAbandoned(root.resolve("missing"), me)).isZero();
    }

    private String id(long pid, long start, String random) {
        return parts[0] + "_" + pid + "_" + start + "_" + random;
    }
}
