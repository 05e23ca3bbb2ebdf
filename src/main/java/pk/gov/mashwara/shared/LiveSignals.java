package pk.gov.mashwara.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open pages of this portal that something they show has changed: a topic (such as a user's
 * notifications, or a draft's review) is signalled, and whoever follows it is called. Nothing is stored and nothing
 * crosses to another process: a signal is a hint to look again, not the change itself, and a follower that misses
 * one (it was not yet following, or the portal restarted) reads the current state when it next looks. Signalled in a
 * transaction, the topics are called once each after it commits (never for a change rolled back), however many
 * rows of it signalled them. Followers are called on threads of their own, never on the thread that made the change:
 * that thread's user, transaction and time are not theirs.
 */
@Component
public class LiveSignals {

    private static final Logger log = LoggerFactory.getLogger(LiveSignals.class);

    /** A follower's hold on a topic: closing it stops the calls. */
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    private final ConcurrentMap<String, Set<Runnable>> followers = new ConcurrentHashMap<>();
    private final Executor calls;

    /** Followers called on virtual threads. */
    @Autowired
    public LiveSignals() {
        this(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** Followers called by {@code calls} (tests: on the signalling thread). */
    public LiveSignals(Executor calls) {
        this.calls = calls;
    }

    /** Calls {@code follower} whenever {@code topic} is signalled, until the returned hold is closed. */
    public Following follow(String topic, Runnable follower) {
        // added and removed inside the map's own step: a set emptied by one follower leaving is never the set another
        // joins
        followers.compute(topic, (t, set) -> {
            var joined = set == null ? ConcurrentHashMap.<Runnable>newKeySet() : set;
            joined.add(follower);
            return joined;
        });
        return () -> followers.computeIfPresent(topic, (t, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** Signals {@code topic}: at once, or once after the current transaction commits. */
    public void signal(String topic) {
        if (!followers.containsKey(topic)) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            call(topic);
            return;
        }
        // one synchronization per transaction (per scope: a transaction of its own within it has its own list)
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                pending.topics().add(topic);
                return;
            }
        }
        var pending = new Pending(this, new LinkedHashSet<>());
        pending.topics().add(topic);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /**
     * The topics a transaction signalled, called once each after it commits. A class, not a record: kept in the
     * transaction's set of synchronizations while its topics grow, it must be equal to itself only.
     */
    private static final class Pending implements TransactionSynchronization {
        private final LiveSignals owner;
        private final Set<String> topics;

        Pending(LiveSignals owner, Set<String> topics) {
            this.owner = owner;
            this.topics = topics;
        }

        LiveSignals owner() {
            return owner;
        }

        Set<String> topics() {
            return topics;
        }

        @Override
        public void afterCommit() {
            topics.forEach(owner::call);
        }
    }

    /** How many followers a topic has (for tests and the metrics). */
    public int followers(String topic) {
        var set = followers.get(topic);
        return set == null ? 0 : set.size();
    }

    private void call(String topic) {
        var set = followers.get(topic);
        if (set == null) {
            return;
        }
        for (var follower : set) {
            calls.execute(() -> {
                try {
                    follower.run();
                } catch (RuntimeException e) {
                    // one page's trouble must not keep the signal from the others
                    log.debug("A follower of {} failed", topic, e);
                }
            });
        }
    }

    /** The topic of a user's notifications. */
    public static String notifications(long userId) {
        return "notifications:" + userId;
    }

    /** The topic of a draft's review: its threads, comments and review window. */
    public static String review(long draftId) {
        return "review:" + draftId;
    }
}
