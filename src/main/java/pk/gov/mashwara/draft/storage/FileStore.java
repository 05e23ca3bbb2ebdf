package pk.gov.mashwara.draft.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.RefusedFileException;

/**
 * A content-addressed store on disk. An upload is streamed to a private temporary file while its SHA-256 is
 * computed, checked, forced to disk, and only then renamed atomically to {@code objects/ab/cd/<sha256>}.
 * The rename happens before the database transaction that refers to it commits, so a committed row always
 * finds its file; a crash in between leaves at most an unreferenced object or temporary file, which the
 * start-up sweep removes. Names supplied by users never reach the file system.
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path objects;
    private final Path tmp;
    private final long maxBytes;
    private final StoreProperties properties;
    private final Clock clock;

    public FileStore(StoreProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        var root = properties.dir().toAbsolutePath().normalize();
        this.objects = root.resolve("objects");
        this.tmp = root.resolve("tmp");
        this.maxBytes = properties.maxFileSize().toBytes();
        try {
            Files.createDirectories(objects);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store under " + root, e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path root() {
        return objects.getParent();
    }

    /**
     * Stores the stream's bytes. The content check sees the complete temporary file; if it refuses, or the
     * stream is empty or too large, nothing is left behind.
     */
    public StoredFile store(InputStream in, ContentCheck check) throws IOException {
        var candidate = tmp.resolve(UUID.randomUUID() + ".part");
        try {
            var digest = sha256();
            long size;
            try (var channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    var out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
                size = copyLimited(in, out);
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw new RefusedFileException(RefusedFileException.Reason.EMPTY, "error.file.empty");
            }
            var mediaType = check.inspect(candidate);
            var sha = HexFormat.of().formatHex(digest.digest());
            var target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(candidate);
                // An old unreferenced copy would otherwise look sweepable while this upload's row is uncommitted
                Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                return new StoredFile(sha, size, mediaType, false);
            }
            try {
                Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // The same content arrived concurrently; the copy already there is identical
                Files.deleteIfExists(candidate);
                return new StoredFile(sha, size, mediaType, false);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file store must be on a file system that supports atomic renames", e);
            }
            forceDirectory(target.getParent());
            return new StoredFile(sha, size, mediaType, true);
        } finally {
            Files.deleteIfExists(candidate);
        }
    }

    public InputStream open(String sha256) throws IOException {
        var path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("error.file.missing", sha256);
        }
        return Files.newInputStream(path);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /**
     * Removes objects no version refers to and abandoned temporary files, both only when older than the grace
     * period, so that an upload whose transaction is still open is never touched.
     */
    public int sweep(Set<String> referenced) throws IOException {
        var cutoff = clock.instant().minus(properties.orphanGrace());
        var removed = 0;
        try (var files = Files.walk(objects)) {
            for (var path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                var name = path.getFileName().toString();
                if (!referenced.contains(name) && Files.getLastModifiedTime(path).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(path);
                    removed++;
                    log.info("Removed unreferenced stored file {}", name);
                }
            }
        }
        try (var files = Files.list(tmp)) {
            for (var path : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(path).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(path);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Where a stored file lies, for a reader in another process (the extractor); never derived from user input. */
    public Path locate(String sha256) {
        return pathOf(sha256);
    }

    Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
        return objects.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyLimited(InputStream in, java.io.OutputStream out) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new RefusedFileException(RefusedFileException.Reason.TOO_LARGE, "error.file.tooLarge",
                        maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable; not every platform lets a directory be opened, which is fine
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not force directory {}", dir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
