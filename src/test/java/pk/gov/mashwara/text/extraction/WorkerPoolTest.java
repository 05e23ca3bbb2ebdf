package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.text.extraction.WorkerProcess.Answered;
import pk.gov.mashwara.text.extraction.WorkerProcess.Died;
import pk.gov.mashwara.text.extraction.WorkerProcess.Outcome;
import pk.gov.mashwara.text.extraction.worker.ExtractionWorker;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/** Forked extractor processes: killed at the time limit, replaced when they die, and the pool keeps serving. */
class WorkerPoolTest {

    @TempDir
    Path dir;

    private WorkerPool pool;
    private final List<String> progress = new ArrayList<>();

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void a_worker_that_hangs_is_killed_at_the_time_limit_and_the_pool_keeps_serving() throws Exception {
        pool = pool(HostileWorker.class, "64m", 1);
        var started = System.nanoTime();
        var outcome = run("hang.pdf", Duration.ofSeconds(3));
        assertThat(outcome).isInstanceOfSatisfying(Died.class, died -> assertThat(died.timedOut()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

        assertThat(run("fine.pdf", Duration.ofSeconds(30))).isInstanceOf(Answered.class);
        assertThat(pool.startedCount()).isEqualTo(2);
        assertThat(progress).contains("working");
    }

    @Test
    void a_worker_that_exits_is_replaced() throws Exception {
        pool = pool(HostileWorker.class, "64m", 1);
        var first = text(run("one.pdf", Duration.ofSeconds(30)));
        var outcome = run("exit.pdf", Duration.ofSeconds(30));
        assertThat(outcome).isInstanceOfSatisfying(Died.class, died -> {
            assertThat(died.timedOut()).isFalse();
            assertThat(died.detail()).contains("exit code 3");
        });
        var second = text(run("two.pdf", Duration.ofSeconds(30)));
        assertThat(second).startsWith("ok ").isNotEqualTo(first);
    }

    @Test
    void a_worker_that_runs_out_of_memory_dies_instead_of_limping_on() throws Exception {
        pool = pool(HostileWorker.class, "32m", 1);
        assertThat(run("oom.pdf", Duration.ofSeconds(60))).isInstanceOfSatisfying(Died.class,
                died -> assertThat(died.timedOut()).isFalse());
        assertThat(run("after.pdf", Duration.ofSeconds(30))).isInstanceOf(Answered.class);
    }

    @Test
    void a_worker_keeps_serving_job_after_job() throws Exception {
        pool = pool(HostileWorker.class, "64m", 1);
        var first = text(run("a.pdf", Duration.ofSeconds(30)));
        assertThat(text(run("b.pdf", Duration.ofSeconds(30)))).isEqualTo(first);
        assertThat(pool.startedCount()).isEqualTo(1);
    }

    @Test
    void the_real_extractor_runs_from_an_exploded_class_path() throws Exception {
        pool = pool(ExtractionWorker.class, "256m", 1);
        var input = dir.resolve("draft.pdf");
        Files.write(input, TestDocuments.pdf("Forked extraction", "Words read in another process."));
        var output = dir.resolve("draft.txt");
        var outcome = pool.run(request(input, output), Duration.ofSeconds(60), progress::add);
        assertThat(outcome).isInstanceOfSatisfying(Answered.class,
                answered -> assertThat(answered.result().status()).isEqualTo("DONE"));
        assertThat(Files.readString(output)).contains("Words read in another process.");
        // the worker's private temporary directory is emptied after each job
        try (var left = Files.list(pool.launcher().workDir().resolve("extractor-1-tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void from_an_executable_jar_the_worker_is_started_through_the_boot_launcher() throws IOException {
        var jar = dir.resolve("mashwara.jar");
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "4.0.7");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        var command = new WorkerLauncher(ExtractionWorker.class.getName(), "512m", jar.toString(), dir)
                .command(dir.resolve("tmp"));
        assertThat(command).contains("-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-Dloader.main=" + ExtractionWorker.class.getName(), WorkerLauncher.BOOT_PROPERTIES_LAUNCHER);
        assertThat(command.getLast()).isEqualTo(WorkerLauncher.BOOT_PROPERTIES_LAUNCHER);

        var exploded = new WorkerLauncher(ExtractionWorker.class.getName(), "512m", "target/classes", dir)
                .command(dir.resolve("tmp"));
        assertThat(exploded.getLast()).isEqualTo(ExtractionWorker.class.getName());
        assertThat(exploded).doesNotContain(WorkerLauncher.BOOT_PROPERTIES_LAUNCHER);
    }

    private WorkerPool pool(Class<?> main, String heap, int size) {
        return new WorkerPool(new WorkerLauncher(main.getName(), heap, System.getProperty("java.class.path"), dir), size);
    }

    private Outcome run(String name, Duration timeout) throws InterruptedException {
        return pool.run(request(dir.resolve(name), dir.resolve(name + ".txt")), timeout, progress::add);
    }

    private String text(Outcome outcome) throws IOException {
        assertThat(outcome).isInstanceOf(Answered.class);
        var files = new ArrayList<Path>();
        try (var list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".pdf.txt")).forEach(files::add);
        }
        var newest = files.stream().max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                .orElseThrow();
        var text = Files.readString(newest);
        files.forEach(p -> p.toFile().delete());
        return text;
    }

    private static WorkerProtocol.Request request(Path input, Path output) {
        return new WorkerProtocol.Request(input.toString(), output.toString(), 1_000_000, 100, 10, 100, "", 60);
    }
}
