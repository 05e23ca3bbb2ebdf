package pk.gov.mashwara.text.extraction;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs one short queue transaction again when the database chose it as a deadlock's victim (or it waited too long
 * for a lock), a few times with a growing, jittered pause; any other failure, or the last attempt's, goes to the
 * caller. The queue's statements take their locks in one order (rows by primary key, ascending), so this is a
 * safety net for what the database may still do (several portals on one database, a lock held by maintenance),
 * not the fix itself. Called outside the transaction, so that each attempt is a fresh one.
 */
final class DeadlockRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    /** MariaDB/MySQL: deadlock found when trying to get lock; lock wait timeout exceeded. */
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    static final int ATTEMPTS = 4;
    static final Duration FIRST_PAUSE = Duration.ofMillis(50);

    private DeadlockRetry() {
    }

    static <T> T run(String what, Supplier<T> work) {
        return run(what, work, ATTEMPTS, FIRST_PAUSE);
    }

    static <T> T run(String what, Supplier<T> work, int attempts, Duration firstPause) {
        for (var attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isLockConflict(e)) {
                    throw e;
                }
                // 50, 100, 200 ms and a random part, so that two portals do not meet again at once
                var pause = firstPause.toMillis() << (attempt - 1);
                pause += ThreadLocalRandom.current().nextLong(firstPause.toMillis() + 1);
                log.warn("Extraction queue: {} lost a lock conflict (attempt {} of {}): {}; trying again in {} ms",
                        what, attempt, attempts, e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A deadlock or a lock wait that timed out, however the driver and Spring reported it. */
    static boolean isLockConflict(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == ER_LOCK_DEADLOCK || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
