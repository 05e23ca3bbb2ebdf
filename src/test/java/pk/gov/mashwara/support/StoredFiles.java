package pk.gov.mashwara.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks at the file store on disk, to show that a refused upload left nothing behind. */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** How many regular files there are under the store's root (objects and temporary files alike). */
    public static long count(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
