package pk.gov.mashwara.draft.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param dir          root of the store; objects live in {@code objects/}, uploads in progress in {@code tmp/}
 * @param maxFileSize  the largest file accepted
 * @param orphanGrace  how old an unreferenced object must be before the start-up sweep removes it; long enough
 *                     that an upload whose transaction is still running is never swept
 */
@ConfigurationProperties("mashwara.store")
public record StoreProperties(Path dir, DataSize maxFileSize, Duration orphanGrace) {

    public StoreProperties {
        if (dir == null) {
            dir = Path.of("data", "files");
        }
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(100);
        }
        if (orphanGrace == null) {
            orphanGrace = Duration.ofHours(24);
        }
    }
}
