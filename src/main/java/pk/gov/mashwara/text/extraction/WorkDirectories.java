package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractors' working directories (job outputs, each extractor's temporary files): one per portal under
 * {@code mashwara.extraction.work-dir}, named by the portal's {@link LeaseOwner} id. A portal removes its own when it
 * stops; one that was killed cannot, so the next portal to start on the host removes the directories of every
 * portal that is gone. Directories named otherwise are not touched.
 */
final class WorkDirectories {

    private static final Logger log = LoggerFactory.getLogger(WorkDirectories.class);

    private WorkDirectories() {
    }

    /** This portal's directory, made now. */
    static Path create(Path root, LeaseOwner owner) {
        try {
            return Files.createDirectories(root.resolve(owner.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what portals that are gone left under {@code root}; returns how many directories went. */
    static int removeAbandoned(Path root, LeaseOwner owner) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        var removed = 0;
        try (var dirs = Files.list(root)) {
            for (var dir : dirs.filter(Files::isDirectory).toList()) {
                if (owner.isGone(dir.getFileName().toString())) {
                    WorkerProcess.deleteTree(dir);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for abandoned extraction directories in {}: {}", root, e.getMessage());
        }
        return removed;
    }
}
