package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LargeTextsTest {

    @Test
    void work_on_large_texts_takes_turns_and_short_texts_never_wait() throws Exception {
        var large = new LargeTexts(1_000, 1);
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            pool.submit(() -> large.inTurn(5_000, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            // a short text while the turn is held: done at once
            assertThat(large.inTurn(999, () -> "short")).isEqualTo("short");
            // a comparison asks for a turn and is told no
            assertThat(large.tryTurn(50)).isFalse();
            // two more large ones wait, then run one at a time
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> large.inTurn(1_000, () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(50);
                    inside.decrementAndGet();
                    return null;
                }));
            }
            sleep(100);
            assertThat(inside).as("waiting while the first holds its turn").hasValue(0);
            release.countDown();
        }
        assertThat(most).as("one at a time").hasValue(1);
        assertThat(large.tryTurn(50)).as("every turn given back").isTrue();
        large.release();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
