package pk.gov.mashwara.text.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * One running extractor process. Its standard output is read on a thread of its own into a queue, so that
 * waiting for an answer can time out; its standard error goes to the portal's log.
 */
class WorkerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);
    private static final String EOF = "\u0000EOF";

    /** What came of one job: the worker's answer, or its death. */
    sealed interface Outcome {
    }

    record Answered(WorkerProtocol.Result result) implements Outcome {
    }

    record Died(boolean timedOut, String detail) implements Outcome {
    }

    private final String name;
    private final Process process;
    private final Path tmp;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    WorkerProcess(String name, WorkerLauncher launcher) throws IOException {
        this.name = name;
        this.tmp = launcher.workDir().resolve(name + "-tmp");
        this.process = launcher.start(tmp);
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name(name + "-out").start(this::readAnswers);
        Thread.ofPlatform().daemon().name(name + "-err").start(this::logErrors);
    }

    /** Sends one job and waits for its result; on time-out the process is killed. */
    Outcome run(WorkerProtocol.Request request, Duration timeout, Consumer<String> progress) {
        try {
            stdin.write(request.toLine());
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            close();
            return new Died(false, "extractor not accepting work: " + e.getMessage());
        }
        var deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                var line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    close();
                    return new Died(true, "no answer within " + timeout.toSeconds() + " s; extractor killed");
                }
                if (EOF.equals(line)) {
                    return new Died(false, "extractor stopped" + exitCode());
                }
                if (line.startsWith(WorkerProtocol.RESULT)) {
                    return new Answered(WorkerProtocol.Result.parse(line));
                }
                if (line.startsWith(WorkerProtocol.PROGRESS)) {
                    var what = WorkerProtocol.progress(line);
                    if (!"READY".equals(what)) {
                        progress.accept(what);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return new Died(false, "interrupted");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? " with exit code " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void readAnswers() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone; the EOF below says so
        }
        lines.add(EOF);
    }

    private void logErrors() {
        try (var err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                log.info("[{}] {}", name, line.length() > 2000 ? line.substring(0, 2000) + "…" : line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(tmp);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }
}
