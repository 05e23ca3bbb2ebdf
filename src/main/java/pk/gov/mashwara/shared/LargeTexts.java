package pk.gov.mashwara.shared;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns for the work that holds a whole long text in memory several times over: taking in an extraction's text,
 * writing a version's text into the search index (analysed three ways), comparing two versions. Each alone fits the
 * heap; two at once may not (a 512 MB portal given two 50 MB texts came within 50 MB of its limit when the index of
 * the first overlapped the taking in of the second, and sometimes went over). Work on a text of at least
 * {@code mashwara.memory.large-text-chars} characters (10 million) waits for its turn, one at a time by default
 * ({@code mashwara.memory.large-at-once}); shorter texts never wait.
 */
@Component
public class LargeTexts {

    private final long largeFrom;
    private final Semaphore turns;
    /** No text is large, and every turn is given at once (see {@link #unlimited}). */
    private final boolean unlimited;

    @org.springframework.beans.factory.annotation.Autowired
    public LargeTexts(@Value("${mashwara.memory.large-text-chars:10000000}") long largeFrom,
            @Value("${mashwara.memory.large-at-once:1}") int atOnce) {
        this(largeFrom, atOnce, false);
    }

    private LargeTexts(long largeFrom, int atOnce, boolean unlimited) {
        if (largeFrom <= 0 || atOnce <= 0) {
            throw new IllegalArgumentException("mashwara.memory.large-text-chars and large-at-once are positive");
        }
        this.largeFrom = largeFrom;
        this.turns = new Semaphore(atOnce, true);
        this.unlimited = unlimited;
    }

    /** No turns at all (tests and benchmarks that build the parts by hand): nothing is large, nothing waits. */
    public static LargeTexts unlimited() {
        return new LargeTexts(Long.MAX_VALUE, 1, true);
    }

    public boolean isLarge(long characters) {
        return characters >= largeFrom;
    }

    /** Runs {@code work}, after waiting for a turn if {@code characters} is large. */
    public <T> T inTurn(long characters, Supplier<T> work) {
        if (!isLarge(characters)) {
            return work.get();
        }
        turns.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    /**
     * Takes a turn for work on a large text, waiting at most {@code waitMillis}; false if none came. The caller
     * {@link #release releases} it.
     */
    public boolean tryTurn(long waitMillis) {
        if (unlimited) {
            return true;
        }
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release() {
        if (unlimited) {
            return;
        }
        turns.release();
    }
}
