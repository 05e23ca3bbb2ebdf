package pk.gov.mashwara.text.extraction;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * This portal as the holder of extraction leases and of a working directory. Its id names the host, the process
 * and the moment it started, and a random part (several portals may run in one process, as the tests do):
 * {@code host_pid_startMillis_random}.
 *
 * <p>From an id that another portal wrote, a portal on the same host can tell whether that portal is gone: no
 * process with its number and start time runs here any more. That is what lets a portal restarted after a crash
 * take up at once the jobs the crashed one held, while the jobs of a live portal on another host (or one whose
 * process cannot be checked) are left to it until its lease runs out.
 */
@Component
class LeaseOwner {

    private static final int MAX_HOST = 100;

    private final String host;
    private final String id;

    LeaseOwner() {
        this(localHost(), ProcessHandle.current().pid(), startMillis(ProcessHandle.current()).orElse(0L),
                HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    LeaseOwner(String host, long pid, long startMillis, String random) {
        this.host = safe(host);
        this.id = this.host + "_" + pid + "_" + startMillis + "_" + random;
    }

    /** What this portal writes as the owner of a lease; also the name of its working directory. */
    String id() {
        return id;
    }

    /**
     * Whether the portal that wrote {@code other} is known to be gone: it ran on this host, and the process it ran in
     * has ended (or its number now belongs to a process started at another time). False when that cannot be known:
     * another host, a malformed id, a process whose start time the system does not tell.
     */
    boolean isGone(String other) {
        if (other == null || other.equals(id)) {
            return false;
        }
        var parts = other.split("_");
        if (parts.length != 4 || !parts[0].equals(host)) {
            return false;
        }
        long pid;
        long started;
        try {
            pid = Long.parseLong(parts[1]);
            started = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        var process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        var start = startMillis(process.get());
        return start.isPresent() && start.get() != started;
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli);
    }

    /** The host's name as it goes into an id: no separator in it, and not too long for the column. */
    static String safe(String host) {
        var safe = host == null || host.isBlank() ? "localhost" : host.replaceAll("[^A-Za-z0-9.-]", "-");
        return safe.length() > MAX_HOST ? safe.substring(0, MAX_HOST) : safe;
    }

    private static String localHost() {
        var named = System.getenv("HOSTNAME");
        if (named != null && !named.isBlank()) {
            return named;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
