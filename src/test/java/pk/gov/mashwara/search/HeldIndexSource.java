package pk.gov.mashwara.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.search.index.IndexSource;
import pk.gov.mashwara.search.index.IndexedText;

/**
 * The portal's own index source (the database), with a gate a test can close: a rebuild then stops before it reads
 * the page of drafts named, with its progress so far reported, until the test opens the gate again. Import it with
 * {@code @Import(HeldIndexSource.class)}; being primary, it is the source the search index is built from.
 */
@TestComponent
@Primary
public class HeldIndexSource implements IndexSource {

    private final IndexSource database;
    private volatile int heldPage;
    private volatile CountDownLatch gate;
    private volatile CountDownLatch reached = new CountDownLatch(1);

    public HeldIndexSource(@Qualifier("catalogIndexSource") IndexSource database) {
        this.database = database;
    }

    /** The next rebuild stops before it reads page {@code page} of the drafts (page 0: before any). */
    public void holdBefore(int page) {
        heldPage = page;
        reached = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    /** Waits until a rebuild has stopped at the gate. */
    public void awaitHeld(Duration within) throws InterruptedException {
        if (!reached.await(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("no rebuild reached the gate within " + within);
        }
    }

    /** Lets the rebuild go on (harmless when nothing is held). */
    public void release() {
        var open = gate;
        gate = null;
        if (open != null) {
            open.countDown();
        }
    }

    @Override
    public List<DraftSnapshot> drafts(int page, int size) {
        var closed = gate;
        if (closed != null && page == heldPage) {
            reached.countDown();
            try {
                // bounded, so that a test that forgets to open the gate cannot hang the portal's index for ever
                closed.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return database.drafts(page, size);
    }

    @Override
    public Optional<DraftSnapshot> draft(long draftId) {
        return database.draft(draftId);
    }

    @Override
    public long countVersions() {
        return database.countVersions();
    }

    @Override
    public IndexedText text(long draftId, int version) {
        return database.text(draftId, version);
    }
}
