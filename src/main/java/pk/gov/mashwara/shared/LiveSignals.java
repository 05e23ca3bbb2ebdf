package pk.gov.mashwara.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open pages of this portal that something they show has changed: a topic (such as a user's
 * notifications, or a draft's review) is signalled, and whoever follows it is called. Nothing is stored and nothing
 * crosses to another process: a signal is a hint to look again, not the change itself, and a follower that misses
 * one (it was not yet following, or the portal restarted) reads the current state when it next looks. Signalled in a
 * transaction, the followers are called after it commits (never for a change rolled back), on the thread that
 * committed, so a follower hands its work on at once (a page's {@code UI.access}) rather than doing it there.
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

    /** Calls {@code follower} whenever {@code topic} is signalled, until the returned hold is closed. */
    public Following follow(String topic, Runnable follower) {
        followers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> followers.computeIfPresent(topic, (t, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** Signals {@code topic}: at once, or after the current transaction commits. */
    public void signal(String topic) {
        if (!followers.containsKey(topic)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    call(topic);
                }
            });
        } else {
            call(topic);
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
            try {
                follower.run();
            } catch (RuntimeException e) {
                // one page's trouble must not keep the signal from the others, nor fail the change that signalled
                log.debug("A follower of {} failed", topic, e);
            }
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
