package pk.gov.mashwara.draft.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.support.MutableClock;
import pk.gov.mashwara.support.TestFiles;

class FileStoreTest {

    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    private static final Duration GRACE = Duration.ofHours(24);
    private static final int MAX_BYTES = 64 * 1024;
    private static final ContentCheck ANY_TEXT = candidate -> "text/plain";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private FileStore store;

    @BeforeEach
    void createStore() {
        store = new FileStore(new StoreProperties(dir, DataSize.ofBytes(MAX_BYTES), GRACE), clock);
    }

    @Test
    void stored_bytes_come_back_identical_under_their_sha256() throws Exception {
        var content = bytes("The Prevention of Electronic Crimes (Amendment) Rules, 2026 — مسودہ");

        var stored = store.store(new ByteArrayInputStream(content), ANY_TEXT);

        assertThat(stored.sha256()).isEqualTo(TestFiles.sha256(content));
        assertThat(stored.sizeBytes()).isEqualTo(content.length);
        assertThat(stored.mediaType()).isEqualTo("text/plain");
        assertThat(stored.newlyStored()).isTrue();
        try (var in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.contains(stored.sha256())).isTrue();
        assertThat(objectFiles()).singleElement().satisfies(path -> {
            assertThat(path.getFileName()).hasToString(stored.sha256());
            assertThat(dir.resolve("objects").relativize(path)).hasToString(
                    stored.sha256().substring(0, 2) + "/" + stored.sha256().substring(2, 4) + "/" + stored.sha256());
        });
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted_byte_for_byte() throws Exception {
        var content = new byte[MAX_BYTES];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }

        var stored = store.store(new ByteArrayInputStream(content), ANY_TEXT);

        try (var in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void identical_content_is_stored_once() throws Exception {
        var content = bytes("Same draft, uploaded twice");

        var first = store.store(new ByteArrayInputStream(content), ANY_TEXT);
        var second = store.store(new ByteArrayInputStream(content), ANY_TEXT);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(first.newlyStored()).isTrue();
        assertThat(second.newlyStored()).isFalse();
        assertThat(objectFiles()).hasSize(1);
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void a_stream_over_the_limit_is_refused_and_leaves_nothing() {
        var tooLarge = new byte[MAX_BYTES + 1];

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(tooLarge), ANY_TEXT))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.TOO_LARGE));
        assertThat(objectFiles()).isEmpty();
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void an_endless_stream_is_cut_off_at_the_limit() {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                served += len;
                return len;
            }
        };

        assertThatThrownBy(() -> store.store(endless, ANY_TEXT)).isInstanceOf(RefusedFileException.class);
        assertThat(endless.served).isLessThan(MAX_BYTES + 200_000L);
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void an_empty_stream_is_refused_and_leaves_nothing() {
        assertThatThrownBy(() -> store.store(InputStream.nullInputStream(), ANY_TEXT))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.EMPTY));
        assertThat(objectFiles()).isEmpty();
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void a_file_the_content_check_refuses_leaves_nothing() {
        ContentCheck refuse = candidate -> {
            throw new RefusedFileException(RefusedFileException.Reason.TYPE_NOT_ALLOWED, "error.file.typeNotAllowed",
                    "a ZIP archive", "PDF");
        };

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(bytes("PK\u0003\u0004...")), refuse))
                .isInstanceOf(RefusedFileException.class);
        assertThat(objectFiles()).isEmpty();
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void the_content_check_sees_the_complete_upload() throws Exception {
        var content = bytes("complete upload ".repeat(1000));
        var seen = new byte[1][];

        store.store(new ByteArrayInputStream(content), candidate -> {
            seen[0] = Files.readAllBytes(candidate);
            return "text/plain";
        });

        assertThat(seen[0]).isEqualTo(content);
    }

    static Stream<Throwable> crashes() {
        return Stream.of(new IllegalStateException("simulated failure after the temporary write"),
                new OutOfMemoryError("simulated failure after the temporary write"));
    }

    @ParameterizedTest
    @MethodSource("crashes")
    void a_failure_after_the_temporary_file_is_written_leaves_no_visible_object(Throwable crash) {
        var content = bytes("interrupted upload");
        ContentCheck failing = candidate -> {
            assertThat(candidate).exists().hasParent(dir.resolve("tmp"));
            if (crash instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) crash;
        };

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), failing)).isSameAs(crash);
        assertThat(store.contains(TestFiles.sha256(content))).isFalse();
        assertThatThrownBy(() -> store.open(TestFiles.sha256(content))).isInstanceOf(NotFoundException.class);
        assertThat(objectFiles()).isEmpty();
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void after_a_crash_the_sweep_removes_stale_leftovers_but_keeps_referenced_and_fresh_files() throws Exception {
        var referenced = store.store(new ByteArrayInputStream(bytes("referenced by a version")), ANY_TEXT);
        var orphan = store.store(new ByteArrayInputStream(bytes("row rolled back after the rename")), ANY_TEXT);
        var freshOrphan = store.store(new ByteArrayInputStream(bytes("transaction still running")), ANY_TEXT);
        // A crash between writing the temporary file and renaming it leaves the .part behind
        var stalePart = Files.writeString(dir.resolve("tmp").resolve("c0ffee.part"), "half an upload");
        var freshPart = Files.writeString(dir.resolve("tmp").resolve("upload-in-progress.part"), "being written");
        var old = NOW.minus(GRACE).minusSeconds(60);
        touch(store.pathOf(referenced.sha256()), old);
        touch(store.pathOf(orphan.sha256()), old);
        touch(stalePart, old);
        touch(store.pathOf(freshOrphan.sha256()), NOW.minus(GRACE).plusSeconds(60));
        touch(freshPart, NOW.minusSeconds(5));

        var removed = store.sweep(Set.of(referenced.sha256()));

        assertThat(removed).isEqualTo(2);
        assertThat(store.contains(referenced.sha256())).isTrue();
        assertThat(store.contains(orphan.sha256())).isFalse();
        assertThat(store.contains(freshOrphan.sha256())).isTrue();
        assertThat(stalePart).doesNotExist();
        assertThat(freshPart).exists();
    }

    @Test
    void a_fresh_orphan_is_swept_once_the_grace_period_has_passed() throws Exception {
        var orphan = store.store(new ByteArrayInputStream(bytes("never committed")), ANY_TEXT);
        touch(store.pathOf(orphan.sha256()), NOW);

        assertThat(store.sweep(Set.of())).isZero();
        assertThat(store.contains(orphan.sha256())).isTrue();

        clock.advance(GRACE.plusMinutes(1));

        assertThat(store.sweep(Set.of())).isEqualTo(1);
        assertThat(store.contains(orphan.sha256())).isFalse();
    }

    @Test
    void storing_content_that_an_old_orphan_already_holds_keeps_it_from_the_sweep() throws Exception {
        var orphan = store.store(new ByteArrayInputStream(bytes("uploaded, rolled back, uploaded again")), ANY_TEXT);
        touch(store.pathOf(orphan.sha256()), NOW.minus(GRACE).minusSeconds(60));

        // The same bytes arrive again; until this upload's transaction commits, nothing refers to them
        var again = store.store(new ByteArrayInputStream(bytes("uploaded, rolled back, uploaded again")), ANY_TEXT);

        assertThat(again.newlyStored()).isFalse();
        assertThat(store.sweep(Set.of())).isZero();
        assertThat(store.contains(orphan.sha256())).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "../../etc/passwd", "../objects/../../secret",
            "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde/",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd" })
    void malicious_digests_are_rejected_before_touching_the_file_system(String sha) {
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.contains(sha)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_well_formed_digest_that_is_not_stored_is_reported_missing() {
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NotFoundException.class);
    }

    private List<Path> objectFiles() {
        return regularFiles(dir.resolve("objects"));
    }

    private List<Path> tmpFiles() {
        return regularFiles(dir.resolve("tmp"));
    }

    private static List<Path> regularFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void touch(Path path, Instant at) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(at));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
