package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

class DeadlockRetryTest {

    private static final Duration PAUSE = Duration.ofMillis(1);

    @Test
    void a_deadlock_victim_is_run_again_and_its_result_returned() {
        var calls = new AtomicInteger();
        var result = DeadlockRetry.run("claiming a job", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return "claimed";
        }, 4, PAUSE);
        assertThat(result).isEqualTo("claimed");
        assertThat(calls).hasValue(3);
    }

    @Test
    void the_retries_are_bounded_and_the_last_failure_goes_to_the_caller() {
        var calls = new AtomicInteger();
        var deadlock = new CannotAcquireLockException("Deadlock found when trying to get lock");
        assertThatThrownBy(() -> DeadlockRetry.run("putting back expired leases", () -> {
            calls.incrementAndGet();
            throw deadlock;
        }, 4, PAUSE)).isSameAs(deadlock);
        assertThat(calls).hasValue(4);
    }

    @Test
    void other_failures_are_not_retried() {
        var calls = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run("claiming a job", () -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        }, 4, PAUSE)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void a_deadlock_is_recognised_however_the_driver_reported_it() {
        var mariadb = new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting "
                + "transaction", "40001", 1213);
        assertThat(DeadlockRetry.isLockConflict(new JpaSystemException(new RuntimeException(mariadb)))).isTrue();
        assertThat(DeadlockRetry.isLockConflict(new RuntimeException(new SQLException("Lock wait timeout exceeded",
                "HY000", 1205)))).isTrue();
        assertThat(DeadlockRetry.isLockConflict(new RuntimeException(new SQLException("Table doesn't exist",
                "42S02", 1146)))).isFalse();
    }
}
