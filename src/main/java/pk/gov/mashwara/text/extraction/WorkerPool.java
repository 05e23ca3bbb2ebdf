package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.gov.mashwara.text.extraction.WorkerProcess.Died;
import pk.gov.mashwara.text.extraction.WorkerProcess.Outcome;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * A fixed number of extractor processes. A caller borrows one for a job; a worker that died or was killed is
 * replaced on the next borrow, so that the pool keeps serving whatever a file did to its worker.
 */
class WorkerPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

    private final WorkerLauncher launcher;
    private final BlockingQueue<Slot> slots;
    private final AtomicInteger started = new AtomicInteger();
    private final java.util.Set<WorkerProcess> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** A place in the pool, holding a live worker or none (started on demand). */
    private static final class Slot {
        WorkerProcess worker;
    }

    WorkerPool(WorkerLauncher launcher, int size) {
        this.launcher = launcher;
        this.slots = new ArrayBlockingQueue<>(size);
        for (var i = 0; i < size; i++) {
            slots.add(new Slot());
        }
    }

    WorkerLauncher launcher() {
        return launcher;
    }

    /** Runs one job on a free worker, waiting for one if all are busy. */
    Outcome run(WorkerProtocol.Request request, Duration timeout, Consumer<String> progress) throws InterruptedException {
        var slot = slots.take();
        try {
            if (closed) {
                return new Died(false, "extraction is shutting down");
            }
            if (slot.worker == null || !slot.worker.isAlive()) {
                if (slot.worker != null) {
                    retire(slot.worker);
                }
                slot.worker = new WorkerProcess("extractor-" + started.incrementAndGet(), launcher);
                live.add(slot.worker);
            }
            var outcome = slot.worker.run(request, timeout, progress);
            if (outcome instanceof Died died) {
                log.warn("Extractor (pid {}) lost on {}: {}", slot.worker.pid(), request.input(),
                        died.detail());
                retire(slot.worker);
                slot.worker = null;
            }
            return outcome;
        } catch (IOException e) {
            slot.worker = null;
            return new Died(false, "could not start an extractor: " + e.getMessage());
        } finally {
            slots.add(slot);
        }
    }

    /** How many extractor processes are running now (idle or busy). */
    int liveCount() {
        return (int) live.stream().filter(WorkerProcess::isAlive).count();
    }

    /** How many places the pool has: the extractor processes that may run at once. */
    int size() {
        return slots.remainingCapacity() + slots.size();
    }

    /** How many extractor processes were started so far (replacements included). */
    int startedCount() {
        return started.get();
    }

    private void retire(WorkerProcess worker) {
        live.remove(worker);
        worker.close();
    }

    /** Stops every extractor, busy or not: the portal is going away and they must not outlive it. */
    @Override
    public void close() {
        closed = true;
        live.forEach(WorkerProcess::close);
        live.clear();
        WorkerProcess.deleteTree(launcher.workDir());
    }
}
