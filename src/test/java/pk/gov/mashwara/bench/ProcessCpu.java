package pk.gov.mashwara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time the machine's tenants took during a window, from {@code /proc}: each process's user and system time
 * ({@code /proc/<pid>/stat}, fields 14 and 15, in clock ticks) and the machine's ({@code /proc/stat}, its first
 * line), read at the start and at the end. The tenants: the portal, its extractor processes, MariaDB, the load
 * driver itself, and the browsers (ChromeDriver and Chromium); the rest of the busy time is "other". A share is of
 * the whole machine's time over all cores, so the shares and the idle time add up to 100 %. A process that started
 * during the window counts from zero; one that ended during it is missing from the end and counts nothing (its
 * time shows under "other").
 */
final class ProcessCpu {

    static final String PORTAL = "portal";
    static final String EXTRACTORS = "extractors";
    static final String MARIADB = "MariaDB";
    static final String DRIVER = "load driver";
    static final String BROWSERS = "ChromeDriver and Chromium";

    /** The CPU time of one process: user and system, in clock ticks. */
    record Ticks(long user, long system) {
        long total() {
            return user + system;
        }
    }

    /** The machine's time over all cores, in clock ticks: busy (everything but idle and I/O wait) and in all. */
    record Machine(long busy, long total) {
    }

    /** One reading: the machine, and the ticks of every process of each tenant by pid. */
    record Reading(Machine machine, Map<String, Map<Long, Long>> tenants) {
    }

    private final Long portalPid;

    /** {@code portalPid}: the portal's process, or null when the benchmark did not start it (then not counted). */
    ProcessCpu(Long portalPid) {
        this.portalPid = portalPid;
    }

    /**
     * The utime and stime of a {@code /proc/<pid>/stat} line. The command name (field 2) is in parentheses and may
     * hold spaces and parentheses itself, so the fields are counted from the last closing parenthesis.
     */
    static Ticks parseStat(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        var fields = line.substring(close + 1).strip().split("\\s+");
        // fields[0] is the state (field 3), so utime (field 14) is fields[11] and stime (field 15) fields[12]
        if (fields.length < 13) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat: " + line);
        }
        return new Ticks(Long.parseLong(fields[11]), Long.parseLong(fields[12]));
    }

    /**
     * The first line of {@code /proc/stat} ({@code cpu  user nice system idle iowait irq softirq steal guest
     * guest_nice}): guest time is already inside user time, so the total is the first eight; busy is the total
     * without idle and iowait.
     */
    static Machine parseMachine(String procStat) {
        var first = procStat.lines().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cpu line in /proc/stat"));
        var f = first.substring(3).strip().split("\\s+");
        long total = 0;
        for (int i = 0; i < Math.min(8, f.length); i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[3]) + (f.length > 4 ? Long.parseLong(f[4]) : 0);
        return new Machine(total - idle, total);
    }

    /** Whether this machine has {@code /proc} to read. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/stat"));
    }

    Reading read() {
        var tenants = new LinkedHashMap<String, Map<Long, Long>>();
        // without the portal's process (a portal the benchmark did not start) its time is in "other"
        for (var tenant : portalPid == null ? List.of(MARIADB, DRIVER, BROWSERS)
                : List.of(PORTAL, EXTRACTORS, MARIADB, DRIVER, BROWSERS)) {
            tenants.put(tenant, new HashMap<>());
        }
        var self = ProcessHandle.current();
        add(tenants.get(DRIVER), self.pid());
        self.descendants().forEach(p -> {
            var name = command(p.pid());
            if (name.contains("chrom")) {
                add(tenants.get(BROWSERS), p.pid());
            }
        });
        if (portalPid != null) {
            add(tenants.get(PORTAL), portalPid);
            ProcessHandle.of(portalPid).ifPresent(portal -> portal.descendants().forEach(p -> add(tenants.get(EXTRACTORS), p.pid())));
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                long pid = Long.parseLong(n);
                var name = command(pid);
                if (name.equals("mariadbd") || name.equals("mysqld")) {
                    add(tenants.get(MARIADB), pid);
                }
            });
        } catch (IOException e) {
            // no MariaDB figures then
        }
        Machine machine;
        try {
            machine = parseMachine(Files.readString(Path.of("/proc/stat")));
        } catch (IOException | RuntimeException e) {
            machine = new Machine(0, 0);
        }
        return new Reading(machine, tenants);
    }

    private static void add(Map<Long, Long> into, long pid) {
        try {
            into.put(pid, parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))).total());
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
    }

    private static String command(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** A tenant's share of the machine over the window, in percent, and the CPU seconds it took. */
    record Share(String tenant, double percent, double seconds) {
    }

    /**
     * Each tenant's share of the machine between two readings, then "other" (busy time no tenant explains) and
     * "idle"; {@code ticksPerSecond} turns ticks into seconds (100 on Linux).
     */
    static List<Share> shares(Reading before, Reading after, long ticksPerSecond) {
        long total = after.machine().total() - before.machine().total();
        var out = new ArrayList<Share>();
        if (total <= 0) {
            return out;
        }
        long explained = 0;
        for (var tenant : after.tenants().entrySet()) {
            var earlier = before.tenants().getOrDefault(tenant.getKey(), Map.of());
            long ticks = 0;
            for (var process : tenant.getValue().entrySet()) {
                ticks += Math.max(0, process.getValue() - earlier.getOrDefault(process.getKey(), 0L));
            }
            explained += ticks;
            out.add(new Share(tenant.getKey(), 100.0 * ticks / total, (double) ticks / ticksPerSecond));
        }
        long busy = after.machine().busy() - before.machine().busy();
        long other = Math.max(0, busy - explained);
        out.add(new Share("other", 100.0 * other / total, (double) other / ticksPerSecond));
        long idle = total - busy;
        out.add(new Share("idle", 100.0 * idle / total, (double) idle / ticksPerSecond));
        return out;
    }

    /** The report's table of shares. */
    static String table(List<Share> shares) {
        var out = new StringBuilder("| Tenant | share of the machine | CPU seconds |\n|---|---:|---:|\n");
        for (var share : shares) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f %% | %.1f |%n", share.tenant(), share.percent(),
                    share.seconds()));
        }
        return out.toString();
    }
}
