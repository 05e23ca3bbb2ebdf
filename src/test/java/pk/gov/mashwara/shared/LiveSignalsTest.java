package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class LiveSignalsTest {

    /** Followers called on the signalling thread, so that each call can be checked as it is made. */
    private final LiveSignals signals = new LiveSignals(Runnable::run);

    @Test
    void a_follower_is_called_for_its_topic_only_and_not_after_it_stops() {
        var calls = new ArrayList<String>();
        var one = signals.follow(LiveSignals.review(1), () -> calls.add("one"));
        signals.follow(LiveSignals.review(2), () -> calls.add("two"));
        signals.signal(LiveSignals.review(1));
        assertThat(calls).containsExactly("one");
        one.close();
        signals.signal(LiveSignals.review(1));
        assertThat(calls).containsExactly("one");
        assertThat(signals.followers(LiveSignals.review(1))).isZero();
        assertThat(signals.followers(LiveSignals.review(2))).isOne();
    }

    @Test
    void in_a_transaction_followers_are_called_after_commit_and_never_on_rollback() {
        var calls = new AtomicInteger();
        signals.follow(LiveSignals.notifications(7), calls::incrementAndGet);

        TransactionSynchronizationManager.initSynchronization();
        try {
            signals.signal(LiveSignals.notifications(7));
            signals.signal(LiveSignals.notifications(7));
            assertThat(calls).as("not before the commit").hasValue(0);
            TransactionSynchronizationUtils.triggerAfterCommit();
            assertThat(calls).as("once for the transaction, however often it signalled").hasValue(1);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        TransactionSynchronizationManager.initSynchronization();
        try {
            signals.signal(LiveSignals.notifications(7));
            TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            assertThat(calls).as("a change rolled back is not signalled").hasValue(1);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void followers_are_called_on_a_thread_of_their_own() throws Exception {
        var threaded = new LiveSignals();
        var called = new java.util.concurrent.CompletableFuture<Thread>();
        threaded.follow(LiveSignals.review(4), () -> called.complete(Thread.currentThread()));
        threaded.signal(LiveSignals.review(4));
        assertThat(called.get(5, java.util.concurrent.TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
    }

    @Test
    void a_failing_follower_keeps_the_signal_from_no_one_else() {
        var calls = new AtomicInteger();
        signals.follow(LiveSignals.review(3), () -> {
            throw new IllegalStateException("page gone");
        });
        signals.follow(LiveSignals.review(3), calls::incrementAndGet);
        signals.signal(LiveSignals.review(3));
        assertThat(calls).hasValue(1);
    }
}
