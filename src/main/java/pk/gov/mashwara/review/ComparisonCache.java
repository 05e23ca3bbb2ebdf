package pk.gov.mashwara.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.diff.ComparisonFile;
import pk.gov.mashwara.shared.BusyException;

/**
 * Finished comparisons on disk, one file per pair of version texts, so that a comparison is computed once and
 * then read a page at a time. Versions never change and a text changes only when it is extracted again, which
 * changes the key. Computing a large comparison needs one of a few turns: the texts and the work on them take
 * memory, and a handful at once could exhaust it; beyond that, callers are told to come back later. The files
 * are derived data: deleted, they are computed again; over the size allowed, the least recently read go.
 */
@Component
class ComparisonCache {

    private static final Logger log = LoggerFactory.getLogger(ComparisonCache.class);
    private static final String SUFFIX = ".cmp";

    /** The two texts to compare, each cut to the limit, and whether either was cut. */
    record Texts(String from, String to, boolean cut) {
    }

    private final ComparisonProperties properties;
    private final Clock clock;
    private final Semaphore largeTurns;
    private final pk.gov.mashwara.shared.LargeTexts largeTexts;
    private final ConcurrentHashMap<String, Object> computing = new ConcurrentHashMap<>();

    ComparisonCache(ComparisonProperties properties, Clock clock) throws IOException {
        this(properties, clock, pk.gov.mashwara.shared.LargeTexts.unlimited());
    }

    /** {@code largeTexts}: a large comparison also takes a turn among the portal's other work on long texts. */
    @org.springframework.beans.factory.annotation.Autowired
    ComparisonCache(ComparisonProperties properties, Clock clock, pk.gov.mashwara.shared.LargeTexts largeTexts)
            throws IOException {
        this.largeTexts = largeTexts;
        this.properties = properties;
        this.clock = clock;
        this.largeTurns = new Semaphore(properties.largeAtOnce(), true);
        Files.createDirectories(properties.cacheDir());
        removeLeftovers();
    }

    /**
     * The comparison kept under {@code key}, computed from {@code texts} first if it is not kept yet. The caller
     * closes it.
     *
     * @param characters the two texts' length together, as their extraction reported it
     * @throws BusyException when it is large and as many large comparisons as allowed are being computed
     */
    ComparisonFile open(String key, long characters, Supplier<Texts> texts) {
        var file = properties.cacheDir().resolve(name(key));
        var kept = read(file);
        if (kept != null) {
            return kept;
        }
        var lock = computing.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                kept = read(file);
                if (kept != null) {
                    return kept;
                }
                boolean large = characters > properties.largeAbove();
                // the texts of the longest comparisons also take a turn among the portal's other work on long texts
                boolean longTexts = large && largeTexts.isLarge(characters);
                if (large && !turn(longTexts)) {
                    throw new BusyException(properties.retryAfter(), "error.compare.busy",
                            Math.max(1, properties.retryAfter().toSeconds()));
                }
                try {
                    var pair = texts.get();
                    ComparisonFile.write(file, pair.from(), pair.to(), pair.cut() ? properties.maxCharacters() : 0);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not keep a comparison in " + properties.cacheDir(), e);
                } finally {
                    if (longTexts) {
                        largeTexts.release();
                    }
                    if (large) {
                        largeTurns.release();
                    }
                }
            }
        } finally {
            computing.remove(key, lock);
        }
        // opened before trimming: an open file stays readable even if the trim removes it
        var written = read(file);
        if (written == null) {
            throw new IllegalStateException("a comparison just written cannot be read: " + file.getFileName());
        }
        trim();
        return written;
    }

    private boolean turn(boolean longTexts) {
        try {
            if (!largeTurns.tryAcquire(properties.waitForTurn().toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            // and a turn among the other work on long texts (an index write, an extraction taken in)
            if (longTexts && !largeTexts.tryTurn(properties.waitForTurn().toMillis())) {
                largeTurns.release();
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The kept comparison, marked as just read; null when there is none or it is not whole (then it goes). */
    private ComparisonFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            var opened = ComparisonFile.open(file);
            try {
                Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            } catch (IOException e) {
                // being read while another request trims: it is open, so it can still be read
            }
            return opened;
        } catch (IOException e) {
            log.warn("A kept comparison could not be read and is computed again: {}", e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // computed again into the same place, which replaces it
            }
            return null;
        }
    }

    /** Over the size allowed, the least recently read comparisons go, down to four fifths of it. */
    private void trim() {
        var files = new ArrayList<Path>();
        long total = 0;
        try (var listing = Files.list(properties.cacheDir())) {
            for (var file : (Iterable<Path>) listing::iterator) {
                if (file.getFileName().toString().endsWith(SUFFIX)) {
                    files.add(file);
                    total += size(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look at the kept comparisons: {}", e.getMessage());
            return;
        }
        long allowed = properties.cacheMaxSize().toBytes();
        if (total <= allowed) {
            return;
        }
        files.sort(Comparator.comparing(ComparisonCache::modified));
        for (var file : files) {
            if (total <= allowed * 4 / 5) {
                break;
            }
            long size = size(file);
            try {
                // a file being read stays readable through its open channel until it is closed
                Files.deleteIfExists(file);
                total -= size;
            } catch (IOException e) {
                log.warn("Could not remove a kept comparison: {}", e.getMessage());
            }
        }
    }

    /** Files of writes a crash cut short. */
    private void removeLeftovers() throws IOException {
        try (var listing = Files.list(properties.cacheDir())) {
            for (var file : (Iterable<Path>) listing::iterator) {
                if (file.getFileName().toString().endsWith(".part")
                        && modified(file).toInstant().isBefore(clock.instant().minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String name(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
