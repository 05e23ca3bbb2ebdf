package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The CPU shares of the machine's tenants, from /proc. */
class ProcessCpuTest {

    @Test
    void reads_user_and_system_time_after_the_command_name_whatever_it_holds() {
        // a command name with spaces and parentheses: fields are counted from the last ')'
        var line = "4242 (Web Content (x) 2) S 1 4242 4242 0 -1 4194560 3000 0 0 0 1234 567 8 9 20 0 30 0 100 "
                + "1000000 5000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";
        var ticks = ProcessCpu.parseStat(line);
        assertThat(ticks.user()).isEqualTo(1234);
        assertThat(ticks.system()).isEqualTo(567);
        assertThat(ticks.total()).isEqualTo(1801);
        assertThatThrownBy(() -> ProcessCpu.parseStat("4242 no parentheses")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessCpu.parseStat("4242 (short) S 1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_the_machines_busy_and_total_time() {
        var stat = """
                cpu  100 10 50 800 40 0 0 0 7 0
                cpu0 50 5 25 400 20 0 0 0 3 0
                intr 1
                """;
        var machine = ProcessCpu.parseMachine(stat);
        // user+nice+system+idle+iowait+irq+softirq+steal; guest already inside user
        assertThat(machine.total()).isEqualTo(1000);
        assertThat(machine.busy()).isEqualTo(160);
    }

    @Test
    void the_shares_of_the_tenants_other_and_idle_make_the_whole_machine() {
        var before = new ProcessCpu.Reading(new ProcessCpu.Machine(1000, 5000), Map.of(
                ProcessCpu.PORTAL, Map.of(10L, 300L), ProcessCpu.MARIADB, Map.of(20L, 100L),
                ProcessCpu.DRIVER, Map.of(30L, 50L), ProcessCpu.BROWSERS, Map.of()));
        // 2 cores for 10 s: 2000 ticks; the browser started in the window and counts from zero
        var after = new ProcessCpu.Reading(new ProcessCpu.Machine(2500, 7000), new java.util.LinkedHashMap<>(Map.of(
                ProcessCpu.PORTAL, Map.of(10L, 1100L), ProcessCpu.MARIADB, Map.of(20L, 300L),
                ProcessCpu.DRIVER, Map.of(30L, 150L), ProcessCpu.BROWSERS, Map.of(40L, 200L))));
        var shares = ProcessCpu.shares(before, after, 100);
        var byTenant = new java.util.HashMap<String, ProcessCpu.Share>();
        shares.forEach(s -> byTenant.put(s.tenant(), s));
        assertThat(byTenant.get(ProcessCpu.PORTAL).percent()).isCloseTo(40.0, within(1e-9));
        assertThat(byTenant.get(ProcessCpu.PORTAL).seconds()).isCloseTo(8.0, within(1e-9));
        assertThat(byTenant.get(ProcessCpu.MARIADB).percent()).isCloseTo(10.0, within(1e-9));
        assertThat(byTenant.get(ProcessCpu.DRIVER).percent()).isCloseTo(5.0, within(1e-9));
        assertThat(byTenant.get(ProcessCpu.BROWSERS).percent()).isCloseTo(10.0, within(1e-9));
        // busy 1500 ticks, 1300 explained
        assertThat(byTenant.get("other").percent()).isCloseTo(10.0, within(1e-9));
        assertThat(byTenant.get("idle").percent()).isCloseTo(25.0, within(1e-9));
        assertThat(shares.stream().mapToDouble(ProcessCpu.Share::percent).sum()).isCloseTo(100.0, within(1e-9));
        assertThat(ProcessCpu.table(shares)).contains("| portal | 40.0 % | 8.0 |", "| idle | 25.0 % | 5.0 |");
    }

    @Test
    void reads_this_machine() {
        if (!ProcessCpu.available()) {
            return;
        }
        var cpu = new ProcessCpu(ProcessHandle.current().pid());
        var first = cpu.read();
        long spin = System.nanoTime() + 300_000_000L;
        double x = 0;
        while (System.nanoTime() < spin) {
            x += Math.sqrt(x + 1);
        }
        var shares = ProcessCpu.shares(first, cpu.read(), 100);
        assertThat(x).isPositive();
        assertThat(shares).extracting(ProcessCpu.Share::tenant).contains(ProcessCpu.PORTAL, ProcessCpu.DRIVER, "idle");
        // this JVM spun for 0.3 s: counted as the "portal" (the pid given) and as the driver (this process)
        assertThat(shares.stream().filter(s -> s.tenant().equals(ProcessCpu.DRIVER)).findFirst().orElseThrow().seconds())
                .isGreaterThan(0.05);
    }
}
