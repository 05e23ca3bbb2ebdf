package pk.gov.mashwara.directory.domain;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to committees, so that a copy of the committee list can tell whether it is still current.
 * A change counts twice: when it is written (flushed), and again when its transaction ends, so that a list read in
 * between (which still sees the old rows) is never taken as current.
 */
public final class CommitteeChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    /** Changes so far; a list read while this stayed the same is current. */
    public static long generation() {
        return GENERATION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Committee committee) {
        GENERATION.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        }
    }
}
