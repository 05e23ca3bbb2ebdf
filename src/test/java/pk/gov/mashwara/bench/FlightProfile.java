package pk.gov.mashwara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of the portal over one measured window, and where its CPU went: the JVM's own sampler
 * ({@code jdk.ExecutionSample}: under the {@code default} settings every 20 ms, a few running Java threads at a time) read back
 * and counted three ways:
 * <ul>
 * <li><b>by library</b>: each sample charged to the first frame from the top that is not the JDK's own
 * ({@code java.*}, {@code jdk.*}, {@code sun.*}), by its package's first three parts ({@code org.apache.lucene}),
 * or four for the portal's own modules ({@code pk.gov.mashwara.search}), so that a {@code HashMap} lookup counts for whoever made it;</li>
 * <li><b>the portal's own methods, inclusive</b>: each sample counts once for every method of {@code pk.gov.mashwara}
 * on its stack (what that method and everything it called cost);</li>
 * <li><b>top frames, self</b>: the method running when the sample was taken;</li>
 * <li><b>by entry point</b>: each sample charged to the outermost of the portal's entry points on its stack (an
 * API controller's method, Vaadin's UIDL handling, an event listener), or to the request handling around them
 * (filters, sign-in, writing JSON), or to the background work it was part of; with the portal's CPU seconds of the
 * window, this gives what each kind of request costs.</li>
 * </ul>
 * Started and stopped with {@code jcmd} ({@code JFR.start}, {@code JFR.stop}), so a portal already running can be
 * profiled as well as one the benchmark started.
 */
final class FlightProfile {

    static final String PORTAL = "pk.gov.mashwara.";
    static final int TOP = 15;
    /**
     * The JDK's settings the recording runs with: {@code default} (the sampler every 20 ms, few other events, about
     * 1 % overhead) unless {@code -Dload.jfr.settings=profile} (every 10 ms, with allocation, socket and exception
     * events, which cost the loaded portal visibly).
     */
    static final String SETTINGS = System.getProperty("load.jfr.settings", "default");

    /** What a profile found: the samples in all, and the three tables, largest first. */
    record Profile(long samples, List<Row> libraries, List<Row> portal, List<Row> self, List<Row> entries,
            String note) {

        static final Profile NONE = new Profile(0, List.of(), List.of(), List.of(), List.of(), null);

        static Profile failed(String why) {
            return new Profile(0, List.of(), List.of(), List.of(), List.of(), why);
        }

        /** The three tables in Markdown, or the reason there is none. */
        String table() {
            if (samples == 0) {
                return note == null ? "" : "\nNo flight recording: " + note + "\n";
            }
            var out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%nWhere the portal's CPU went (flight recording of the measured window, "
                    + "%d execution samples of running Java threads):%n%n", samples));
            section(out, "By library (JDK frames charged to their caller)", libraries);
            section(out, "The portal's own methods, inclusive (each sample counts once for every portal method on "
                    + "its stack)", portal);
            section(out, "Top frames, self", self);
            section(out, "By entry point (each sample charged to the outermost portal entry point on its stack)",
                    entries);
            return out.toString();
        }

        private static void section(StringBuilder out, String title, List<Row> rows) {
            out.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
            for (var row : rows) {
                out.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f %% |%n", row.name(), row.samples(),
                        row.share() * 100));
            }
            out.append('\n');
        }
    }

    record Row(String name, long samples, double share) {
    }

    private final long pid;
    private final String name;

    private FlightProfile(long pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    /** Starts a recording in the process; null (and a line on the console) when {@code jcmd} could not. */
    static FlightProfile start(long pid, String name) {
        var profile = new FlightProfile(pid, name);
        var answer = profile.jcmd("JFR.start", "name=" + name, "settings=" + SETTINGS);
        if (answer == null || !answer.contains("Started recording")) {
            System.out.println("[load] no flight recording: " + answer);
            return null;
        }
        return profile;
    }

    /** Stops the recording, writes it to {@code file} and reads it back. */
    Profile stop(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            var answer = jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
            if (!Files.exists(file)) {
                return Profile.failed("jcmd JFR.stop: " + answer);
            }
            return read(file);
        } catch (IOException e) {
            return Profile.failed(e.toString());
        }
    }

    /** Counts the execution samples of a recording. */
    static Profile read(Path file) throws IOException {
        var libraries = new HashMap<String, Long>();
        var portal = new HashMap<String, Long>();
        var self = new HashMap<String, Long>();
        var entries = new HashMap<String, Long>();
        long samples = 0;
        try (var recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                var event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                var frames = stack.getFrames();
                self.merge(method(frames.getFirst()), 1L, Long::sum);
                entries.merge(stack.isTruncated() ? "(stack cut before its entry point)"
                        : entry(frames.stream().map(FlightProfile::method).toList()), 1L, Long::sum);
                libraries.merge(library(frames), 1L, Long::sum);
                var seen = new HashSet<String>();
                for (var frame : frames) {
                    var method = method(frame);
                    if (method.startsWith(PORTAL) && !synthetic(method) && seen.add(method)) {
                        portal.merge(method, 1L, Long::sum);
                    }
                }
            }
        }
        return new Profile(samples, top(libraries, samples), top(portal, samples), top(self, samples),
                top(entries, samples), null);
    }

    /**
     * The outermost portal entry point of a stack (frames innermost first): an API controller's method, Vaadin's UIDL
     * handling, an event listener's {@code on}; else the request handling around them, or the background work.
     */
    static String entry(List<String> methods) {
        String found = null;
        boolean request = false;
        for (var method : methods) {
            if (method.startsWith(PORTAL) && !synthetic(method)
                    && (method.contains("ApiController.") || method.endsWith(".on"))) {
                found = method; // the last one found is the outermost
            } else if (method.startsWith("com.vaadin.flow.server.communication.UidlRequestHandler.")) {
                found = "Vaadin UIDL handling (every view)";
            } else if (method.startsWith("org.apache.catalina.") || method.startsWith("org.apache.coyote.")) {
                request = true;
            } else if (found == null && method.startsWith("org.apache.lucene.index.ConcurrentMergeScheduler")) {
                found = "Lucene segment merges";
            }
        }
        if (found != null) {
            return found;
        }
        return request ? "HTTP requests outside the controllers (filters, sign-in, writing JSON, errors)"
                : "other background work";
    }

    /** A lambda's class or body, or a Spring proxy: the same time as the method around it, counted again. */
    static boolean synthetic(String method) {
        return method.contains("$$Lambda") || method.contains(".lambda$") || method.contains("$$SpringCGLIB$$");
    }

    /** The package (first three parts) of the first frame that is not the JDK's, or "JDK" when all are. */
    static String library(List<RecordedFrame> frames) {
        for (var frame : frames) {
            if (!frame.isJavaFrame() || frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            var type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                    || type.startsWith("com.sun.")) {
                continue;
            }
            return packagePrefix(type);
        }
        return "JDK only";
    }

    static String packagePrefix(String type) {
        var parts = type.split("\\.");
        // the portal's own code by module (pk.gov.mashwara.search), the rest by library (org.apache.lucene)
        var n = Math.min(type.startsWith(PORTAL) ? 4 : 3, parts.length - 1);
        return n <= 0 ? type : String.join(".", java.util.Arrays.copyOfRange(parts, 0, n));
    }

    private static String method(RecordedFrame frame) {
        var method = frame.getMethod();
        if (method == null || method.getType() == null) {
            return "(unknown)";
        }
        return method.getType().getName() + "." + method.getName();
    }

    private static List<Row> top(Map<String, Long> counts, long samples) {
        var rows = new ArrayList<Row>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> rows.add(new Row(e.getKey(), e.getValue(), (double) e.getValue() / samples)));
        return rows;
    }

    private String jcmd(String... command) {
        var args = new ArrayList<String>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(Long.toString(pid));
        args.addAll(List.of(command));
        try {
            var process = new ProcessBuilder(args).redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return out.strip();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
