package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pk.gov.mashwara.draft.CreatedDraft;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Work in flight at a crash: a job held by a portal that was killed goes back to the queue as soon as a portal
 * starts again on the host, not minutes later; a job a live portal holds stays its until its lease runs out; the
 * lease is renewed for as long as an extraction runs; and what a killed portal's extractors left on disk is
 * removed at the next start.
 */
@SpringBootTest(properties = "mashwara.extraction.lease=3s")
@Import(Fixtures.class)
class ExtractionLeaseIT {

    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(90);
    private static final Path WORK_DIR = Path.of(System.getProperty("java.io.tmpdir"),
            "mashwara-lease-it-" + ProcessHandle.current().pid());

    /** Another portal in this process (as each test context is): host, process and start as this one's. */
    private static final LeaseOwner PROCESS = new LeaseOwner();

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("mashwara.extraction.work-dir", WORK_DIR::toString);
    }

    static {
        leftOnDisk();
    }

    /** What three portals left in the working directory before this one started (before the test context loads). */
    private static void leftOnDisk() {
        try {
            var killed = Files.createDirectories(WORK_DIR.resolve(killedEarlier("disk")).resolve("extractor-1-tmp"));
            Files.writeString(killed.resolve("embedded-1.tmp"), "spooled by Tika");
            Files.writeString(killed.getParent().resolve("job-7.txt"), "half an output");
            Files.createDirectories(WORK_DIR.resolve(livePeer("disk")).resolve("extractor-1-tmp"));
            Files.createDirectories(WORK_DIR.resolve("kept-by-someone-else"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    ExtractionJobs jobs;

    @Autowired
    VersionTexts texts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaseOwner owner;

    @Autowired
    DraftCatalog catalog;

    @Autowired
    ExtractionProperties properties;

    @Autowired
    ExtractionSignal signal;

    @Autowired
    ExtractionScheduler scheduler;

    @TempDir
    Path slowDir;

    @Test
    void a_job_held_by_a_portal_that_was_killed_is_put_back_at_start_at_once() {
        var created = extracted("Extracting when the portal was killed");
        // killed a moment ago, its lease good for another hour had it lived
        heldBy(created, killedEarlier("db"), Instant.now().plus(Duration.ofHours(1)));

        // this portal's own scheduler, woken as its last job ended, would otherwise take the job back at once
        scheduler.stop();
        try {
            assertThat(jobs.recoverAtStart()).isGreaterThanOrEqualTo(1);
            assertThat(leaseOwner(created)).isNull();
        } finally {
            scheduler.start();
        }
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);
        assertThat(texts.text(created.id(), 1)).hasValueSatisfying(t -> assertThat(t).contains("Unique text"));
    }

    @Test
    void a_job_a_live_portal_holds_is_left_to_it_until_its_lease_runs_out() {
        var elsewhere = extracted("Held by a portal on another host");
        var here = extracted("Held by another portal in this process");
        heldBy(elsewhere, "other-host_4242_1765000000000_0a1b2c3d", Instant.now().plus(Duration.ofHours(1)));
        heldBy(here, livePeer("db"), Instant.now().plus(Duration.ofHours(1)));

        jobs.recoverAtStart();
        jobs.requeueExpired();
        assertThat(texts.status(elsewhere.id(), 1)).isEqualTo(ExtractionStatus.EXTRACTING);
        assertThat(texts.status(here.id(), 1)).isEqualTo(ExtractionStatus.EXTRACTING);

        // the portal on the other host stops renewing: once the lease has run out the job is taken up
        jdbc.update("update extraction_job set lease_until = ? where draft_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), elsewhere.id());
        assertThat(jobs.requeueExpired()).isGreaterThanOrEqualTo(1);
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(elsewhere.id(), 1) == ExtractionStatus.DONE);
        assertThat(texts.status(here.id(), 1)).isEqualTo(ExtractionStatus.EXTRACTING);

        jdbc.update("update extraction_job set lease_until = ? where draft_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), here.id());
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(here.id(), 1) == ExtractionStatus.DONE);
    }

    @Test
    void the_lease_is_renewed_while_a_long_extraction_runs() throws Exception {
        var created = extracted("A long extraction");
        var lease = properties.lease();
        var claimed = Instant.now();
        heldBy(created, owner.id(), claimed.plus(lease));
        var job = jdbc.queryForObject("select id, sha256 from extraction_job where draft_id = ?",
                (rs, n) -> new ClaimedJob(rs.getLong(1), created.id(), 1, rs.getString(2), 1), created.id());

        var slow = new WorkerPool(new WorkerLauncher(SlowWorker.class.getName(), "64m",
                System.getProperty("java.class.path"), slowDir), 1);
        var runtime = new ExtractionRuntime(properties, owner) {
            @Override
            WorkerPool pool() {
                return slow;
            }

            @Override
            String ocrLanguages() {
                return "";
            }
        };
        var scheduler = new ExtractionScheduler(jobs, catalog, properties, runtime, signal, owner);
        var leases = new ArrayList<Instant>();
        var statuses = new ArrayList<ExtractionStatus>();
        try {
            var running = CompletableFuture.runAsync(() -> scheduler.run(job));
            while (!running.isDone()) {
                // as every portal's sweep does: jobs whose lease ran out go back to the queue
                jobs.requeueExpired();
                leases.add(jdbc.queryForObject("select lease_until from extraction_job where id = ?", Timestamp.class,
                        job.id()) instanceof Timestamp t ? t.toInstant() : null);
                statuses.add(texts.status(created.id(), 1));
                Thread.sleep(250);
            }
            running.get();
        } finally {
            scheduler.close();
            slow.close();
        }

        assertThat(Duration.between(claimed, Instant.now())).isGreaterThan(lease.multipliedBy(2));
        // never given up while it ran, though it ran for more than twice the lease
        assertThat(statuses).isNotEmpty().allMatch(s -> s == ExtractionStatus.EXTRACTING || s == ExtractionStatus.DONE);
        assertThat(leases.stream().filter(l -> l != null).max(Instant::compareTo)).hasValueSatisfying(
                latest -> assertThat(latest).isAfter(claimed.plus(lease.multipliedBy(2))));
        assertThat(texts.status(created.id(), 1)).isEqualTo(ExtractionStatus.DONE);
        assertThat(texts.text(created.id(), 1)).hasValue("slow");
        assertThat(leaseOwner(created)).isNull();
    }

    /**
     * Several portals sweeping and claiming at once (the scheduler's lease queries, as CI ran them on MariaDB):
     * nothing fails, every job of a portal that is gone is put back exactly once however many sweep, and a job put back
     * is claimed by one claimer only. On H2 this shows the queries are correct under concurrency; the deadlock
     * itself (range locks of the old single UPDATE against a claim's index insert) only InnoDB produces.
     */
    @Test
    void sweeps_and_claims_running_at_once_never_fail_and_never_give_a_job_twice() throws Exception {
        var ids = new ArrayList<Long>();
        for (var i = 0; i < 6; i++) {
            var created = extracted("Swept and claimed at once " + i);
            ids.add(jdbc.queryForObject("select id from extraction_job where draft_id = ?", Long.class, created.id()));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var round = 0; round < 5; round++) {
                for (var id : ids) {
                    jdbc.update("delete from extracted_text where job_id = ?", id);
                    jdbc.update("update extraction_job set status = 'EXTRACTING', claimed_at = ?, finished_at = null,"
                            + " lease_owner = ?, lease_until = ? where id = ?", Timestamp.from(Instant.now()),
                            killedEarlier("sweep" + round), Timestamp.from(Instant.now().plus(Duration.ofHours(1))),
                            id);
                }
                var start = new java.util.concurrent.CyclicBarrier(6);
                var sweeps = new ArrayList<CompletableFuture<Integer>>();
                var claims = new ArrayList<CompletableFuture<java.util.List<Long>>>();
                for (var sweeper = 0; sweeper < 2; sweeper++) {
                    sweeps.add(CompletableFuture.supplyAsync(() -> {
                        awaitAll(start);
                        // held by a portal that is gone: put back by every portal that starts (the scheduler's
                        // periodic sweep leaves them, their leases have not run out)
                        // as the scheduler runs it: a deadlock the database breaks is tried again
                        return DeadlockRetry.run("recovering at start", jobs::recoverAtStart);
                    }, pool));
                }
                for (var claimer = 0; claimer < 4; claimer++) {
                    claims.add(CompletableFuture.supplyAsync(() -> {
                        awaitAll(start);
                        var mine = new ArrayList<Long>();
                        var until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                        while (System.nanoTime() < until && mine.size() < ids.size()) {
                            for (var id : ids) {
                                DeadlockRetry.run("claiming a job", () -> jobs.claim(id)).ifPresent(c -> mine.add(c.id()));
                            }
                        }
                        return mine;
                    }, pool));
                }
                var requeued = 0;
                for (var sweep : sweeps) {
                    requeued += sweep.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
                var claimed = new ArrayList<Long>();
                for (var claim : claims) {
                    claimed.addAll(claim.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(requeued).as("round %d: each job put back once", round).isEqualTo(ids.size());
                assertThat(claimed).as("round %d: no job claimed twice", round).doesNotHaveDuplicates();
                assertThat(ids).containsAll(claimed);
            }
        } finally {
            pool.shutdownNow();
        }
        // left as a portal that stopped would leave them: they go back when their lease runs out, and are extracted
        for (var id : ids) {
            jdbc.update("update extraction_job set lease_until = ? where id = ? and status = 'EXTRACTING'",
                    Timestamp.from(Instant.now().minusSeconds(1)), id);
        }
        jobs.requeueExpired();
        signal.wake();
        await().atMost(EXTRACTED_WITHIN).until(() -> ids.stream().allMatch(id -> jdbc.queryForObject(
                "select status from extraction_job where id = ?", String.class, id).equals("DONE")));
    }

    private static void awaitAll(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void what_a_killed_portal_left_in_the_working_directory_is_removed_at_start() {
        await().atMost(EXTRACTED_WITHIN).until(() -> !Files.exists(WORK_DIR.resolve(killedEarlier("disk"))));
        assertThat(WORK_DIR.resolve(livePeer("disk"))).isDirectory();
        assertThat(WORK_DIR.resolve("kept-by-someone-else")).isDirectory();
        // and a portal removes its own when it stops
        var stopped = new LeaseOwner();
        var dir = WorkDirectories.create(WORK_DIR, stopped);
        var pool = new WorkerPool(new WorkerLauncher(SlowWorker.class.getName(), "64m", "", dir), 1);
        pool.close();
        assertThat(dir).doesNotExist();
    }

    /** A draft whose first version has been extracted (by this context's scheduler). */
    private CreatedDraft extracted(String title) {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique(title));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1).isFinal());
        return created;
    }

    /** As a portal extracting the version would leave it: claimed, leased, no text yet. */
    private void heldBy(CreatedDraft draft, String holder, Instant until) {
        jdbc.update("delete from extracted_text where job_id = (select id from extraction_job where draft_id = ?)",
                draft.id());
        jdbc.update("update extraction_job set status = 'EXTRACTING', claimed_at = ?, finished_at = null,"
                + " lease_owner = ?, lease_until = ? where draft_id = ?", Timestamp.from(Instant.now()), holder,
                Timestamp.from(until), draft.id());
    }

    private String leaseOwner(CreatedDraft draft) {
        return jdbc.queryForObject("select lease_owner from extraction_job where draft_id = ?", String.class, draft.id());
    }

    /** An earlier run of the portal in a process with this number, started at another time: gone. */
    private static String killedEarlier(String random) {
        var parts = PROCESS.id().split("_");
        return parts[0] + "_" + parts[1] + "_" + (Long.parseLong(parts[2]) - 60_000) + "_" + random;
    }

    /** Another portal in this very process: alive. */
    private static String livePeer(String random) {
        var parts = PROCESS.id().split("_");
        return parts[0] + "_" + parts[1] + "_" + parts[2] + "_" + random;
    }
}
