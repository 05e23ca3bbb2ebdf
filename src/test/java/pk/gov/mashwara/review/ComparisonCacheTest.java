package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import pk.gov.mashwara.shared.BusyException;

/** Comparisons kept on disk: computed once, a few large ones at a time, the least recently read going first. */
class ComparisonCacheTest {

    @TempDir
    Path dir;

    static String clauses(int count, String word) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Clause " + i + " " + word + " every platform.")
                .collect(Collectors.joining("\n\n"));
    }

    ComparisonCache cache(DataSize max, int largeAbove, Duration wait) throws IOException {
        return new ComparisonCache(new ComparisonProperties(dir, max, 0, largeAbove, 1, wait, Duration.ofSeconds(7), 0, 0),
                Clock.systemUTC());
    }

    @Test
    void a_pair_is_compared_once_and_then_read_from_disk() throws IOException {
        var cache = cache(null, 0, null);
        var computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            try (var file = cache.open("pair", 100, () -> {
                computed.incrementAndGet();
                return new ComparisonCache.Texts(clauses(10, "binds"), clauses(10, "covers"), false);
            })) {
                assertThat(file.header().counts().paragraphsChanged()).isEqualTo(10);
            }
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void a_kept_comparison_that_cannot_be_read_is_computed_again() throws IOException {
        var cache = cache(null, 0, null);
        var computed = new AtomicInteger();
        java.util.function.Supplier<ComparisonCache.Texts> texts = () -> {
            computed.incrementAndGet();
            return new ComparisonCache.Texts(clauses(3, "binds"), clauses(3, "covers"), false);
        };
        cache.open("pair", 10, texts).close();
        try (var files = Files.list(dir)) {
            for (var file : files.toList()) {
                Files.writeString(file, "damaged");
            }
        }
        try (var file = cache.open("pair", 10, texts)) {
            assertThat(file.header().rowCount()).isEqualTo(3);
        }
        assertThat(computed).hasValue(2);
    }

    @Test
    void while_one_large_comparison_is_computed_another_is_refused_with_a_time_to_come_back() throws Exception {
        var cache = cache(null, 1_000, Duration.ofMillis(200));
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var first = executor.submit(() -> {
                try (var file = cache.open("large one", 5_000, () -> {
                    started.countDown();
                    await(release);
                    return new ComparisonCache.Texts(clauses(5, "binds"), clauses(5, "covers"), false);
                })) {
                    return file.header().rowCount();
                }
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> cache.open("large two", 5_000,
                    () -> new ComparisonCache.Texts("a", "b", false)))
                    .isInstanceOfSatisfying(BusyException.class, e -> {
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.getMessage()).contains("Try again in 7 seconds");
                    });
            // a small comparison needs no turn
            try (var small = cache.open("small", 10, () -> new ComparisonCache.Texts("a", "b", false))) {
                assertThat(small.header().rowCount()).isEqualTo(2);
            }
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(5);
            // its turn given back, the next large one is computed
            try (var next = cache.open("large two", 5_000, () -> new ComparisonCache.Texts("a", "b", false))) {
                assertThat(next.header().rowCount()).isEqualTo(2);
            }
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void over_the_size_allowed_the_least_recently_read_comparisons_go() throws Exception {
        var cache = cache(DataSize.ofBytes(40_000), 0, null);
        for (int i = 0; i < 12; i++) {
            int n = i;
            cache.open("pair " + i, 10, () -> new ComparisonCache.Texts(clauses(60, "binds " + n), clauses(60, "covers"), false))
                    .close();
            Thread.sleep(5);
        }
        long total;
        try (var files = Files.list(dir)) {
            total = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(total).isLessThanOrEqualTo(40_000);
        var computed = new AtomicInteger();
        cache.open("pair 11", 10, () -> {
            computed.incrementAndGet();
            return new ComparisonCache.Texts("x", "y", false);
        }).close();
        assertThat(computed).as("the newest is still kept").hasValue(0);
        cache.open("pair 0", 10, () -> {
            computed.incrementAndGet();
            return new ComparisonCache.Texts("x", "y", false);
        }).close();
        assertThat(computed).as("the oldest went").hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
